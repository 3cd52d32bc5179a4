import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { twoStoriesSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

/**
 * The pages of known records, in Chromium without JavaScript, on the fixture corpus two-stories
 * (the seed's analysis and a second story that shares the source Geo News), built under a sub-path.
 */
const site = twoStoriesSite();
const ARTICLE = 'pakistan-afghanistan-talks';
const data = site.articles.find((a) => a.article.id === ARTICLE)!;

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

/** The article's timeline page that shows `selector`, reached as a reader would: page by page through the pager. */
async function openTimelineWith(selector: string): Promise<Page> {
  const page = await open(`articles/${ARTICLE}/`);
  while ((await page.locator(selector).count()) === 0) {
    const next = page.locator('.pager a[rel="next"]');
    expect(await next.count(), `no timeline page of ${ARTICLE} shows ${selector}`).toBeGreaterThan(0);
    await next.first().click();
  }
  return page;
}

describe('the article page', () => {
  it('follows a marker to its claim, and the claim back to its words', async () => {
    const page = await open(`articles/${ARTICLE}/`);
    const claim = data.claims.find((c) => c.id === 'india-to-blame')!;
    // The marker leads to the timeline page that holds the claim, wherever the timeline is cut.
    await page.locator(`.article-text a.anno-ref[href$="#claim-${claim.id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#claim-${claim.id}`);
    const card = page.locator(`#claim-${claim.id}`);
    expect(await card.locator('.stmt').textContent()).toBe(claim.statement);
    // What is claimed and who claims it are separate parts of the entry.
    expect(await card.locator('.who .chain').textContent()).toContain('Islamabad');
    expect(await card.locator('.what').textContent()).not.toContain('Islamabad has claimed');
    await card.locator(`a[href$="#text-claim-${claim.id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#text-claim-${claim.id}`);
    expect(await page.locator(`#text-claim-${claim.id}`).textContent()).toBe('as Islamabad has claimed');
    await page.close();
  });

  it('shows the inferred date as inferred, with what it was inferred from', async () => {
    let page = await openTimelineWith('#event-talks-fail');
    const when = page.locator('#event-talks-fail .when');
    expect(await when.textContent()).toMatch(/Tuesday, 28 Oct 2025\s*inferred/);
    expect(await when.textContent()).toContain('embedded post');
    await page.close();
    page = await openTimelineWith('#event-drone-agreement');
    expect(await page.locator('#event-drone-agreement .when').textContent()).toContain('Date not given');
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
    expect(await page.locator('.filters a[aria-current="page"]').textContent()).toContain('Accusation');

    // A filter page offers its own filter's values; the article's page offers them all.
    expect(await page.locator('.filters__title').allTextContents()).toEqual(['Kind']);
    await page.locator('.filters a', { hasText: 'Filter by something else' }).click();
    expect(new URL(page.url()).hash).toBe('#filters');

    // A source leads to its own page, at the part about this article, which lists its claims there.
    await page.locator('.filters a', { hasText: 'Khawaja Asif' }).click();
    const asif = data.claims.filter((c) => c.chain.some((l) => l.source === 'khawaja-asif' || l.venue === 'khawaja-asif'));
    const landed = new URL(page.url());
    expect(landed.pathname).toMatch(/\/sources\/khawaja-asif\/$/);
    expect(landed.hash).toBe(`#in-${ARTICLE}`);
    const listed = await page.locator(`section#in-${ARTICLE} .cards h4 a`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(listed)).toEqual(new Set(asif.map((c) => `${site.base}claims/${c.id}/`)));
    await page.goBack();

    await page.locator('.filters a', { hasText: 'Report of a report' }).click();
    const relayed = data.claims.filter((c) => c.attribution.length > 1);
    expect(await page.locator('.article-layout__timeline .claim').count()).toBe(relayed.length);
    await page.locator('.filters a', { hasText: 'Show all claims' }).click();
    expect(await page.locator('.filters__status').textContent()).toContain(`Showing all ${data.claims.length} claims`);
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
    let page = await openTimelineWith('#claim-drone-deal-caused-failure');
    expect(await page.locator('#claim-drone-deal-caused-failure .relations').textContent()).toContain('Contradicts');
    await page.close();
    page = await openTimelineWith('#claim-india-to-blame');
    expect(await page.locator('#claim-india-to-blame .relations').textContent()).toContain('Contradicted by');
    await page.close();
  });
});

describe('source and claim pages', () => {
  it('mark a name in Arabic script right to left, in its language', async () => {
    const page = await open('sources/tameem-bahiss/');
    const name = page.locator('h1 bdi');
    expect(await name.getAttribute('dir')).toBe('rtl');
    expect(await name.getAttribute('lang')).toBe('fa');
    expect(await name.textContent()).toBe('تمیم باحث');
    await page.close();
  });

  it('list every claim a source makes or passes on', async () => {
    const page = await open('sources/tolonews-report/');
    const passing = data.claims.filter((c) => c.attribution.includes('tolonews-report'));
    expect(passing.length).toBeGreaterThan(1);
    expect(await page.locator('main .card h4').count()).toBe(passing.length);
    await page.close();
  });

  it('list the claims of every article a shared source appears in', async () => {
    const page = await open('sources/geo-news/');
    const links = await page.locator('main a[href*="/claims/"]').evaluateAll((list) => list.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Geo News reports the harbour contract's suspension, and is where Khawaja Asif accused India.
    expect(links).toContain(`${site.base}claims/contract-suspended/`);
    expect(links).toContain(`${site.base}claims/india-pulling-the-strings/`);
    await page.close();
  });

  it('show a claim with its words in context and its chain', async () => {
    const claim = data.claims.find((c) => c.id === 'pakistan-acknowledged-drone-agreement')!;
    const page = await open(`claims/${claim.id}/`);
    expect((await page.locator('h1').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`According to Pakistan, via Afghan news channels: ${claim.statement}`);
    expect(await page.locator('.context mark').textContent()).toBe(claim.anchor.exact);
    const chain = await page.locator('.chain li').allTextContents();
    expect(chain.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['The article', 'According to Afghan news channels', 'Pakistan has acknowledged']);
    expect(await page.locator('.note').textContent()).toContain('does not attribute');
    await page.close();
  });
});
