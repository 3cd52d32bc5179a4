import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, launchBrowser } from '../support/browser.ts';
import { buildEnv } from '../support/build-env.ts';
import { BENCH_CONFIG, projectCopy } from '../support/project-copy.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

/**
 * An article in Urdu (tests/fixtures/corpora/right-to-left: a short invented wire story), built and
 * read in Chromium: everywhere its words are shown they read right to left, in their language,
 * inside pages that read left to right.
 */
const CORPUS = resolve('tests/fixtures/corpora/right-to-left/content');
const BASE = '/rtl/';

let work: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'claimline-rtl-'));
  const dir = join(work, 'site');
  projectCopy(dir, CORPUS);
  const root = process.cwd();
  const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', BENCH_CONFIG], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: BASE, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 600_000,
  });
  if (build.status !== 0) throw new Error(`The build of the right-to-left fixture failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveDist(join(dir, 'dist'), BASE);
  browser = await launchBrowser();
  context = await axeContext(browser, { viewport: { width: 390, height: 800 } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The `lang` and `dir` an element reads in, as the browser works them out. */
const reading = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => ({ lang: el.closest('[lang]')?.getAttribute('lang'), dir: getComputedStyle(el).direction }));

describe('an Urdu article', () => {
  it('reads its text right to left, in Urdu, on a page that reads left to right', async () => {
    const page = await open('articles/noorabad-water-fees/');
    expect(await reading(page, '.article-text p')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await reading(page, '.site-header')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await reading(page, '.quote-list__words')).toEqual({ lang: 'ur', dir: 'rtl' });
    // The article's words in a chain (its verb, its words for a source), and a statement written in its script.
    expect(await reading(page, '#claim-no-new-water-fee .chain i')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await reading(page, '#claim-denial-rejected .stmt')).toEqual({ lang: 'ur', dir: 'rtl' });
    // A statement written in English stays left to right.
    expect(await reading(page, '#claim-no-new-water-fee .stmt')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("reads a claim's words in context and a quote right to left, with the article's own quotation marks", async () => {
    let page = await open('claims/no-new-water-fee/');
    expect(await reading(page, '.context')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await reading(page, '.quote blockquote')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    page = await open('quotes/no-new-fee/');
    // The article prints ”…“, as Urdu does: those marks, not the site's.
    expect((await page.locator('.quote blockquote').textContent())?.trim()).toBe('”ہم نے کوئی نیا نرخ نافذ نہیں کیا“');
    expect(await page.title()).toContain('”ہم نے کوئی نیا نرخ نافذ نہیں کیا“');
    await page.close();
  });
});
