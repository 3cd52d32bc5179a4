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
 * inside pages that read left to right. Beside it, a short invented report in Chinese, whose title
 * and words the site shows where it sets italic: a script with no italic form stays upright.
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

/** Open `path`, expect the first element of each selector to read in Urdu, right to left, and axe to find nothing; the page stays open for more. */
async function readsInUrdu(path: string, selectors: readonly string[]): Promise<Page> {
  const page = await open(path);
  for (const selector of selectors) expect(await reading(page, selector), `${path} ${selector}`).toEqual({ lang: 'ur', dir: 'rtl' });
  expect(await axeViolations(page)).toEqual([]);
  return page;
}

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
    let page = await readsInUrdu('claims/no-new-water-fee/', ['.context', '.quote blockquote']);
    await page.close();
    page = await open('quotes/no-new-fee/');
    // The article prints ”…“, as Urdu does: those marks, not the site's.
    expect((await page.locator('.quote blockquote').textContent())?.trim()).toBe('”ہم نے کوئی نیا نرخ نافذ نہیں کیا“');
    expect(await page.title()).toContain('”ہم نے کوئی نیا نرخ نافذ نہیں کیا“');
    await page.close();
  });
});

describe('a thread of Urdu articles, and the graph in words', () => {
  it('reads its Urdu title and each article’s words right to left, wherever the thread is named', async () => {
    let page = await readsInUrdu('threads/no-new-water-fee/', ['h1 span', '.words']);
    await page.close();
    for (const path of ['threads/', 'sources/council-spokesperson/']) {
      page = await open(path);
      expect(await reading(page, 'a[href$="threads/no-new-water-fee/"] span'), path).toEqual({ lang: 'ur', dir: 'rtl' });
      await page.close();
    }
  });

  it("reads the article's words for a source, and a statement in its letters, right to left in the graph's words", async () => {
    const page = await open('articles/noorabad-water-fees/graph/');
    expect(await reading(page, '.graph-list small bdi')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await reading(page, '.graph-list a[href$="claims/denial-rejected/"] bdi')).toEqual({ lang: 'ur', dir: 'rtl' });
    await page.close();
  });
});

/** The style of the first element a selector finds, as the browser computes it: `italic` or `normal`. */
const fontStyle = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fontStyle);

describe('scripts with no italic form', () => {
  it("sets a Chinese article's title upright in a chain's italic first line, where a Latin title stays italic", async () => {
    let page = await open('sources/binjiang-news-agency/');
    expect(await fontStyle(page, '.chain > li:first-child')).toBe('italic');
    expect(await reading(page, '.chain > li:first-child a')).toEqual({ lang: 'zh', dir: 'ltr' });
    expect(await fontStyle(page, '.chain > li:first-child a')).toBe('normal');
    expect(await fontStyle(page, '.chain i')).toBe('normal');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    page = await open('sources/rozana-subh/');
    expect(await fontStyle(page, '.chain > li:first-child a')).toBe('italic');
    await page.close();
  });

  it("sets the article's words on the graph's arrows upright: drawn in the page, in words, and in the map image", async () => {
    let page = await open('articles/binjiang-old-bridge/graph/');
    expect(await fontStyle(page, '.graph__edges text')).toBe('normal');
    expect(await fontStyle(page, '.graph-list i')).toBe('italic');
    expect(await fontStyle(page, '.graph-list i bdi')).toBe('normal');
    await page.close();
    page = await open('articles/binjiang-old-bridge/map.svg');
    expect(await fontStyle(page, '.graph__edges text')).toBe('normal');
    await page.close();
    // Arabic script has no italic form either: the Urdu article's arrows.
    page = await open('articles/noorabad-water-fees/map.svg');
    expect(await fontStyle(page, '.graph__edges text')).toBe('normal');
    await page.close();
  });
});

describe('search in a script written without spaces', () => {
  /** The search page's results for `query`, by address, once its summary says it searched for it. */
  async function found(page: Page, query: string): Promise<string[]> {
    await page.locator('pagefind-input input').fill(query);
    await page.locator('pagefind-summary', { hasText: new RegExp(`(\\d+ results?|No results) for ${query}`) }).waitFor();
    return page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  it('finds a Chinese report by a word inside a run of Chinese, which Pagefind alone takes for one word', async () => {
    const page = await open('search/');
    const claim = `${BASE}claims/old-bridge-to-close/`;
    // The article's words for a source, 滨江市政府, searched for from their first character and from inside them.
    expect(await found(page, '滨江市政府')).toContain(claim);
    expect(await found(page, '市政府')).toContain(claim);
    expect(await found(page, '政府')).toContain(claim);
    // Words of the passage the claim is anchored to, from inside its sentence.
    expect(await found(page, '下月关闭')).toContain(claim);
    expect(await found(page, '铁路')).not.toContain(claim);
    await page.close();
  });

  it('gives the search its words where no reader sees or hears them', async () => {
    const page = await open('claims/old-bridge-to-close/');
    const words = page.locator('[data-search-words]');
    expect(await words.getAttribute('data-search-words')).toContain('政府');
    expect(await words.isVisible()).toBe(false);
    expect(await page.locator('[data-pagefind-body]').innerText()).not.toContain('市政府表示');
    await page.close();
  });
});
