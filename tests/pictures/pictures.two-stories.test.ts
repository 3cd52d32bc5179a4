/**
 * The strip, the map and the graph of a known article, as a reader follows them in Chromium, on the
 * fixture corpus two-stories built under a sub-path.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { twoStoriesSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

const site = twoStoriesSite();
const ARTICLE = 'pakistan-afghanistan-talks';
const data = site.articles.find((a) => a.article.id === ARTICLE)!;
const ARTICLE_PAGE = `articles/${ARTICLE}/`;
const GRAPH_PAGE = `articles/${ARTICLE}/graph/`;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist(site.dir, site.base);
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The heading of a page of the site, read from the build: for a claim, its statement, without who claims it before it. */
const headingOf = (url: URL) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(site.read(decodeURIComponent(url.pathname).slice(site.base.length)))?.[1] ?? '')
    .replace(/<span class="attributed__who"[^>]*>[\s\S]*?<\/span>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every link in the page's SVGs, resolved, with the words it shows. */
async function svgLinks(page: Page, scope: string): Promise<{ url: URL; text: string }[]> {
  const links = await page
    .locator(`${scope} svg a`)
    .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })));
  return links.map((l) => ({ url: new URL(l.href, page.url()), text: l.text }));
}

describe('the strip', () => {
  it('has a mark for each event on each timeline page, each linking to the entry that shows that event', async () => {
    const page = await open(ARTICLE_PAGE);
    const marked = new Set<string>();
    for (;;) {
      // The strip draws the events this page of the timeline shows, each linked to its entry here.
      const links = await svgLinks(page, '.strip');
      expect(links).toHaveLength(await page.locator('.article-layout__timeline [id^="event-"]').count());
      for (const { url, text } of links) {
        expect(url.pathname).toBe(new URL(page.url()).pathname);
        const target = page.locator(`[id="${url.hash.slice(1)}"]`);
        expect(await target.count(), url.hash).toBe(1);
        const title = (await target.locator('.tl__title').textContent())?.replace(/^Event: /, '').trim() ?? '';
        expect(text, url.hash).toContain(title);
        marked.add(url.hash.slice('#event-'.length));
      }
      const next = page.locator('.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.first().click();
    }
    // Over the timeline's pages, every event of the article is drawn.
    expect([...marked].sort()).toEqual(data.events.map((e) => e.id).sort());
    await page.close();
  });

  it('takes a reader from a mark to its entry', async () => {
    const page = await open(ARTICLE_PAGE);
    // The strip's first mark, whichever event the first page of the timeline starts with.
    const mark = page.locator('.strip svg a').first();
    const hash = new URL((await mark.getAttribute('href')) ?? '', page.url()).hash;
    expect(hash).toMatch(/^#event-/);
    await mark.click();
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await page.locator(`[id="${hash.slice(1)}"]`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('the map on the article page', () => {
  it('links each source and claim marker where it says', async () => {
    const page = await open(ARTICLE_PAGE);
    const image = page.locator('.graph--map img');
    // The drawing loads, at the size its areas were laid out for, and is not shrunk to fit.
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(Number(await image.getAttribute('width')));
    expect(await image.evaluate((img) => img.getBoundingClientRect().width)).toBe(Number(await image.getAttribute('width')));
    const areas = await page.locator('.graph__map svg a').evaluateAll((list) =>
      list.map((a) => ({
        raw: a.getAttribute('href') ?? '',
        href: new URL(a.getAttribute('href') ?? '', location.href).href,
        alt: a.getAttribute('aria-label') ?? '',
      })),
    );
    const claims = areas.filter((a) => new URL(a.href).hash.startsWith('#claim-'));
    expect(claims).toHaveLength(data.claims.length);
    for (const area of claims) {
      // A claim's marker leads to its entry (on this page, or the timeline page that has it), whose marker is the same.
      const url = new URL(area.href);
      const html = site.read(decodeURIComponent(url.pathname).slice(site.base.length));
      const marker = /claim (C\d+)$/.exec(area.alt)?.[1];
      const entry = new RegExp(`id="${url.hash.slice(1)}"[\\s\\S]*?class="marker"[^>]*>([^<]*)<`).exec(html)?.[1];
      expect(entry, area.alt).toBe(`${marker} in text`);
    }
    const sources = areas.filter((a) => new URL(a.href).pathname.includes('/sources/'));
    expect(sources.length + claims.length).toBe(areas.length);
    for (const area of sources) expect(area.alt, area.href).toContain(headingOf(new URL(area.href)));
    // Each link lies over what it names in the drawing, and stays there when the page is zoomed.
    const over = await page.locator('.graph__map').evaluate((map) => {
      const img = map.querySelector('img')?.getBoundingClientRect();
      const svg = map.querySelector('svg')?.getBoundingClientRect();
      return img && svg ? [img.x - svg.x, img.y - svg.y, img.width - svg.width, img.height - svg.height] : [];
    });
    expect(over).toEqual([0, 0, 0, 0]);
    // Following a marker by keyboard: the link takes focus, shows it, and Enter goes to the entry.
    const first = claims[0] as { raw: string; href: string };
    const link = page.locator(`.graph__map a[href="${first.raw}"]`);
    await link.focus();
    expect(await link.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeWidth)).toBe('3px');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href === first.href);
    // Back on the article page (the entry may be on a later page of the timeline), the map leads on to the graph.
    await page.goBack();
    await page.getByRole('link', { name: 'The full graph' }).click();
    await page.waitForURL((url) => url.pathname === `${site.base}${GRAPH_PAGE}`);
    await page.close();
  });
});

describe('the graph page', () => {
  it('is linked from the filter pages', async () => {
    const page = await open(`${ARTICLE_PAGE}voice/reported/`);
    await page.getByRole('link', { name: 'Who says what, through whom' }).click();
    expect(new URL(page.url()).pathname).toBe(`${site.base}${GRAPH_PAGE}`);
    await page.close();
  });

  it('links every box to a page about what it shows', async () => {
    const page = await open(GRAPH_PAGE);
    const links = await svgLinks(page, '.graph');
    expect(links.length).toBe(await page.locator('svg .graph__node').count());
    for (const { url, text } of links) {
      const heading = headingOf(url);
      const path = url.pathname.slice(site.base.length);
      // A claim's page is headed by its statement; a source's by its name; the article's by its title.
      if (path.startsWith('claims/')) expect(text.startsWith(heading), `${text} → ${heading}`).toBe(true);
      else {
        const id = path.split('/')[1] as string;
        const name = path.startsWith('sources/') ? data.sources.find((s) => s.id === id)?.name : data.article.title;
        expect(heading, path).toContain(name);
        expect(text, path).toContain(name);
      }
    }
    await page.close();
  });

  it('says the same in words as in the drawing: one list item for each box below the article', async () => {
    const page = await open(GRAPH_PAGE);
    const boxes = await page.locator('svg .graph__node').count();
    expect(await page.locator('.graph-list li').count()).toBe(boxes - 1);
    const drawn = (await page.locator('svg .graph__edges text').allTextContents()).sort();
    const written = (await page.locator('.graph-list i').allTextContents()).map((t) => t.replace(/ → $/, '')).sort();
    expect(written).toEqual(drawn);
    await page.close();
  });
});
