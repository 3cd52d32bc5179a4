import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, launchBrowser } from '../support/browser.ts';
import { twoStoriesSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

/**
 * Reading long pages as a reader does, on a phone (390 px) and a laptop (1280 px), on the
 * two-stories fixture (JavaScript off where axe is not run): nothing wider than the screen, the graph fitting or
 * saying that it scrolls, the article's text one tap from the top and part of the page, who claims
 * a claim in its heading, the article's own quotation marks, chains with names, corrections shown.
 */
const site = twoStoriesSite();
const ARTICLE = 'articles/pakistan-afghanistan-talks/';
const WIRE = 'articles/harbour-contract-dispute/';
const PAGES = [ARTICLE, `${ARTICLE}graph/`, WIRE, 'claims/india-pulling-the-strings/', 'claims/contract-not-cancelled/', 'sources/geo-news/', 'corrections/'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist(site.dir, site.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.each([390, 1280])('at %i px', (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe runs as a script in the page; the pages themselves need none.
    context = await axeContext(browser, { viewport: { width, height: 800 } });
  });
  afterAll(async () => context?.close());

  it.each(PAGES)('%s: is no wider than the screen, and axe finds nothing', async (path) => {
    const page = await open(context, path);
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(size.client);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows every drawing whole, or says that it scrolls sideways', async () => {
    for (const path of [ARTICLE, `${ARTICLE}graph/`]) {
      const page = await open(context, path);
      const drawings = await page.locator('.pictures-scroll').evaluateAll((boxes) =>
        boxes.map((box) => {
          const cue = box.parentElement?.querySelector('.pictures-cue');
          return { overflows: box.scrollWidth > box.clientWidth, cue: cue ? getComputedStyle(cue).display !== 'none' : false };
        }),
      );
      expect(drawings.length, path).toBeGreaterThan(0);
      for (const drawing of drawings) if (drawing.overflows) expect(drawing.cue, `${path}: a drawing scrolls with nothing saying so`).toBe(true);
      // On a laptop a drawing fits its column: nothing of it is out of sight.
      if (width >= 1280)
        expect(
          drawings.every((d) => !d.overflows),
          path,
        ).toBe(true);
      await page.close();
    }
  });

  it("reaches the article's text in one tap from the top of its page, and reads it in the page's own scroll", async () => {
    const page = await open(context, ARTICLE);
    await page.getByRole('link', { name: 'Read the annotated text' }).click();
    const text = page.locator('.article-text');
    // The page scrolls there smoothly, unless the reader asks for less motion.
    await expect.poll(async () => (await page.locator('#text-heading').boundingBox())?.y, { timeout: 5000 }).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await page.locator('#text-heading').boundingBox())?.y ?? 1e9, { timeout: 5000 }).toBeLessThan(800);
    // No box of its own that scrolls: the whole text is as tall as it is.
    const inner = await text.evaluate((element) => {
      for (let el: Element | null = element; el && el !== document.body; el = el.parentElement) {
        const { overflowY } = getComputedStyle(el);
        if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el.className;
      }
      return null;
    });
    expect(inner).toBeNull();
    await page.close();
  });
});

describe('who says what', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => context?.close());

  it("heads a claim's page, its title and its preview with who claims it", async () => {
    const page = await open(context, 'claims/india-pulling-the-strings/');
    const heading = 'According to Khawaja Asif: India was "pulling the strings".';
    expect(squash(await page.locator('h1').textContent())).toBe(heading);
    expect(await page.title()).toContain(heading);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(heading);
    await page.close();
  });

  it("names each source of a chain, with the article's words beside the name, and the venue in the article's words", async () => {
    const page = await open(context, 'claims/india-pulling-the-strings/');
    const links = (await page.locator('main .chain li').allTextContents()).map(squash);
    expect(links).toEqual(['The article', 'Khawaja Asif (“Asif” in the article) said on Geo News']);
    expect(await page.locator('main .chain a[href$="/sources/geo-news/"]').textContent()).toBe('Geo News');
    await page.close();
  });

  it('prints a quote with the quotation marks the article prints, and no others', async () => {
    const page = await open(context, 'quotes/pulling-the-strings/');
    expect(squash(await page.locator('.quote blockquote').textContent())).toBe('"pulling the strings"');
    expect(await page.locator('.quote blockquote p').evaluate((p) => getComputedStyle(p, '::before').content)).toMatch(/^(none|normal)$/);
    await page.close();
  });

  it("names who passed relayed words on, in the article's list of quotes as on the quote", async () => {
    const page = await open(context, WIRE);
    const item = page.locator('#quote-paid-in-full');
    expect(squash(await item.textContent())).toContain('The Port Averin harbour authority');
    expect(squash(await item.textContent())).toContain('via Averin Daily Ledger');
    await page.close();
  });

  it('cuts the words around a claim between words, never inside one', async () => {
    const page = await open(context, 'claims/india-pulling-the-strings/');
    const after = await page.locator('.context__after').textContent();
    expect(after).toMatch(/\S…$/);
    const words = after!.slice(0, -1).split(/\s+/);
    const paragraph = site.articles.find((a) => a.article.id === 'pakistan-afghanistan-talks')!.article.text;
    // The last word shown is a whole word of the article.
    expect(paragraph).toMatch(new RegExp(`${words.at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s,.;:]`));
    await page.close();
  });

  it("groups a shared source's page by article, each named, with what that article says of it and each chain starting there", async () => {
    const page = await open(context, 'sources/geo-news/');
    expect(squash(await page.locator('.dek').textContent())).toBe('A Pakistani television news channel.');
    const sections = page.locator('.source-article');
    expect(await sections.count()).toBe(2);
    const titles = await sections.locator('h2').allTextContents();
    for (const article of site.articles) expect(titles.map(squash)).toContain(`In ${article.article.title}`);
    const wire = sections.filter({ hasText: 'harbour contract' });
    expect(await wire.locator('.meta').first().textContent()).toContain('Northcoast News, from Coastline Wire');
    expect(await wire.locator('.source-article__note').textContent()).toContain('first said the contract had been suspended');
    expect(squash(await wire.locator('.chain li').first().textContent())).toBe(
      site.articles.find((a) => a.article.id === 'harbour-contract-dispute')!.article.title,
    );
    await page.close();
  });

  it('names the agency whose copy an article is', async () => {
    const page = await open(context, WIRE);
    expect(await page.locator('.facts').textContent()).toContain('Coastline Wire');
    await page.close();
  });
});

describe('corrections', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => context?.close());

  it('says at the top of a corrected claim when it changed, and lists each change oldest first', async () => {
    const page = await open(context, 'claims/contract-not-cancelled/');
    const notice = page.locator('.corrections__notice');
    expect(await notice.textContent()).toBe('Updated on 20 Mar 2024; corrected on 15 Mar 2024');
    // Above what the claim is about: a reader meets it before the analysis.
    const [top, who] = await Promise.all([notice.boundingBox(), page.locator('#who-heading').boundingBox()]);
    expect(top!.y).toBeLessThan(who!.y);
    const items = (await page.locator('.corrections__list li').allTextContents()).map(squash);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Correction, 15 Mar 2024\. Before: The chain gave the harbour authority/);
    expect(items[1]).toMatch(/^Update, 20 Mar 2024\./);
    await page.close();
  });

  it('marks a corrected claim on the timeline', async () => {
    const page = await open(context, WIRE);
    const tag = page.locator('#claim-contract-not-cancelled .tag--corrected a');
    expect(await tag.textContent()).toBe('Updated on 20 Mar 2024; corrected on 15 Mar 2024');
    await tag.click();
    expect(new URL(page.url()).pathname).toBe(`${site.base}claims/contract-not-cancelled/`);
    expect(await page.locator('#claim-contract-not-cancelled .tag--corrected').count()).toBe(0);
    await page.close();
  });

  it('lists every correction on the site newest first, each linking to what it corrects, with the feed', async () => {
    const page = await open(context, 'corrections/');
    const days = await page.locator('main ol.cards time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days).toEqual(['2025-11-03', '2024-03-20', '2024-03-18', '2024-03-15']);
    const links = await page.locator('main ol.cards h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([
      `${site.base}sources/geo-news/`,
      `${site.base}claims/contract-not-cancelled/`,
      `${site.base}articles/harbour-contract-dispute/`,
      `${site.base}claims/contract-not-cancelled/`,
    ]);
    // A claim is named with who claims it here too.
    expect(squash(await page.locator('main ol.cards h2').nth(1).textContent())).toMatch(/^According to Port Averin officials, via Averin Daily Ledger: /);
    expect(await page.locator('a[href$="/corrections.xml"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a correction on a source and on an article page', async () => {
    for (const [path, notice] of [
      ['sources/geo-news/', 'Corrected on 3 Nov 2025'],
      [WIRE, 'Updated on 18 Mar 2024'],
    ] as const) {
      const page = await open(context, path);
      expect(await page.locator('.corrections__notice').textContent(), path).toBe(notice);
      await page.close();
    }
  });
});
