import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExport } from '../../src/publish/export-schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

/** The built site as a reader meets it: served statically, in Debian's Chromium, mostly with JavaScript off. */
const DIST = 'dist';
const ARTICLE = 'pakistan-afghanistan-talks';

function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlPages(full));
    else if (name === 'index.html') out.push(relative(DIST, dir).split('\\').join('/') + (dir === DIST ? '' : '/'));
  }
  return out.sort();
}

let server: StaticServer;
let browser: Browser;
let noJs: BrowserContext;
const data = JSON.parse(readFileSync(join(DIST, 'data', `${ARTICLE}.json`), 'utf8')) as ArticleExport;
// The search page is the one place JavaScript is allowed; everything else is read without it.
const pages = htmlPages().filter((path) => !path.startsWith('search/'));

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, context = noJs): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('every page', () => {
  it('loads, with a title, a description and one main heading of its own', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const path of pages) {
      const page = await open(path);
      const title = await page.title();
      const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
      expect(title, path).not.toBe('');
      expect(description.length, path).toBeGreaterThan(40);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('html').getAttribute('lang'), path).toBeTruthy();
      expect(titles.get(title), `${path} repeats the title of ${titles.get(title)}`).toBeUndefined();
      expect(descriptions.get(description), `${path} repeats the description of ${descriptions.get(description)}`).toBeUndefined();
      titles.set(title, path);
      descriptions.set(description, path);
      await page.close();
    }
  });

  it('has no accessibility violations that axe can find', async () => {
    const context = await browser.newContext();
    const failures: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(server.url + path);
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        failures.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
      }
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    for (const path of ['', `articles/${ARTICLE}/`, 'claims/afghan-demand-drone-commitment/', 'sources/tameem-bahiss/', 'sources/', 'about/']) {
      const page = await open(path, context);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
      await page.close();
    }
    await context.close();
  });

  it('answers a missing address with the 404 page', async () => {
    const page = await noJs.newPage();
    const response = await page.goto(`${server.url}claims/no-such-claim/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('no page');
    await page.close();
  });
});

describe('the article page', () => {
  it('marks every claim, quote and anchored event in the text, each linking to its entry', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    const anchored = [
      ...data.claims.map((c) => ({ key: `claim-${c.id}`, exact: c.anchor.exact })),
      ...data.quotes.map((q) => ({ key: `quote-${q.id}`, exact: q.anchor.exact })),
      ...data.events.filter((e) => e.anchor).map((e) => ({ key: `event-${e.id}`, exact: e.anchor!.exact })),
    ];
    const elsewhere: URL[] = [];
    for (const { key, exact } of anchored) {
      const mark = page.locator(`.article-text mark#text-${key}`);
      await expect(mark.count(), key).resolves.toBe(1);
      // The first piece of the mark begins the anchored words.
      const first = (await mark.textContent()) ?? '';
      expect(first.length, key).toBeGreaterThan(0);
      expect(exact.startsWith(first), `${key}: "${first}"`).toBe(true);
      // Its marker links to the entry: on this page, or on the timeline page that has it.
      const refs = await page.locator(`.article-text a.anno-ref[href$="#${key}"]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(refs, key).toHaveLength(1);
      const url = new URL(refs[0] as string);
      if (url.pathname === new URL(page.url()).pathname) await expect(page.locator(`[id="${key}"]`).count(), key).resolves.toBe(1);
      else elsewhere.push(url);
    }
    for (const url of elsewhere) {
      const other = await open(url.href.slice(server.url.length));
      await expect(other.locator(`[id="${url.hash.slice(1)}"]`).count(), url.href).resolves.toBe(1);
      await other.close();
    }
    await page.close();
  });

  it('follows a marker to its claim, and the claim back to its words', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    const claim = data.claims.find((c) => c.id === 'india-to-blame')!;
    await page.locator(`.article-text a.anno-ref[href="#claim-${claim.id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#claim-${claim.id}`);
    const card = page.locator(`#claim-${claim.id}`);
    await expect(card.locator('.stmt').textContent()).resolves.toBe(claim.statement);
    // What is claimed and who claims it are separate parts of the entry.
    await expect(card.locator('.who .chain').textContent()).resolves.toContain('Islamabad');
    await expect(card.locator('.what').textContent()).resolves.not.toContain('Islamabad has claimed');
    await card.locator(`a[href="#text-claim-${claim.id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#text-claim-${claim.id}`);
    await expect(page.locator(`#text-claim-${claim.id}`).textContent()).resolves.toBe('as Islamabad has claimed');
    await page.close();
  });

  it('shows the inferred date as inferred, with what it was inferred from', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    const when = page.locator('#event-talks-fail .when');
    await expect(when.textContent()).resolves.toMatch(/Tuesday, 28 Oct 2025\s*inferred/);
    await expect(when.textContent()).resolves.toContain('embedded post');
    await expect(page.locator('#event-drone-agreement .when').textContent()).resolves.toContain('Date not given');
    await page.close();
  });

  it('filters by kind, source and voice without JavaScript, through plain links', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    const accusations = data.claims.filter((c) => c.kind === 'accusation');
    await page.locator('.filters a', { hasText: 'Accusation' }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/kind\/accusation\/$/);
    const tags = await page.locator('.article-layout__timeline .claim .tags li:first-child').allTextContents();
    expect(tags).toHaveLength(accusations.length);
    expect(new Set(tags)).toEqual(new Set(['Accusation']));
    await expect(page.locator('.filters a[aria-current="page"]').textContent()).resolves.toContain('Accusation');

    await page.locator('.filters a', { hasText: 'Khawaja Asif' }).click();
    const asif = data.claims.filter((c) => c.chain.some((l) => l.source === 'khawaja-asif' || l.venue === 'khawaja-asif'));
    const cards = page.locator('.article-layout__timeline .claim');
    await expect(cards.count()).resolves.toBe(asif.length);
    for (let i = 0; i < asif.length; i++) {
      await expect(cards.nth(i).locator('.chain a[href$="/sources/khawaja-asif/"]').count()).resolves.toBe(1);
    }

    await page.locator('.filters a', { hasText: 'Report of a report' }).click();
    const relayed = data.claims.filter((c) => c.attribution.length > 1);
    await expect(page.locator('.article-layout__timeline .claim').count()).resolves.toBe(relayed.length);
    await page.locator('.filters a', { hasText: 'Show all claims' }).click();
    await expect(page.locator('.filters__status').textContent()).resolves.toContain(`Showing all ${data.claims.length} claims`);
    // All of them, over the timeline's pages.
    let shown = await page.locator('.article-layout__timeline .claim').count();
    while ((await page.locator('.pager a[rel="next"]').count()) > 0) {
      await page.locator('.pager a[rel="next"]').click();
      shown += await page.locator('.article-layout__timeline .claim').count();
    }
    expect(shown).toBe(data.claims.length);
    await page.close();
  });

  it('shows contradictions both ways', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    await expect(page.locator('#claim-drone-deal-caused-failure .relations').textContent()).resolves.toContain('Contradicts');
    await expect(page.locator('#claim-india-to-blame .relations').textContent()).resolves.toContain('Contradicted by');
    await page.close();
  });

  it('can be used with the keyboard alone: skip link first, then every marker reachable', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}articles/${ARTICLE}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < 3; i++) {
      await page.keyboard.press('Tab');
      const cls = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.className ?? '');
      if (cls === 'anno-ref') reached.add(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    }
    expect(reached.size).toBe(3);
    await context.close();
  });

  it('keeps who claims what on paper', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}articles/${ARTICLE}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.who').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.filters').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('source and claim pages', () => {
  it('mark a name in Arabic script right to left, in its language', async () => {
    const page = await open('sources/tameem-bahiss/');
    const name = page.locator('h1 bdi');
    await expect(name.getAttribute('dir')).resolves.toBe('rtl');
    await expect(name.getAttribute('lang')).resolves.toBe('fa');
    await expect(name.textContent()).resolves.toBe('تمیم باحث');
    await page.close();
  });

  it('list every claim a source makes or passes on', async () => {
    const page = await open('sources/tolonews-report/');
    const passing = data.claims.filter((c) => c.attribution.includes('tolonews-report'));
    await expect(page.locator('main .card h3').count()).resolves.toBe(passing.length);
    await page.close();
  });

  it('show a claim with its words in context and its chain', async () => {
    const claim = data.claims.find((c) => c.id === 'pakistan-acknowledged-drone-agreement')!;
    const page = await open(`claims/${claim.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(claim.statement);
    await expect(page.locator('.context mark').textContent()).resolves.toBe(claim.anchor.exact);
    const chain = await page.locator('.chain li').allTextContents();
    expect(chain.map((s) => s.trim())).toEqual(['The article', 'according to Afghan news channels', 'Pakistan has acknowledged']);
    await expect(page.locator('.note').textContent()).resolves.toContain('does not attribute');
    await page.close();
  });
});
