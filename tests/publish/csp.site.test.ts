import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSite } from '../../scripts/bench/pages.ts';
import { htmlFiles, parseCsp } from '../../scripts/check-dist.ts';
import { PAGE_CSP, SCRIPT_PAGE_CSP } from '../../src/consts.ts';
import { launchBrowser } from '../support/browser.ts';
import { builtSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { hostHeaders, watch } from './browser-support.ts';

/**
 * The policy itself, served with the host's headers and without them. That it blocks nothing the site
 * needs is checked on every page in tests/browser/pages.site.test.ts, where each page is loaded once.
 */
const site = builtSite();
const scratch = mkdtempSync(join(tmpdir(), 'claimline-csp-'));

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist(site.dir, site.base, hostHeaders());
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the Content-Security-Policy in the browser', () => {
  it('is sent with every response', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it("is also in every page before any stylesheet or script: the header's on a page that runs a script, no script at all on the others", () => {
    const header = parseCsp(hostHeaders()['content-security-policy'] ?? '');
    header.delete('frame-ancestors');
    expect(parseCsp(SCRIPT_PAGE_CSP)).toEqual(header);
    // Narrower than the header in every directive it keeps, and with no script or worker.
    const strict = parseCsp(PAGE_CSP);
    for (const [directive, sources] of strict) expect(header.get(directive), directive).toEqual(expect.arrayContaining(sources));
    for (const directive of ['script-src', 'worker-src']) expect(strict.has(directive), directive).toBe(false);
    expect(strict.get('default-src')).toEqual(["'none'"]);
    // Which pages run a script, as the page budgets read it (scripts/bench/pages.ts): JSON-LD is data.
    const pages = analyseSite(site.dir, site.base).pages;
    expect(pages.length).toBe(htmlFiles(site.dir).length);
    for (const { file, scripts } of pages) {
      const head = readFileSync(join(site.dir, file), 'utf8').split('</head>')[0] ?? '';
      const meta = head.indexOf(`<meta http-equiv="Content-Security-Policy" content="${scripts.length > 0 ? SCRIPT_PAGE_CSP : PAGE_CSP}">`);
      expect(meta, file).toBeGreaterThan(0);
      // `>>> 0` reads "none" (-1) as the largest number: a page with no stylesheet or script passes.
      expect(meta, `${file}: a stylesheet or script comes before the policy`).toBeLessThan(head.search(/<link rel="stylesheet"|<script/) >>> 0);
    }
    // The search page runs Pagefind: the looser policy is worn by that page alone.
    expect(pages.filter((page) => page.scripts.length > 0).map((page) => page.path)).toEqual(['/search/']);
  });

  it('holds on a host that sends no headers: inline code put into a page does not run', async () => {
    const bare = await serveDist(site.dir, site.base);
    try {
      const response = await fetch(bare.url);
      expect(response.headers.get('content-security-policy')).toBeNull();
      await response.arrayBuffer();
      const page = await context.newPage();
      const complaints = await watch(page);
      await page.goto(bare.url + (site.pages.find((path) => path.startsWith('claims/')) ?? ''));
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "ran"';
        document.body.append(script);
      });
      expect(await page.title()).not.toBe('ran');
      expect((await complaints.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
      await page.close();
    } finally {
      await bare.close();
    }
  });

  it('catches inline code when a page has some, so a clean run means something', async () => {
    const dir = join(scratch, 'inline');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><title>T</title><style>p{color:red}</style></head><body><p style="color:red">x</p><script>document.title="ran"</script></body></html>',
    );
    const bad = await serveDist(dir, '/', hostHeaders());
    try {
      const page = await context.newPage();
      const complaints = await watch(page);
      await page.goto(bad.url);
      const violations = await complaints.violations();
      expect(violations.filter((v) => v.startsWith('style-src')).length).toBeGreaterThanOrEqual(2);
      expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(await page.title()).toBe('T');
      await page.close();
    } finally {
      await bad.close();
    }
  });
});
