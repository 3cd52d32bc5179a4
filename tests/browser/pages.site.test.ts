import { join } from 'node:path';
import { statSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, launchBrowser } from '../support/browser.ts';
import { builtSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { hostHeaders, watch, type Complaints } from '../publish/browser-support.ts';

/**
 * Every page of a built site as a reader meets it, served statically, in Debian's Chromium: one test
 * a page, so a failure names its page and one slow page fails alone. What is checked holds for any
 * valid content; what each page should show is read from the site's own data export.
 */
const site = builtSite();
const PAGE_TIMEOUT = 30_000;

let server: StaticServer;
let browser: Browser;
/** The page every page of the site is loaded in, with what it complained about since it was loaded. */
let reader: Page;
let complaints: Complaints;

beforeAll(async () => {
  server = await serveDist(site.dir, site.base, hostHeaders());
  browser = await launchBrowser();
  reader = await (await axeContext(browser)).newPage();
  complaints = await watch(reader);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The address a page is met at: the not-found page at any missing one. */
const addressOf = (path: string) => server.url + (path === '404.html' ? 'no-such-page/' : path);

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(addressOf(path));
  expect(response?.status(), path).toBe(path === '404.html' ? 404 : 200);
}

describe.each(site.opened)('/%s, with JavaScript, under the Content-Security-Policy the host sends', (path) => {
  /** Each test loads the page unless the test before left it there: a page is loaded once, not once a check. */
  async function load(): Promise<Page> {
    if (reader.url() !== addressOf(path)) {
      complaints.errors.length = 0;
      await open(reader, path);
    }
    return reader;
  }

  it(
    'blocks nothing, and loads its styles and its content',
    async () => {
      const page = await load();
      expect(await complaints.violations()).toEqual([]);
      const state = await page.evaluate(() => ({
        sheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.sheet !== null),
        // The site stylesheet takes the skip link out of the flow until it has focus.
        styled: getComputedStyle(document.querySelector('.skip-link') ?? document.body).position === 'absolute',
        heading: document.querySelector('h1')?.textContent?.trim() ?? '',
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
          try {
            return typeof JSON.parse(s.textContent ?? '') === 'object';
          } catch {
            return false;
          }
        }),
      }));
      expect(state.sheets.length).toBeGreaterThan(0);
      expect(state.sheets.every(Boolean), 'a stylesheet did not load').toBe(true);
      expect(state.styled).toBe(true);
      expect(state.heading).not.toBe('');
      expect(state.jsonLd.every(Boolean), 'unreadable JSON-LD').toBe(true);
      // Chromium logs the not-found page's own 404 status as an error; that one is expected.
      expect(complaints.errors.filter((e) => !e.includes('no-such-page/: Failed to load resource'))).toEqual([]);
    },
    PAGE_TIMEOUT,
  );

  it(
    'has no accessibility violations that axe can find',
    async () => {
      const page = await load();
      expect(await axeViolations(page)).toEqual([]);
    },
    PAGE_TIMEOUT,
  );

  // In the dark, the pages whose colours vary most: the articles and their graphs.
  if (/^articles\/[^/]+\/(graph\/)?$/.test(path)) {
    it(
      'has none in dark mode either',
      async () => {
        const page = await load();
        await page.emulateMedia({ colorScheme: 'dark' });
        try {
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await page.emulateMedia({ colorScheme: 'light' });
        }
      },
      PAGE_TIMEOUT,
    );
  }
});

/**
 * Pages made from the same template, by path: `claims/*`, `articles/* /kind/*`, … The first
 * segment names the family, the second an id, the third a part of the record's pages.
 */
function templateOf(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment, i) => (i === 0 || i === 2 ? segment : '*'))
    .join('/');
}

/** The largest page of each template: where a long name or a wide drawing would show first. */
function largestOfEachTemplate(): string[] {
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of site.opened) {
    const bytes = statSync(join(site.dir, path.endsWith('.html') ? path : `${path}index.html`)).size;
    const key = templateOf(path);
    if ((largest.get(key)?.bytes ?? -1) < bytes) largest.set(key, { path, bytes });
  }
  return [...largest.values()].map((entry) => entry.path).sort();
}

describe('on a 320 px wide phone, without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(largestOfEachTemplate())(
    '/%s fits without sideways scrolling',
    async (path) => {
      await open(page, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
    PAGE_TIMEOUT,
  );
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('answers a missing address with the not-found page', async () => {
    const response = await page.goto(`${server.url}claims/no-such-claim/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('no page');
  });

  /** What the article's text shows on one page: its marks and its markers. */
  interface TextView {
    marks: { id: string; text: string }[];
    refs: { href: string; hash: string }[];
  }

  async function textView(path: string): Promise<TextView> {
    await open(page, path);
    return page.evaluate(() => ({
      marks: [...document.querySelectorAll('.article-text mark[id^="text-"]')].map((mark) => ({
        id: mark.id.slice('text-'.length),
        text: mark.textContent ?? '',
      })),
      refs: [...document.querySelectorAll<HTMLAnchorElement>('.article-text a.anno-ref')].map((a) => ({ href: a.href, hash: a.hash.slice(1) })),
    }));
  }

  it.each(site.articles.map((data) => [data.article.id, data] as const))(
    'marks every claim, quote and anchored event of %s in its text, each marker linking to its entry',
    async (id, data) => {
      const anchored = new Map<string, string>([
        ...data.claims.map((c) => [`claim-${c.id}`, c.anchor.exact] as const),
        ...data.quotes.map((q) => [`quote-${q.id}`, q.anchor.exact] as const),
        ...data.events.flatMap((e) => (e.anchor ? [[`event-${e.id}`, e.anchor.exact] as const] : [])),
      ]);
      // The whole text sits beside the timeline on each of its pages; a long text has pages of its
      // own instead, each passage marked on one of them.
      const shown = site.pages.filter((path) => path.startsWith(`articles/${id}/`) && /class="article-text[ "]/.test(site.read(path)));
      const parts = shown.filter((path) => path.startsWith(`articles/${id}/text/`));
      const views = [...shown.filter((path) => !parts.includes(path)).map((path) => [path]), ...(parts.length > 0 ? [parts] : [])];
      expect(views.length, `no page shows the text of ${id}`).toBeGreaterThan(0);
      for (const pages of views) {
        const marked = new Map<string, string>();
        for (const path of pages) {
          const view = await textView(path);
          for (const { id: key, text } of view.marks) {
            expect(marked.has(key), `${key} is marked on ${marked.get(key)} and on ${path}`).toBe(false);
            marked.set(key, path);
            // The first piece of the mark begins the anchored words.
            expect(text.length, key).toBeGreaterThan(0);
            expect(anchored.get(key)?.startsWith(text), `${path}: mark ${key} shows "${text}"`).toBe(true);
            // Its marker links to the entry: on this page, or on the page that has it.
            const refs = view.refs.filter((ref) => ref.hash === key);
            expect(refs, `${path}: markers of ${key}`).toHaveLength(1);
            const target = new URL(refs[0]!.href);
            const html = site.read(decodeURIComponent(target.pathname).slice(site.base.length));
            expect(html.includes(` id="${key}"`), `${path}: the marker of ${key} leads to ${target.pathname}, which has no #${key}`).toBe(true);
          }
        }
        expect([...marked.keys()].sort(), pages.join(', ')).toEqual([...anchored.keys()].sort());
      }
    },
    60_000,
  );

  it('keeps who claims what on paper', async () => {
    const article = site.articles.find((data) => data.claims.length > 0);
    expect(article, 'no article with a claim to print').toBeDefined();
    await open(page, `articles/${article!.article.id}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.who').first().isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('with the keyboard alone', () => {
  it('reaches the skip link first, then the main content, then the markers in the text', async () => {
    const article = site.articles.find((data) => data.claims.length > 0);
    expect(article, 'no article with a claim to reach').toBeDefined();
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `articles/${article!.article.id}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const wanted = Math.min(3, await page.locator('.article-text a.anno-ref').count());
    expect(wanted).toBeGreaterThan(0);
    // The page notes each marker that takes focus, so the test asks once every ten presses of Tab.
    await page.evaluate(() => {
      const reached: string[] = [];
      (window as unknown as { __reached: string[] }).__reached = reached;
      document.addEventListener('focusin', (event) => {
        const target = event.target as HTMLElement;
        if (target.className === 'anno-ref') reached.push(target.getAttribute('href') ?? '');
      });
    });
    let reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < wanted; i++) {
      for (let j = 0; j < 10; j++) await page.keyboard.press('Tab');
      reached = new Set(await page.evaluate(() => (window as unknown as { __reached: string[] }).__reached));
    }
    expect(reached.size).toBeGreaterThanOrEqual(wanted);
    await context.close();
  });
});
