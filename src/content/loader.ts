import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { formatReport, formatWarnings, plural } from './problems.ts';
import type { CollectionName } from './collections.ts';
import { checkContent, type AnalysisData, type CheckResult } from './check.ts';

let cached: { root: string; generation: number; result: CheckResult } | undefined;
let generation = 0;
let bumped = false;
/** The generation whose outcome was last told in the dev server's terminal. */
let told = -1;
let lastOk = true;
/** The generation whose warnings were last printed: the loaders share one check, and the log says them once. */
let warned = '';
/** The generation whose problems were last printed, likewise. */
let refused = '';

/** The content's problems, as the check reports them. */
class ContentProblems extends Error {
  readonly count: number;
  constructor(count: number, report: string) {
    super(`The content has ${plural(count, 'problem')}; nothing is published until all are fixed.\n\n${report}`);
    this.count = count;
  }
}

/**
 * One saved file reaches every loader's watcher in the same tick: count it as one change, so the
 * tree is checked once and the report printed once, not once a loader.
 */
function changed(): void {
  if (bumped) return;
  bumped = true;
  generation++;
  queueMicrotask(() => {
    bumped = false;
  });
}

/** One check of the whole tree per sync, shared by the collections' loaders. */
function validated(root: string): CheckResult {
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
export function corpusLoader(collection: CollectionName | 'analysis'): Loader {
  return {
    name: `claimline:${collection}`,
    load: async ({ store, config, renderMarkdown, generateDigest, watcher, logger: collectionLogger }) => {
      const root = fileURLToPath(config.root);
      // The check is of the whole content, whichever collection's loader tells it: not `[claimline:stories]` for a claim's problem.
      const logger = collectionLogger.fork('claimline:content');
      const sync = async () => {
        const { corpus, analysis, problems, warnings } = validated(root);
        if (warnings.length > 0 && warned !== `${generation} ${root}`) {
          warned = `${generation} ${root}`;
          logger.warn(formatWarnings(warnings));
        }
        if (problems.length > 0) throw new ContentProblems(problems.length, formatReport(problems));
        store.clear();
        if (collection === 'analysis') {
          // What the check worked out of each article, so no page resolves an anchor again.
          for (const article of corpus.articles) {
            const ranges: AnalysisData['ranges'] = {};
            for (const [key, range] of analysis.ranges) {
              if (analysis.articleOf.get(key) === article.id) ranges[key] = [range.start, range.end];
            }
            const data: AnalysisData = { text: analysis.texts.get(article.id) ?? '', ranges };
            store.set({ id: article.id, data: data as unknown as Record<string, unknown>, digest: generateDigest(JSON.stringify(data)) });
          }
          return;
        }
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
      if (!watcher) {
        // A build (or `astro sync`): any problem stops it. The report goes to the log, once for all
        // the loaders, and the error only counts it: Astro puts a hint of its own ("Browser APIs are
        // not available on the server") under any error whose text has the word "document" or
        // "window", as content often does ("a council document"), in place of ours.
        try {
          await sync();
        } catch (error) {
          if (!(error instanceof ContentProblems)) throw error;
          if (refused !== `${generation} ${root}`) {
            refused = `${generation} ${root}`;
            logger.error(error.message);
          }
          const stop = new AstroError(
            `The content has ${plural(error.count, 'problem')}, listed above; nothing is published until all are fixed.`,
            'Each line reads `file:line:column  field  what is wrong  how to fix it`. Run `npm run check:content` to check again without building. What each message means: docs/editing-guide.md.',
          );
          // The problems are in the content, not in this file: no stack trace or code location
          // under the report, which an editor would take for the place to fix.
          stop.stack = '';
          throw stop;
        }
        return;
      }
      try {
        await sync();
      } catch (error) {
        // The dev server stays up, showing the content of the last valid check (Astro keeps its store
        // between runs), so that saving the fix brings the site up to date.
        if (told !== generation) {
          told = generation;
          lastOk = false;
          logger.error(
            `${error instanceof Error ? error.message : String(error)}\nThe site keeps showing the content as it was at the last check without problems; fix the files and save, and it reloads.`,
          );
        }
      }
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(`${root}content`)) return;
        changed();
        const mine = generation;
        sync().then(
          () => {
            if (told === mine || lastOk) return;
            told = mine;
            lastOk = true;
            logger.info('The content is valid again: the site shows your changes.');
          },
          (error: unknown) => {
            if (told === mine) return;
            told = mine;
            lastOk = false;
            // In dev the site keeps the last valid content; say so, or a saved edit seems to vanish.
            logger.error(
              `${error instanceof Error ? error.message : String(error)}\nThe site keeps showing the content as it was at the last check without problems; fix the files and save, and it reloads.`,
            );
          },
        );
      });
    },
  };
}
