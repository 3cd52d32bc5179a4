import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroPagefind from 'astro-pagefind';
import * as pagefind from 'pagefind';

/** The pages a reader searches: claims, quotes, sources, threads and stories, each marking its text with `data-pagefind-body`. */
export const SEARCHED_PAGES = '{claims,quotes,sources,threads,stories}/**/*.html';

/**
 * Pagefind over the built site, as Starlight runs it: once the pages are written, index the searched
 * pages of `dist/` and write the index into `dist/pagefind/`. astro-pagefind keeps its part for
 * `astro dev` (it serves a built `pagefind/` to the dev server); its build step, which reads every
 * page of `dist/`, is replaced by this one, which reads only the searched ones.
 *
 * Any error stops the build: a site whose search is broken is not published.
 * @see https://pagefind.app/docs/node-api/
 */
export default function search(): AstroIntegration {
  const { 'astro:build:done': _readsAllOfDist, ...devServer } = astroPagefind().hooks;
  return {
    name: 'claimline-pagefind',
    hooks: {
      ...devServer,
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const fail = (what: string, errors: string[]): never => {
          throw new Error(`Pagefind could not ${what}, so the site has no search: ${errors.join('; ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) return fail('start', errors);
          const added = await index.addDirectory({ path: fileURLToPath(dir), glob: SEARCHED_PAGES });
          if (added.errors.length > 0) fail(`index the pages ${SEARCHED_PAGES}`, added.errors);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
          if (written.errors.length > 0) fail('write its index', written.errors);
          logger.info(`indexed ${added.page_count} pages (${SEARCHED_PAGES}) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
