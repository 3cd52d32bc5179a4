/** The site's name and its one-line promise, used in titles, feeds and the header. */
export const SITE_NAME = 'Claimline';
export const SITE_TAGLINE = 'News articles taken apart: what is claimed, kept apart from who claims it.';

/**
 * The Content-Security-Policy every page also carries in a `<meta>` element, so that it holds on a
 * host that sends no headers of its own (GitHub Pages ignores `_headers`): the policy of
 * `public/_headers` without `frame-ancestors`, which only a header can set (browsers ignore it in a
 * `<meta>`, and say so in the console). A test keeps the two the same.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";
