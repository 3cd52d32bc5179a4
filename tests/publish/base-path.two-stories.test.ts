import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, htmlFiles } from '../../scripts/check-dist.ts';
import { twoStoriesSite } from '../support/site.ts';

/**
 * `dist/` is plain files that work under a sub-path: the fixture corpus two-stories is built with
 * `BASE_PATH=/analysis/` and `SITE_URL=https://example.org` (tests/support/two-stories.ts), served
 * only under `/analysis/`, and crawled. A link that forgets the base points outside it and gets a 404.
 */
const site = twoStoriesSite();
const BASE = '/analysis/';
const SITE = 'https://example.org';
const out = site.dir;

describe(`the site built for ${BASE}`, () => {
  it('is the build these tests mean', () => {
    expect(site.base).toBe(BASE);
    expect(site.root).toBe(`${SITE}${BASE}`);
  });

  it('resolves every internal link, fragment and asset on every page, served under the base only', async () => {
    const { name, problems } = await checkLinks(out, BASE);
    expect(problems, name).toEqual([]);
    expect(htmlFiles(out).length).toBeGreaterThan(50);
  }, 120_000);

  it('writes no root-relative link that skips the base', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      const paths = [...html.matchAll(/\s(?:href|src|action|bundle-path)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
      for (const path of paths) expect(path.startsWith(BASE), `${relative(out, file)}: ${path}`).toBe(true);
    }
  });

  it('names its own addresses with the site and the base: canonical, sitemap, robots.txt, feed, JSON-LD', () => {
    expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const locs = [...site.read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
    const links = [...site.read('feed.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
    for (const link of links) expect(link.startsWith(`${SITE}${BASE}`), link).toBe(true);
    expect(site.read('claims/india-to-blame/')).toContain(`"@id":"${SITE}${BASE}claims/india-to-blame/#claim"`);
    expect(JSON.parse(site.read('data/harbour-contract-dispute.annotations.jsonld')).id).toBe(`${SITE}${BASE}data/harbour-contract-dispute.annotations.jsonld`);
  });

  it('indexes the search under the base and tells the search page where', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(site.read('search/')).toContain(`bundle-path="${BASE}pagefind/"`);
  });
});
