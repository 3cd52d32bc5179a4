import { defineMiddleware } from 'astro:middleware';
import { PAGEFIND_FEED, type PagefindFeed, searchedPage } from './build/integrations/pagefind-feed.ts';

/**
 * In a build, each page Pagefind indexes (claims, quotes, sources) goes to it as soon as it is
 * rendered, so Pagefind indexes on another core while the build renders the rest; the integration
 * (src/build/integrations/pagefind.ts) only writes the index at the end. Everywhere else, and for every
 * other page, this does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = (globalThis as { [PAGEFIND_FEED]?: PagefindFeed })[PAGEFIND_FEED];
  const sourcePath = feed ? searchedPage(context.url.pathname, import.meta.env.BASE_URL) : undefined;
  if (!feed || !sourcePath || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  feed(sourcePath, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
