import type { APIRoute } from 'astro';

/**
 * Lets every crawler in and names the sitemap by its full address, base path included, since
 * robots.txt only takes absolute sitemap URLs. `@astrojs/sitemap` writes `sitemap-index.xml`.
 * A site served under a sub-path cannot own the host's `/robots.txt`; the file is still published
 * so that a host which maps the base to a domain root serves it.
 * @see https://www.rfc-editor.org/rfc/rfc9309
 * @see https://www.sitemaps.org/protocol.html#submit_robots
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
