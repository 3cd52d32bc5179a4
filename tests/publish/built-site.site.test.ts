import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowsInline, headersFor, htmlFiles, parseCsp, parseHeaders, pathOf, siteRootOf } from '../../scripts/check-dist.ts';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';

/** What the build carries besides pages: feed, sitemap, robots.txt, head tags, JSON-LD, host headers. */
const DIST = 'dist';
const ARTICLE = 'pakistan-afghanistan-talks';
const seed = CorpusIndex.fromCheck(checkContent(process.cwd()));

/** A file of the build by the path it is served at: `claims/x/` reads `claims/x/index.html`. */
function read(path: string): string {
  const file = join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` does).`);
  return readFileSync(file, 'utf8');
}

const site = siteRootOf(DIST) ?? '';
/** The file a URL of the site is served from, or undefined for another host. */
function fileFor(url: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  const path = url.slice(site.length).split('#')[0] ?? '';
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');
const pages = htmlFiles(DIST).map((file) => pathOf(DIST, file));
const decode = (xml: string) =>
  xml.replace(/&(apos|quot|lt|gt|amp);/g, (_, name: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name] ?? '');

describe('robots.txt and the sitemap', () => {
  it('points crawlers to the sitemap by its full address', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${site}sitemap-index\\.xml$`, 'm'));
  });

  it('lists every page once, each at an address the build serves, and not the 404 page', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = all(index, /<loc>([^<]+)<\/loc>/g);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((url) => all(read(url.slice(site.length)), /<loc>([^<]+)<\/loc>/g));
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(fileFor(url) ?? ''), url).toBe(true);
    expect(urls).toContain(`${site}claims/india-to-blame/`);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
    expect(urls).toHaveLength(pages.filter((p) => p !== '404.html').length);
  });
});

describe('the RSS feed', () => {
  const feed = read('feed.xml');
  const items = all(feed, /<item>([\s\S]*?)<\/item>/g);

  it('has the article and each of its claims, every link to a page that exists', () => {
    expect(items).toHaveLength(seed.articles.size + seed.claimsOf(ARTICLE).length);
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
      expect(existsSync(fileFor(link) ?? ''), link).toBe(true);
    }
  });

  it('says whose word each claim is in its title, never the bare statement', () => {
    for (const claim of seed.claimsOf(ARTICLE)) {
      const item = items.find((i) => i.includes(`claims/${claim.id}/</link>`)) ?? '';
      const title = /<title>([^<]+)<\/title>/.exec(item)?.[1] ?? '';
      const innermost = claim.data.attribution.at(-1);
      const who = innermost ? (seed.sources.get(innermost.source)?.data.name ?? '') : 'The article, in its own voice';
      expect(decode(title).startsWith(who), title).toBe(true);
    }
  });

  it('gives no publication date it does not have', () => {
    expect(feed).not.toContain('<pubDate>');
  });

  it('is announced in the head of every page', () => {
    for (const path of pages) {
      const html = read(path);
      expect(html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed\.xml">/);
    }
  });
});

describe('link previews and canonical addresses', () => {
  it('give each page its own canonical address, the same in og:url, and a card', () => {
    for (const path of pages.filter((p) => p !== '404.html')) {
      const html = read(path);
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(canonical, path).toBe(`${site}${path}`);
      expect(html, path).toContain(`<meta property="og:url" content="${canonical}">`);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, path).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    }
  });

  it('call the article, claim and quote pages articles in link previews, and the rest websites', () => {
    const ogType = (path: string) => /<meta property="og:type" content="([^"]+)">/.exec(read(path))?.[1];
    expect(ogType(`articles/${ARTICLE}/`)).toBe('article');
    for (const claim of seed.claims.keys()) expect(ogType(`claims/${claim}/`), claim).toBe('article');
    for (const quote of seed.quotes.keys()) expect(ogType(`quotes/${quote}/`), quote).toBe('article');
    expect(ogType('sources/pakistan/')).toBe('website');
    expect(ogType('')).toBe('website');
  });

  it('name no address for the not-found page, which answers at any missing one', () => {
    expect(read('404.html')).not.toContain('rel="canonical"');
  });
});

describe('JSON-LD in the pages', () => {
  const blocks = (path: string) =>
    all(read(path), /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((b) => JSON.parse(b) as Record<string, unknown>);

  it('describes each claim, quote and source page with the node for what it shows', () => {
    for (const claim of seed.claims.keys())
      expect(blocks(`claims/${claim}/`)).toEqual([expect.objectContaining({ '@type': 'Claim', '@id': `${site}claims/${claim}/#claim` })]);
    for (const quote of seed.quotes.keys())
      expect(blocks(`quotes/${quote}/`)).toEqual([expect.objectContaining({ '@type': 'Quotation', '@id': `${site}quotes/${quote}/#quote` })]);
    for (const source of seed.sources.keys())
      expect(blocks(`sources/${source}/`)).toEqual([expect.objectContaining({ '@id': `${site}sources/${source}/#source` })]);
  });

  it('describes the article page as a NewsArticle without a publisher', () => {
    const [article] = blocks(`articles/${ARTICLE}/`);
    expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', '@id': `${site}articles/${ARTICLE}/#article` });
    expect(article).not.toHaveProperty('publisher');
  });
});

describe('the host headers in _headers', () => {
  const rules = parseHeaders(read('_headers'));
  const files = htmlFiles(DIST).map((file) => pathOf(DIST, file));
  const assets = existsSync(join(DIST, '_astro')) ? ['_astro/x.css', '_astro/y.js'] : [];

  it('ship a policy with no inline script or style, no plugins, and no framing', () => {
    const csp = parseCsp(headersFor(rules, '/')['content-security-policy'] ?? '');
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(allowsInline(csp, 'script')).toBe(false);
    expect(allowsInline(csp, 'style')).toBe(false);
  });

  it('send every hardening header once on every page', () => {
    for (const path of files) {
      const headers = headersFor(rules, `/${path}`);
      expect(headers, path).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'strict-transport-security': expect.stringMatching(/^max-age=\d{8,}/),
      });
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
  });

  it('cache pages briefly and hashed assets for a year, each path by exactly one rule', () => {
    for (const path of files) {
      // A header set by two matching rules would be joined into one contradictory value.
      expect(headersFor(rules, `/${path}`)['cache-control'], `/${path} needs one Cache-Control rule in public/_headers`).toBe(
        'public, max-age=0, must-revalidate',
      );
    }
    for (const path of assets) expect(headersFor(rules, `/${path}`)['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(assets.length).toBeGreaterThan(0);
  });

  it('are read the way the hosts read them: every matching rule, duplicates joined', () => {
    const sample = parseHeaders('/*\n  X-A: 1\n# note\n/x/*\n  X-A: 2\n  X-B: 3\n');
    expect(headersFor(sample, '/x/y')).toEqual({ 'x-a': '1, 2', 'x-b': '3' });
    expect(headersFor(sample, '/')).toEqual({ 'x-a': '1' });
    expect(() => parseHeaders('/*\n  not a header\n')).toThrow(/line 2/);
  });
});
