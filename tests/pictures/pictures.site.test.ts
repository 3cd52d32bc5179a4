/**
 * The pictures in the built site (`dist/`, built by `npm test`'s pretest): share cards on disk and
 * in the page heads, and the graph and the strip as a reader meets them in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { pngSize } from './png.ts';

const DIST = 'dist';
const BASE = process.env['BASE_PATH'] ?? '/';
const index = CorpusIndex.fromCheck(checkContent('.'));
const article = [...index.articles.keys()][0] as string;
const ARTICLE_PAGE = `articles/${article}/`;
const GRAPH_PAGE = `articles/${article}/graph/`;

describe('share cards in dist/', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('There is no built site in dist/: run `npm run build` first (`npm test` does).');
  });

  for (const [folder, ids] of [
    ['claims', [...index.claims.keys()]],
    ['quotes', [...index.quotes.keys()]],
  ] as const) {
    it(`has a 1200 × 630 PNG for every one of the ${ids.length} ${folder}, and no other`, () => {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const file = join(DIST, 'cards', folder, `${id}.png`);
        expect(existsSync(file), file).toBe(true);
        expect(pngSize(readFileSync(file)), file).toEqual({ width: 1200, height: 630 });
      }
      expect(readdirSync(join(DIST, 'cards', folder)).sort()).toEqual(ids.map((id) => `${id}.png`).sort());
    });

    it(`names its card in the head of every ${folder.slice(0, -1)} page, with its size and what it shows`, () => {
      for (const id of ids) {
        const html = readFileSync(join(DIST, folder, id, 'index.html'), 'utf8');
        const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
        expect(new URL(meta('og:image') ?? '').pathname, id).toBe(`${BASE.replace(/\/?$/, '/')}cards/${folder}/${id}.png`);
        expect(meta('twitter:image'), id).toBe(meta('og:image'));
        expect(meta('og:image:width'), id).toBe('1200');
        expect(meta('og:image:height'), id).toBe('630');
        // The alt text carries the chain, so the source travels with the claim even without the image.
        const alt = meta('og:image:alt') ?? '';
        expect(alt, id).toContain('Who says it: The article');
        const record = folder === 'claims' ? index.claims.get(id)?.data.statement : index.quotes.get(id)?.data.text;
        expect(
          alt
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&'),
          id,
        ).toContain(record);
      }
    });
  }
});

describe('the graph and the strip in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveDist(DIST, BASE);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, ctx = context): Promise<Page> {
    const page = await ctx.newPage();
    const response = await page.goto(server.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Every link in the page's SVGs, resolved, with the words it shows. */
  async function svgLinks(page: Page, scope: string): Promise<{ url: URL; text: string }[]> {
    const links = await page
      .locator(`${scope} svg a`)
      .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })));
    return links.map((l) => ({ url: new URL(l.href, page.url()), text: l.text }));
  }

  it('draws the strip on the article page and links every mark to an entry that shows that event', async () => {
    const page = await open(ARTICLE_PAGE);
    const links = await svgLinks(page, '.strip');
    expect(links.length).toBe(index.eventsOf(article).length);
    for (const { url, text } of links) {
      expect(url.pathname).toBe(new URL(page.url()).pathname);
      const target = page.locator(`[id="${url.hash.slice(1)}"]`);
      expect(await target.count(), url.hash).toBe(1);
      const title = (await target.locator('.tl__title').textContent())?.replace(/^Event: /, '').trim() ?? '';
      expect(text, url.hash).toContain(title);
    }
    await page.close();
  });

  it('links every mark of every strip, on filtered pages too, to an entry on that page', () => {
    const pages = readdirSync(join(DIST, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    let marks = 0;
    for (const file of pages) {
      const html = readFileSync(join(DIST, 'articles', file), 'utf8');
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
        for (const [, id] of svg.matchAll(/href="#([^"]+)"/g)) {
          marks++;
          expect(ids.has(id), `${file}: #${id}`).toBe(true);
        }
      }
    }
    expect(marks).toBeGreaterThan(index.eventsOf(article).length);
  });

  it('takes a reader from a mark on the strip to its entry', async () => {
    const page = await open(ARTICLE_PAGE);
    const mark = page.locator('svg a[href="#event-talks-fail"]');
    await mark.click();
    expect(new URL(page.url()).hash).toBe('#event-talks-fail');
    await expect(page.locator('#event-talks-fail').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('draws the map on the article page, each source and claim marker a link that goes where it says', async () => {
    const page = await open(ARTICLE_PAGE);
    const image = page.locator('.graph--map img');
    // The drawing loads, at the size its areas were laid out for, and is not shrunk to fit.
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(Number(await image.getAttribute('width')));
    expect(await image.evaluate((img) => img.getBoundingClientRect().width)).toBe(Number(await image.getAttribute('width')));
    const areas = await page
      .locator('.graph__map svg a')
      .evaluateAll((list) => list.map((a) => ({ href: new URL(a.getAttribute('href') ?? '', location.href).href, alt: a.getAttribute('aria-label') ?? '' })));
    const claims = areas.filter((a) => new URL(a.href).hash.startsWith('#claim-'));
    expect(claims).toHaveLength(index.claimsOf(article).length);
    for (const area of claims) {
      const url = new URL(area.href);
      // A claim's marker leads to its entry (on this page, or the timeline page that has it), whose marker is the same.
      const here = url.pathname === new URL(page.url()).pathname;
      const target = here ? page : await open(url.href.slice(server.url.length));
      const marker = /claim (C\d+)$/.exec(area.alt)?.[1];
      await expect(target.locator(`[id="${url.hash.slice(1)}"] .marker`).textContent(), area.alt).resolves.toBe(`${marker} in text`);
      if (!here) await target.close();
    }
    const sources = areas.filter((a) => new URL(a.href).pathname.includes('/sources/'));
    expect(sources.length + claims.length).toBe(areas.length);
    const names = new Map<string, string>();
    for (const area of sources) {
      const url = new URL(area.href);
      if (!names.has(url.pathname)) {
        const target = await context.newPage();
        expect((await target.goto(url.href))?.status(), url.href).toBe(200);
        names.set(url.pathname, ((await target.locator('h1').textContent()) ?? '').trim());
        await target.close();
      }
      expect(area.alt, url.pathname).toContain(names.get(url.pathname));
    }
    // Each link lies over what it names in the drawing, and stays there when the page is zoomed.
    const over = await page.locator('.graph__map').evaluate((map) => {
      const img = map.querySelector('img')?.getBoundingClientRect();
      const svg = map.querySelector('svg')?.getBoundingClientRect();
      return img && svg ? [img.x - svg.x, img.y - svg.y, img.width - svg.width, img.height - svg.height] : [];
    });
    expect(over).toEqual([0, 0, 0, 0]);
    // Following a marker by keyboard: the link takes focus, shows it, and Enter goes to the entry.
    const first = claims[0] as { href: string };
    const link = page.locator(`.graph__map a[href="${new URL(first.href).hash}"]`);
    await link.focus();
    await expect(link.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeWidth)).resolves.toBe('3px');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === new URL(first.href).hash);
    await page.getByRole('link', { name: 'The full graph' }).click();
    await page.waitForURL((url) => url.pathname === `${BASE.replace(/\/?$/, '/')}${GRAPH_PAGE}`);
    await page.close();
  });

  it('serves the map as an SVG image that names its article', async () => {
    const response = await fetch(`${server.url}${ARTICLE_PAGE}map.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain(`<title>Who says what, through whom: ${index.articles.get(article)?.data.title}</title>`);
  });

  it('links the filter pages to the graph page, and every box of the graph to a page about it', async () => {
    const filterPage = await open(`${ARTICLE_PAGE}voice/reported/`);
    await filterPage.getByRole('link', { name: 'See the attribution graph' }).click();
    expect(new URL(filterPage.url()).pathname).toBe(`${BASE.replace(/\/?$/, '/')}${GRAPH_PAGE}`);
    await filterPage.close();

    const page = await open(GRAPH_PAGE);
    const links = await svgLinks(page, '.graph');
    expect(links.length).toBe(await page.locator('svg .graph__node').count());
    const checked = new Map<string, string>();
    for (const { url, text } of links) {
      let heading = checked.get(url.pathname);
      if (heading === undefined) {
        const target = await context.newPage();
        const response = await target.goto(url.href);
        expect(response?.status(), url.href).toBe(200);
        heading = ((await target.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();
        checked.set(url.pathname, heading);
        await target.close();
      }
      const path = url.pathname.slice(BASE.replace(/\/?$/, '/').length);
      // A claim's page is headed by its statement; a source's by its name; the article's by its title.
      if (path.startsWith('claims/')) expect(text.startsWith(heading), `${text} → ${heading}`).toBe(true);
      else {
        const id = path.split('/')[1] as string;
        const name = path.startsWith('sources/') ? index.sources.get(id)?.data.name : index.articles.get(id)?.data.title;
        expect(heading, path).toContain(name);
        expect(text, path).toContain(name);
      }
    }
    await page.close();
  });

  it('says the same in words as in the drawing: one list item for each box below the article', async () => {
    const page = await open(GRAPH_PAGE);
    const boxes = await page.locator('svg .graph__node').count();
    const items = await page.locator('.graph-list li').count();
    expect(items).toBe(boxes - 1);
    const drawn = (await page.locator('svg .graph__edges text').allTextContents()).sort();
    const written = (await page.locator('.graph-list i').allTextContents()).map((t) => t.replace(/ → $/, '')).sort();
    expect(written).toEqual(drawn);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations on the article and graph pages (${scheme})`, async () => {
      const axeContext = await browser.newContext({ colorScheme: scheme });
      const failures: string[] = [];
      for (const path of [ARTICLE_PAGE, GRAPH_PAGE]) {
        const page = await axeContext.newPage();
        await page.goto(server.url + path);
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations)
          failures.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
        await page.close();
      }
      await axeContext.close();
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('keeps the pictures readable on a 320 px phone: the page does not widen, the drawings scroll at full size', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    for (const path of [ARTICLE_PAGE, GRAPH_PAGE]) {
      const page = await open(path, phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      const regions = page.locator('.pictures-scroll');
      expect(await regions.count(), path).toBeGreaterThan(0);
      for (const region of await regions.all()) {
        // Reachable by keyboard, and named, so a keyboard user can scroll it.
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('aria-label')).toBeTruthy();
        const svg = region.locator('svg, img').first();
        const drawn = await svg.evaluate((el) => el.getBoundingClientRect().width);
        expect(drawn, `${path}: the drawing is not shrunk`).toBe(Number(await svg.getAttribute('width')));
      }
      const smallest = await page
        .locator('.pictures-scroll svg text')
        .evaluateAll((texts) => Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))));
      expect(smallest, path).toBeGreaterThanOrEqual(11);
      await page.close();
    }
    await phone.close();
  });

  it('fits the graph on a printed page', async () => {
    const page = await open(GRAPH_PAGE);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const { svg, main } = await page.evaluate(() => ({
      svg: document.querySelector('.graph svg')?.getBoundingClientRect().width ?? 0,
      main: document.querySelector('main')?.getBoundingClientRect().width ?? 0,
    }));
    expect(svg).toBeGreaterThan(0);
    expect(svg).toBeLessThanOrEqual(main);
    await page.close();
  });
});
