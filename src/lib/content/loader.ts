import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { formatReport } from '../problems.ts';
import type { CollectionName } from './collections.ts';
import { checkContent } from './index.ts';
import type { ValidationResult } from './validate.ts';

let cached: { root: string; generation: number; result: ValidationResult } | undefined;
let generation = 0;

/** One check of the whole tree per sync, shared by the five collections' loaders. */
function validated(root: string): ValidationResult {
  if (cached && cached.root === root && cached.generation === generation) return cached.result;
  const result = checkContent(root);
  cached = { root, generation, result };
  return result;
}

/**
 * A content-layer loader for one folder of `content/`. Every loader runs the same whole-tree check
 * (cross-references and anchors need all the folders at once), and refuses to load anything while
 * a single problem stands: bad content stops the build, it is never quietly dropped.
 */
export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `claimline:${collection}`,
    load: async ({ store, config, renderMarkdown, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { corpus, problems } = validated(root);
        if (problems.length > 0) {
          throw new AstroError(
            `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing is published until all are fixed.\n\n${formatReport(problems)}`,
            'Each line reads `file:line:column  field  what is wrong  how to fix it`. Run `npm run check:content` to check again without building. What each message means: docs/editing-guide.md.',
          );
        }
        store.clear();
        for (const entry of corpus[collection]) {
          const rendered = collection === 'articles' || entry.body.trim() === '' ? undefined : await renderMarkdown(entry.body);
          store.set({
            id: entry.id,
            data: entry.data as unknown as Record<string, unknown>,
            body: entry.body,
            filePath: entry.file,
            digest: generateDigest(`${entry.body}\u0000${JSON.stringify(entry.data)}`),
            ...(rendered ? { rendered } : {}),
          });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}content`)) return;
        generation++;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
