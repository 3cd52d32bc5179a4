/**
 * What the build's middleware (src/middleware.ts) and the Pagefind integration (./pagefind.ts) share:
 * which pages are searched, and where the integration leaves the function that takes them.
 */

/** The folders of the pages a reader searches for: each marks its text with `data-pagefind-body`. */
export const SEARCHED = ['claims', 'quotes', 'sources'] as const;

/** Where, on `globalThis`, a build's Pagefind integration leaves its feed while pages are rendered. */
export const PAGEFIND_FEED = Symbol.for('claimline.pagefind.feed');

/** Hands Pagefind one rendered page: its file in `dist/` and its HTML. */
export type PagefindFeed = (sourcePath: string, html: string) => void;

/**
 * The file in `dist/` of a page Pagefind indexes (`claims/<id>/index.html`), from its address and the
 * site's base (`/`, `/analysis/`); undefined for every other page.
 */
export function searchedPage(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const path = pathname.slice(prefix.length).replace(/\/?$/, '/');
  const folder = path.split('/')[0] ?? '';
  if (!(SEARCHED as readonly string[]).includes(folder)) return undefined;
  return `${path}index.html`;
}
