import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { twoStoriesSite } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { hostHeaders, watch, type Complaints } from './browser-support.ts';

/**
 * The search page as a keyboard user meets it, under the site's Content-Security-Policy, on the
 * fixture corpus two-stories built under a sub-path.
 */
const site = twoStoriesSite();
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist(site.dir, site.base, hostHeaders());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Press Tab until the focused element matches, as a keyboard user would; fail after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab never reached \`${selector}\`.`);
}

async function openSearch(): Promise<{ page: Page; complaints: Complaints }> {
  const page = await (await browser.newContext()).newPage();
  const complaints = await watch(page);
  await page.goto(server.url);
  // From any page: the site nav leads to the search page.
  await tabTo(page, 'nav a[href$="/search/"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/$/);
  return { page, complaints };
}

describe('search', () => {
  it('finds a claim by its words and opens it, by keyboard alone, with nothing blocked by the CSP', async () => {
    const { page, complaints } = await openSearch();
    await tabTo(page, 'pagefind-input input');
    await page.keyboard.type('venomous');
    const first = page.locator('pagefind-results a.pf-result-link').first();
    await first.waitFor();
    expect(await page.locator('pagefind-summary').innerText()).toMatch(/\d+ results? for venomous/);
    const titles = await page.locator('pagefind-results a.pf-result-link').allInnerTexts();
    expect(titles).toContain('Claim · According to Khawaja Asif: The Afghan side has made "venomous" statements.');

    await tabTo(page, 'pagefind-results a.pf-result-link');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(await page.locator('h1').innerText()).toMatch(/venomous/);

    expect(await complaints.violations()).toEqual([]);
    expect(complaints.errors).toEqual([]);
  });

  it('finds only claims, quotes and sources, each titled with what it is', async () => {
    const { page } = await openSearch();
    await page.locator('pagefind-input input').fill('Pakistan');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const results = await page
      .locator('pagefind-results a.pf-result-link')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    expect(results.length).toBeGreaterThan(3);
    for (const { href, text } of results) {
      expect(href).toMatch(new RegExp(`^${site.base}(claims|quotes|sources)/[a-z0-9-]+/$`));
      expect(text).toMatch(/^(Claim|Quote|Source) · /);
    }
  });

  it('finds the claims of the second story as well', async () => {
    const { page } = await openSearch();
    await page.locator('pagefind-input input').fill('harbour contract');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const titles = await page.locator('pagefind-results a.pf-result-link').allInnerTexts();
    expect(titles).toContain(
      'Claim · According to Port Averin officials, via Averin Daily Ledger: The city of Port Averin has not cancelled its harbour contract with Caldera Shipping.',
    );
  });

  it('says what to do instead when JavaScript is off', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${server.url}search/`);
    const fallback = page.locator('main p', { hasText: 'needs JavaScript' });
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([site.base, `${site.base}sources/`]);
  });
});
