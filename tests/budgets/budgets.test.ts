import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSite, PAGE_BUDGET_BYTES } from '../../scripts/bench/pages.ts';

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
