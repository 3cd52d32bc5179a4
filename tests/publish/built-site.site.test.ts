import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allowsInline, headersFor, parseCsp, parseHeaders } from '../../scripts/check-dist.ts';
import { ANNO_CONTEXT, type AnnotationCollection } from '../../src/publish/web-annotation.ts';
import { builtSite, repeatedHeads } from '../support/site.ts';

/**
 * What a built site carries besides what a browser shows: head tags, feed, sitemap, JSON-LD, the
 * data export and its annotations, the search index, host headers. Read from the files, for any
 * valid content: what each should hold is taken from the site's own pages and data export.
 */
const site = builtSite();
const { root, base } = site;

/** The file a URL of the site is served from, or undefined for another host. */
function fileFor(url: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const path = url.slice(root.length).split('#')[0] ?? '';
  return join(site.dir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');
const decode = (xml: string) =>
  xml.replace(/&(apos|quot|lt|gt|amp|#39);/g, (_, name: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&', '#39': "'" })[name] ?? '');
const head = (path: string) => site.read(path).split('</head>')[0] ?? '';
/** Pages a reader can be sent to: all but the not-found page. */
const addressed = site.pages.filter((path) => path !== '404.html');
/** The page of one record, not a list or one of its further pages: `claims/x/`. */
const recordPages = (family: string) => site.pages.filter((path) => new RegExp(`^${family}/[^/]+/$`).test(path));
const claims = site.articles.flatMap((data) => data.claims);

describe('every page', () => {
  it.each(site.pages)('/%s has a title, a description, a language and one main heading', (path) => {
    const html = site.read(path);
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim()).toBeTruthy();
    expect(/<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.length ?? 0).toBeGreaterThan(40);
    expect(/<html[^>]* lang="([^"]+)"/.exec(html)?.[1]).toBeTruthy();
    expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
  });

  it('has a title and a description of its own', () => {
    expect(repeatedHeads(site)).toEqual([]);
  });
});

describe('robots.txt and the sitemap', () => {
  it('points crawlers to the sitemap by its full address', () => {
    expect(site.read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${root}sitemap-index\\.xml$`, 'm'));
  });

  it('lists every page once, each at an address the build serves, and not the not-found page', () => {
    const sitemaps = all(site.read('sitemap-index.xml'), /<loc>([^<]+)<\/loc>/g);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((url) => all(site.read(url.slice(root.length)), /<loc>([^<]+)<\/loc>/g));
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(fileFor(url) ?? ''), url).toBe(true);
    expect(urls.sort()).toEqual(addressed.map((path) => `${root}${path}`).sort());
  });
});

describe('the RSS feed', () => {
  const feed = site.read('feed.xml');
  const items = all(feed, /<item>([\s\S]*?)<\/item>/g);

  it('has every article and each of its claims, every link to a page that exists', () => {
    const links = items.map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '');
    expect(links.sort()).toEqual(
      [...site.articles.map((data) => `${root}articles/${data.article.id}/`), ...claims.map((claim) => `${root}claims/${claim.id}/`)].sort(),
    );
    for (const link of links) expect(existsSync(fileFor(link) ?? ''), link).toBe(true);
  });

  it('says whose word each claim is in its title, never the bare statement', () => {
    for (const data of site.articles) {
      for (const claim of data.claims) {
        const item = items.find((i) => i.includes(`claims/${claim.id}/</link>`)) ?? '';
        const title = decode(/<title>([^<]+)<\/title>/.exec(item)?.[1] ?? '');
        const innermost = claim.attribution.at(-1);
        const who = innermost ? `According to ${data.sources.find((source) => source.id === innermost)?.name ?? innermost}` : "In the article's own voice";
        // A name's leading "A" or "The" reads in lower case inside the sentence ("According to a new report").
        expect(title.toLowerCase().startsWith(who.toLowerCase()), `${claim.id}: ${title}`).toBe(true);
        // What the article says itself but hedges keeps its hedge: without it the title reads as the article's firm word.
        if (!innermost) for (const hedge of claim.hedges) expect(title, claim.id).toContain(`“${hedge}”`);
      }
    }
  });

  it.each(site.pages)('is announced in the head of /%s', (path) => {
    expect(head(path)).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${base}feed\\.xml">`));
  });
});

describe('link previews and canonical addresses', () => {
  it.each(addressed)('/%s has its own canonical address, the same in og:url, and a card', (path) => {
    const html = head(path);
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    expect(canonical).toBe(`${root}${path}`);
    expect(html).toContain(`<meta property="og:url" content="${canonical}">`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
  });

  it('call the article, claim and quote pages articles in link previews, and the home and source pages websites', () => {
    const ogType = (path: string) => /<meta property="og:type" content="([^"]+)">/.exec(head(path))?.[1];
    for (const family of ['articles', 'claims', 'quotes']) for (const path of recordPages(family)) expect(ogType(path), path).toBe('article');
    for (const path of ['', ...recordPages('sources')]) expect(ogType(path), path).toBe('website');
  });

  it('name no address for the not-found page, which answers at any missing one', () => {
    expect(site.read('404.html')).not.toContain('rel="canonical"');
  });
});

describe('JSON-LD in the pages', () => {
  const blocks = (path: string) =>
    all(site.read(path), /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((b) => JSON.parse(b) as Record<string, unknown>);

  it('describes each article, claim, quote and source page with the node for what it shows', () => {
    const expected: [string, Record<string, unknown>][] = [
      ['articles', { '@type': 'NewsArticle', '@context': 'https://schema.org' }],
      ['claims', { '@type': 'Claim' }],
      ['quotes', { '@type': 'Quotation' }],
      ['sources', {}],
    ];
    const fragment = { articles: 'article', claims: 'claim', quotes: 'quote', sources: 'source' } as Record<string, string>;
    for (const [family, node] of expected) {
      const pages = recordPages(family);
      expect(pages.length, family).toBeGreaterThan(0);
      for (const path of pages) expect(blocks(path)[0], path).toMatchObject({ ...node, '@id': `${root}${path}#${fragment[family]}` });
    }
  });
});

describe('the data export', () => {
  const index = JSON.parse(site.read('data/index.json')) as { articles: { id: string; data: string; page: string }[] };

  it('lists every article, each with its data and its page', () => {
    expect(index.articles.map((a) => `articles/${a.id}/`).sort()).toEqual(recordPages('articles').sort());
    for (const article of index.articles) expect(site.pages, article.page).toContain(article.page);
  });

  it("validates each article's data against the JSON Schema published beside it", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(site.read('data/schema.json')) as object);
    for (const data of site.articles) expect(validate(data), `${data.article.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('places every claim, quote and anchored event at its words in the text', () => {
    for (const { article, claims, quotes, events } of site.articles) {
      for (const record of [...claims, ...quotes, ...events]) {
        if (!record.anchor || !record.position) continue;
        expect(article.text.slice(record.position.start, record.position.end), `${article.id}: ${record.id}`).toBe(record.anchor.exact);
      }
    }
  });
});

describe('the Web Annotation export', () => {
  /** A TextPositionSelector counts code points, so slicing must too. */
  const slice = (value: string, start: number, end: number) => [...value].slice(start, end).join('');

  it.each(site.articles.map((data) => [data.article.id, data] as const))('of %s selects each marked passage of the exported text, twice over', (id, data) => {
    const published = JSON.parse(site.read(`data/${id}.annotations.jsonld`)) as AnnotationCollection;
    expect(published['@context']).toBe(ANNO_CONTEXT);
    expect(published.id).toBe(`${root}data/${id}.annotations.jsonld`);
    const items = published.first.items;
    expect(items).toHaveLength(published.total);
    const anchored = data.claims.length + data.quotes.length + data.events.filter((e) => e.anchor).length;
    expect(items).toHaveLength(anchored);
    const points = [...data.article.text];
    for (const annotation of items) {
      expect(annotation.target.source.id).toBe(`${root}data/${id}.json#/article/text`);
      const [quote, position] = annotation.target.selector;
      expect(slice(data.article.text, position.start, position.end), annotation.id).toBe(quote.exact);
      if (quote.prefix !== undefined) expect(points.slice(0, position.start).join('').endsWith(quote.prefix), annotation.id).toBe(true);
      if (quote.suffix !== undefined) expect(points.slice(position.end).join('').startsWith(quote.suffix), annotation.id).toBe(true);
    }
  });
});

describe('the search index', () => {
  it('holds every page that marks its text for search: the claim, quote, source, thread and story pages', () => {
    const marked = site.pages.filter((path) => site.read(path).includes('data-pagefind-body'));
    expect(marked.filter((path) => path.startsWith('claims/')).length).toBe(claims.length);
    expect(marked.filter((path) => !/^(claims|quotes|sources|threads|stories)\//.test(path))).toEqual([]);
    const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked.length);
  });
});

describe('the host headers in _headers', () => {
  const rules = parseHeaders(site.read('_headers'));
  const assets = existsSync(join(site.dir, '_astro')) ? ['_astro/x.css', '_astro/y.js'] : [];

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
    for (const path of site.pages) {
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
    for (const path of site.pages) {
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
