/**
 * The pictures of a built site, for any valid content: share cards on disk and in the page heads,
 * the strip's and the drawings' links, and the drawings as a reader meets them in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { pngSize } from './png.ts';

const site = builtSite();
const articles = site.articles.map((data) => data.article.id);
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('share cards', () => {
  const records = {
    claims: new Map(site.articles.flatMap((data) => data.claims.map((claim) => [claim.id, claim.statement] as const))),
    quotes: new Map(site.articles.flatMap((data) => data.quotes.map((quote) => [quote.id, quote.text] as const))),
  };

  for (const [folder, byId] of Object.entries(records)) {
    it(`are a 1200 × 630 PNG for every one of the ${folder}, and for nothing else`, () => {
      const dir = join(site.dir, 'cards', folder);
      const files = existsSync(dir) ? readdirSync(dir).sort() : [];
      expect(files).toEqual([...byId.keys()].map((id) => `${id}.png`).sort());
      for (const file of files) expect(pngSize(readFileSync(join(dir, file))), file).toEqual({ width: 1200, height: 630 });
    });

    it(`are named in the head of every ${folder.slice(0, -1)} page, with their size and what they show`, () => {
      for (const [id, words] of byId) {
        const html = site.read(`${folder}/${id}/`);
        const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
        expect(meta('og:image'), id).toBe(`${site.root}cards/${folder}/${id}.png`);
        // X takes the picture from og:image, and its own summary_large_image card and alt text from its tags.
        expect(meta('twitter:card'), id).toBe('summary_large_image');
        expect(meta('twitter:image:alt'), id).toBe(meta('og:image:alt'));
        expect(meta('og:image:width'), id).toBe('1200');
        expect(meta('og:image:height'), id).toBe('630');
        // The alt text carries the chain, so the source travels with the claim even without the image.
        const alt = decode(meta('og:image:alt') ?? '');
        expect(alt, id).toContain('Who says it: The article');
        expect(alt, id).toContain(words);
      }
    });
  }
});

describe('the drawings in the article pages', () => {
  const articlePages = site.pages.filter((path) => path.startsWith('articles/'));

  it.each(articlePages)('/%s links every mark of its strips and graphs to an entry on the page', (path) => {
    const html = site.read(path);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
      for (const [, id] of svg.matchAll(/href="#([^"]+)"/g)) expect(ids.has(id), `#${id}`).toBe(true);
    }
  });

  it.each(articles)('of %s include the map as an SVG image that names its article', (id) => {
    const title = site.articles.find((data) => data.article.id === id)!.article.title;
    const svg = site.read(`articles/${id}/map.svg`);
    // The title as XML gives it back: its five entities read as the characters they stand for.
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const named = /<title>([^<]*)<\/title>/.exec(svg)?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '');
    expect(named).toBe(`Who says what, through whom: ${title}`);
  });
});

describe('the drawings in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist(site.dir, site.base);
    browser = await launchBrowser();
    phone = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    page = await phone.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const drawn = articles.flatMap((id) => [`articles/${id}/`, `articles/${id}/graph/`]).filter((path) => site.opened.includes(path));

  it.each(drawn)(
    'stay readable on a 320 px phone on /%s: the page does not widen, the drawings scroll at full size',
    async (path) => {
      expect((await page.goto(server.url + path))?.status()).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const regions = page.locator('.pictures-scroll');
      expect(await regions.count()).toBeGreaterThan(0);
      for (const region of await regions.all()) {
        // Reachable by keyboard, and named, so a keyboard user can scroll it.
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('aria-label')).toBeTruthy();
        const drawing = region.locator('svg, img').first();
        const width = await drawing.evaluate((el) => el.getBoundingClientRect().width);
        expect(width, 'the drawing is not shrunk').toBe(Number(await drawing.getAttribute('width')));
      }
      const smallest = await page
        .locator('.pictures-scroll svg text')
        .evaluateAll((texts) => Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(11);
    },
    30_000,
  );

  it.each(articles)(
    'fit the graph of %s on a printed page',
    async (id) => {
      const print = await phone.newPage();
      await print.goto(`${server.url}articles/${id}/graph/`);
      await print.emulateMedia({ media: 'print' });
      await print.setViewportSize({ width: 700, height: 1000 });
      const { drawing, main } = await print.evaluate(() => ({
        drawing: document.querySelector('.graph svg, .graph img')?.getBoundingClientRect().width ?? 0,
        main: document.querySelector('main')?.getBoundingClientRect().width ?? 0,
      }));
      expect(drawing).toBeGreaterThan(0);
      expect(drawing).toBeLessThanOrEqual(main);
      await print.close();
    },
    30_000,
  );
});
