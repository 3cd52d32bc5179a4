import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroPagefind from 'astro-pagefind';
import { close, createIndex } from 'pagefind';

/**
 * Pagefind, indexing only the pages a reader searches for: claims, quotes and sources. These are
 * the pages that mark their text with `data-pagefind-body`; astro-pagefind hands Pagefind the whole
 * of `dist/` (at 1,000 articles, 60,000 pages read to index 30,000), so this keeps its dev server
 * (which serves a built `pagefind/` to `astro dev`) and replaces its build step with one that reads
 * only those folders. A failure stops the build: a site whose search is broken is not published.
 * @see https://pagefind.app/docs/node-api/
 */
export const SEARCHED = ['claims', 'quotes', 'sources'] as const;

export default function pagefind(): AstroIntegration {
  const base = astroPagefind();
  return {
    name: 'claimline-pagefind',
    hooks: {
      ...base.hooks,
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
        };
        const { index, errors } = await createIndex();
        if (!index) return fail('start', errors);
        const added = await index.addDirectory({ path: outDir, glob: `{${SEARCHED.join(',')}}/**/*.html` });
        if (added.errors.length > 0) fail('index the pages', added.errors);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) fail('write its index', written.errors);
        logger.info(`Pagefind indexed ${added.page_count} pages of ${SEARCHED.join(', ')} into ${written.outputPath}`);
        await close();
      },
    },
  };
}
