import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, htmlFiles, siteRootOf } from '../../scripts/check-dist.ts';
import { buildEnv, wrappedConfig } from '../support/build-env.ts';

/**
 * `dist/` is plain files that work under a sub-path: built with `BASE_PATH=/analysis/` into a
 * temporary folder (the other tests keep using `dist/`), served only under `/analysis/`, and
 * crawled. A link that forgets the base points outside it and gets a 404.
 */
const ROOT = process.cwd();
const BASE = '/analysis/';
const SITE = 'https://example.org';
const work = mkdtempSync(join(tmpdir(), 'claimline-base-'));
const out = join(work, 'dist');

beforeAll(() => {
  // A config that wraps the project's own with a separate outDir and cacheDir, so this build
  // neither overwrites `dist/` nor the content data store (`node_modules/.astro`) other builds read.
  // Astro still syncs the same generated types into `.astro/`, which leaves them as they were.
  const config = wrappedConfig(work, { outDir: out, cacheDir: join(work, 'cache') });
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--config', relative(ROOT, config)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: BASE, SITE_URL: SITE, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 170_000,
  });
  if (build.status !== 0) throw new Error(`The build with BASE_PATH=${BASE} failed:\n${build.stdout}\n${build.stderr}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe(`the site built for ${BASE}`, () => {
  it('resolves every internal link and asset on every page, served under the base only', async () => {
    // Fragments do not depend on the base; `npm run check:dist` checks them over dist/.
    const { name, problems } = await checkLinks(out, BASE, { fragments: false });
    expect(problems, name).toEqual([]);
    expect(htmlFiles(out).length).toBeGreaterThan(50);
  });

  it('writes no root-relative link that skips the base', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      const paths = [...html.matchAll(/\s(?:href|src|action|bundle-path)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
      for (const path of paths) expect(path.startsWith(BASE), `${relative(out, file)}: ${path}`).toBe(true);
    }
  });

  it('names its own addresses with the site and the base: canonical, sitemap, robots.txt, feed, JSON-LD', () => {
    expect(siteRootOf(out)).toBe(`${SITE}${BASE}`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
    const links = [...read('feed.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
    for (const link of links) expect(link.startsWith(`${SITE}${BASE}`), link).toBe(true);
    expect(read('claims/india-to-blame/index.html')).toContain(`"@id":"${SITE}${BASE}claims/india-to-blame/#claim"`);
    expect(JSON.parse(read('data/pakistan-afghanistan-talks.annotations.jsonld')).id).toBe(`${SITE}${BASE}data/pakistan-afghanistan-talks.annotations.jsonld`);
  });

  it('indexes the search under the base and tells the search page where', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(read('search/index.html')).toContain(`bundle-path="${BASE}pagefind/"`);
  });
});
