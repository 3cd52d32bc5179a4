/** The site's name and its one-line promise, used in titles, feeds and the header. */
export const SITE_NAME = 'Claimline';
export const SITE_TAGLINE = 'News articles taken apart: what is claimed, kept apart from who claims it.';

/**
 * The Content-Security-Policy a page that runs no script carries in a `<meta>` element, which is every
 * page but the search page: its stylesheets and pictures come from this site, and no script runs
 * (`default-src 'none'` covers scripts, workers, fonts and frames). `connect-src 'self'` grants a page
 * with no script nothing, and lets tools that fetch through the page reach the site's own files
 * (Lighthouse reads `robots.txt` that way, and fails its SEO audit without it). The `<meta>` makes it
 * hold on a host that sends no headers of its own (GitHub Pages ignores `_headers`); on a host that
 * sends `public/_headers`, a browser applies both policies, so such a page stays this strict.
 */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * The policy of the search page, which runs Pagefind (its script, its WebAssembly index reader, the
 * index files it fetches, the `data:` icons of its stylesheet): the policy of `public/_headers`
 * without `frame-ancestors`, which only a header can set (browsers ignore it in a `<meta>`, and say
 * so in the console). A test keeps the two the same.
 */
export const SCRIPT_PAGE_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";
