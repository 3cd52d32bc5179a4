import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroPagefind from 'astro-pagefind';
import { close, createIndex, type NewFileResponse, type PagefindIndex } from 'pagefind';
import { PAGEFIND_FEED, SEARCHED, type PagefindFeed } from './pagefind-feed.ts';

/**
 * Pagefind, indexing only the pages a reader searches for: claims, quotes and sources. These are
 * the pages that mark their text with `data-pagefind-body`; astro-pagefind hands Pagefind the whole
 * of `dist/` after the build (at 1,000 articles, 60,000 pages read to index 30,000), so this keeps
 * its dev server (which serves a built `pagefind/` to `astro dev`) and replaces its build step.
 *
 * Pagefind runs in a process of its own. The index is started with the build, and the build's
 * middleware (src/middleware.ts) hands it each searched page as soon as the page is rendered, so
 * Pagefind indexes on another core while the build renders the rest; once every page is rendered,
 * it writes the index while the other integrations finish. Should no page reach it that way, it
 * reads the pages from `dist/`. A failure stops the build: a site whose search is broken is not
 * published.
 * @see https://pagefind.app/docs/node-api/
 */
export default function pagefind(): AstroIntegration {
  const base = astroPagefind();
  const host = globalThis as { [PAGEFIND_FEED]?: PagefindFeed };
  let started: Promise<{ index?: PagefindIndex | undefined; errors: string[] }> | undefined;
  const added: Promise<NewFileResponse>[] = [];
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
  };
  /** Index what was fed (or read `dist/`), write the index; says what was done. */
  const finish = async (outDir: string): Promise<string> => {
    delete host[PAGEFIND_FEED];
    const { index, errors } = await (started ?? createIndex());
    if (!index) return fail('start', errors);
    let pages: number;
    const fed = added.length > 0;
    if (fed) {
      const results = await Promise.all(added.splice(0));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length > 0) fail('index the pages', failed);
      // Pages without `data-pagefind-body` (the lists of sources) are left out, as from dist/.
      pages = results.filter((r) => r.file.url !== '').length;
    } else {
      const read = await index.addDirectory({ path: outDir, glob: `{${SEARCHED.join(',')}}/**/*.html` });
      if (read.errors.length > 0) fail('index the pages', read.errors);
      pages = read.page_count;
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) fail('write its index', written.errors);
    await close();
    return `Pagefind indexed ${pages} pages of ${SEARCHED.join(', ')} (${fed ? 'as they were rendered' : 'read from dist/'}) into ${written.outputPath}`;
  };
  let finishing: Promise<string> | undefined;
  return {
    name: 'claimline-pagefind',
    hooks: {
      ...base.hooks,
      'astro:build:start': async () => {
        started = createIndex();
        host[PAGEFIND_FEED] = (sourcePath, content) => {
          added.push(
            started!.then(({ index }) => (index ? index.addHTMLFile({ sourcePath, content }) : { errors: [], file: { uniqueWords: 0, url: '', meta: {} } })),
          );
        };
      },
      // The pages are all rendered: Pagefind writes its index while the other integrations finish
      // (the share cards still drawing, the sitemap).
      'astro:build:generated': ({ dir }) => {
        finishing = finish(fileURLToPath(dir));
        finishing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await (finishing ?? finish(fileURLToPath(dir))));
      },
    },
  };
}
