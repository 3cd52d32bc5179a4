/**
 * A built site as the site tests read it: its pages, its address and base path, and its own data
 * export, from which tests learn what the pages should show. Nothing here knows the seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { htmlFiles, pathOf, siteRootOf } from '../../scripts/check-dist.ts';
import type { ArticleExport, ExportIndex } from '../../src/publish/export-schema.ts';

/** The site the `*.site.test.ts` files check: `CLAIMLINE_DIST` (any built site), or `dist/`. */
export const DIST = resolve(process.env['CLAIMLINE_DIST'] ?? 'dist');

export interface BuiltSite {
  dir: string;
  /** The site's address with its base path, as the build wrote it into canonical links. */
  root: string;
  /** The base path, with slashes at both ends. */
  base: string;
  /** Every page by the path it is served at under the base: `''` for the home page, `claims/x/`, `404.html`. */
  pages: string[];
  /** The pages the browser tests open: all, but those the same run checks already in another build (`CLAIMLINE_CHECKED_DIST`). */
  opened: string[];
  /** The data export of every article, in the order of `data/index.json`. */
  articles: ArticleExport[];
  /** A file of the build by the path it is served at: `claims/x/` reads `claims/x/index.html`. */
  read(path: string): string;
}

export function builtSite(dir = DIST): BuiltSite {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`There is no built site in ${dir}: run \`npm run build\` first (\`npm test\` builds dist/ when it is missing or stale).`);
  }
  const read = (path: string) => {
    const file = join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) throw new Error(`${file} is missing from the build.`);
    return readFileSync(file, 'utf8');
  };
  const root = siteRootOf(dir);
  if (!root) throw new Error(`${join(dir, 'index.html')} names no canonical address.`);
  const index = JSON.parse(read('data/index.json')) as ExportIndex;
  const pages = htmlFiles(dir).map((file) => pathOf(dir, file));
  return {
    dir,
    root,
    base: new URL(root).pathname,
    pages,
    opened: pages.filter((path) => !checkedElsewhere(dir, path)),
    articles: index.articles.map((article) => JSON.parse(read(article.data)) as ArticleExport),
    read,
  };
}

/**
 * Whether a page is the same, byte for byte, as in the build `CLAIMLINE_CHECKED_DIST` names, whose
 * browser tests the same run makes: the second-article test sets it to `dist/`, as a second article
 * changes a few pages of the first build and adds its own. The same page, with the same hashed
 * stylesheets, passes the same checks; the static checks and check:dist still read every page.
 */
function checkedElsewhere(dir: string, path: string): boolean {
  const other = process.env['CLAIMLINE_CHECKED_DIST'];
  if (!other) return false;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return existsSync(join(other, file)) && readFileSync(join(other, file)).equals(readFileSync(join(dir, file)));
}

export interface TwoStoriesSite {
  /** The fixture's built site. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    twoStoriesSite: TwoStoriesSite;
  }
}

/** The fixture corpus two-stories, built by the global setup of the `two-stories` tests (tests/support/two-stories.ts). */
export function twoStoriesSite(): BuiltSite {
  return builtSite(inject('twoStoriesSite').dist);
}

/**
 * Pages whose `<title>` or description is another page's too, each as "/x repeats the title of
 * /y": two pages a reader cannot tell apart in a browser's tabs or a search engine's results.
 */
export function repeatedHeads(site: BuiltSite): string[] {
  const repeats: string[] = [];
  for (const [what, pattern] of [
    ['title', /<title>([^<]+)<\/title>/],
    ['description', /<meta name="description" content="([^"]*)"/],
  ] as const) {
    const seen = new Map<string, string>();
    for (const path of site.pages) {
      const value = pattern.exec(site.read(path))?.[1] ?? '';
      const earlier = seen.get(value);
      if (earlier !== undefined) repeats.push(`/${path} repeats the ${what} of /${earlier}: ${value}`);
      else seen.set(value, path);
    }
  }
  return repeats;
}
