/**
 * Page budgets over the built site (`dist/`, built by `npm test`'s pretest): what a reader on a
 * slow connection downloads to read a page. Every page stays under 50 KB of HTML plus the CSS it
 * links (uncompressed), reads without JavaScript (only the search page may load a script, the
 * search box's), and refers to no stylesheet or script that is not there. Issue 6.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSite, PAGE_BUDGET_BYTES, type SiteReport } from '../../scripts/bench/pages.ts';

const dist = resolve('dist');
const base = process.env['BASE_PATH'] ?? '/';
const isSearch = (path: string) => path === '/search/' || path.startsWith('/search/');

describe('the built site keeps to its page budgets', () => {
  let site: SiteReport;
  beforeAll(() => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('There is no built site in dist/: run `npm run build` first (`npm test` does).');
    site = analyseSite(dist, base);
  });

  it('measures the pages a reader meets: home, article, claim, source', () => {
    const paths = site.pages.map((page) => page.path);
    expect(paths).toContain('/');
    for (const family of ['/articles/', '/claims/', '/sources/']) expect(paths.some((path) => path.startsWith(family) && path !== family)).toBe(true);
  });

  it(`keeps every page under ${PAGE_BUDGET_BYTES / 1024} KB of HTML and linked CSS`, () => {
    const over = site.pages
      .filter((page) => page.bytes > PAGE_BUDGET_BYTES)
      .sort((a, b) => b.bytes - a.bytes)
      .map((page) => `${page.path}: ${page.bytes} bytes (HTML ${page.htmlBytes} + CSS ${page.cssBytes}), ${page.bytes - PAGE_BUDGET_BYTES} over`);
    expect(over).toEqual([]);
  });

  it('needs no JavaScript to read any page but the search page', () => {
    const scripted = site.pages.filter((page) => !isSearch(page.path) && page.scripts.length > 0).map((page) => `${page.path}: ${page.scripts.join(', ')}`);
    expect(scripted).toEqual([]);
  });

  it("lets the search page load only the site's own scripts", () => {
    const foreign = site.pages
      .filter((page) => isSearch(page.path))
      .flatMap((page) => page.scripts.filter((script) => script === 'inline' || /^([a-z]+:|\/\/)/i.test(script)));
    expect(foreign).toEqual([]);
  });

  it('refers to no stylesheet or script that is missing', () => {
    const missing = site.pages.filter((page) => page.missing.length > 0).map((page) => `${page.path}: ${page.missing.join(', ')}`);
    expect(missing).toEqual([]);
  });
});

/** The measure itself, on small built folders, so the budgets above cannot pass by measuring nothing. */
describe('the page measure', () => {
  let dir: string;
  const put = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimline-budget-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the HTML and each stylesheet it links once, with what the stylesheet imports', () => {
    const site = '@import "./extra.css";\nbody{}';
    const extra = 'p{color:red}';
    put('a/_astro/site.css', site);
    put('a/_astro/extra.css', extra);
    const html = page('<link rel="stylesheet" href="/_astro/site.css"><link rel=stylesheet href="/_astro/site.css">');
    put('a/claims/x/index.html', html);
    const [report] = analyseSite(join(dir, 'a')).pages;
    const css = site.length + extra.length;
    expect(report).toMatchObject({ path: '/claims/x/', htmlBytes: html.length, cssBytes: css, bytes: html.length + css, missing: [], scripts: [] });
  });

  it('finds a page over the budget', () => {
    put('b/big/index.html', page('', 'x'.repeat(PAGE_BUDGET_BYTES)));
    put('b/index.html', page(''));
    const over = analyseSite(join(dir, 'b')).pages.filter((p) => p.bytes > PAGE_BUDGET_BYTES);
    expect(over.map((p) => p.path)).toEqual(['/big/']);
  });

  it('finds scripts, by file, inline or as module preloads, but not JSON-LD', () => {
    const app = 'console.log(1)';
    const inline = 'alert(1)';
    put('c/_astro/app.js', app);
    put('c/one/index.html', page('<script type="module" src="/_astro/app.js"></script>'));
    put('c/two/index.html', page(`<script>${inline}</script>`));
    put('c/three/index.html', page('<link rel="modulepreload" href="/_astro/app.js">'));
    put('c/four/index.html', page('<script type="application/ld+json">{"@type":"Claim"}</script>'));
    const byPath = new Map(analyseSite(join(dir, 'c')).pages.map((p) => [p.path, p]));
    expect(byPath.get('/one/')).toMatchObject({ scripts: ['_astro/app.js'], jsBytes: app.length });
    expect(byPath.get('/two/')).toMatchObject({ scripts: ['inline'], jsBytes: inline.length });
    expect(byPath.get('/three/')).toMatchObject({ scripts: ['_astro/app.js'] });
    expect(byPath.get('/four/')).toMatchObject({ scripts: [], jsBytes: 0 });
  });

  it('reports stylesheets and scripts that are not there, or outside the base the site is served under', () => {
    put('d/_astro/site.css', 'body{}');
    put(
      'd/index.html',
      page(
        '<link rel="stylesheet" href="/analysis/_astro/gone.css"><script src="/other/app.js"></script><link rel="stylesheet" href="/analysis/_astro/site.css">',
      ),
    );
    const [report] = analyseSite(join(dir, 'd'), '/analysis/').pages;
    expect(report?.missing).toEqual(['/analysis/_astro/gone.css', '/other/app.js']);
    expect(report?.css).toEqual(['_astro/site.css']);
  });

  it('resolves relative references from the page', () => {
    put('e/x/style.css', 'a{}');
    put('e/x/y/index.html', page('<link rel="stylesheet" href="../style.css">'));
    const [report] = analyseSite(join(dir, 'e')).pages;
    expect(report).toMatchObject({ css: ['x/style.css'], cssBytes: 3, missing: [] });
  });
});
