import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSite, PAGE_BUDGET_BYTES } from '../../scripts/bench/pages.ts';
import { checkLinks } from '../../scripts/check-dist.ts';
import { axeContext, axeViolations, launchBrowser } from '../support/browser.ts';
import { builtSite, repeatedHeads } from '../support/site.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';
import { buildOneStory, ONE_STORY_BASE } from './build-one-story.ts';

/**
 * The thread and story pages of the one-story fixture, built under a sub-path, read in Chromium
 * without JavaScript at a phone's and a desktop's width, with axe.
 */
const THREAD = 'threads/herald-dam-may-be-sold/';
const STORY = 'stories/orvan-dam-sale/';
const PAGES = [THREAD, 'threads/', STORY, 'stories/', '', 'sources/ilse-marant/'];

let site: { dist: string; remove: () => void };
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = buildOneStory();
  server = await serveDist(site.dist, ONE_STORY_BASE);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

const contexts = new Map<string, Promise<BrowserContext>>();

/**
 * A page at a width: without JavaScript, as a reader with it off meets the site; or, for axe (which
 * is itself a script), with it on and axe loaded. One context each.
 */
async function open(path: string, width = 1280, axe = false): Promise<Page> {
  const key = `${width} ${axe}`;
  if (!contexts.has(key)) {
    const viewport = { width, height: 900 };
    contexts.set(key, axe ? axeContext(browser, { viewport }) : browser.newContext({ javaScriptEnabled: false, viewport }));
  }
  const context = await (contexts.get(key) as Promise<BrowserContext>);
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('the thread page', () => {
  it('lists every article that carries the claim in order of publication, the earliest marked, the inferred date marked inferred', async () => {
    const page = await open(THREAD);
    const cards = page.locator('.appearance');
    expect(await cards.locator('h3').allTextContents()).toEqual(['The Orvan Herald', 'Kestrel Wire', 'Northgate Daily']);
    expect(await cards.nth(0).textContent()).toContain('Earliest the site knows of');
    expect(await cards.nth(1).textContent()).not.toContain('Earliest the site knows of');
    expect(await cards.nth(2).locator('.tag--inferred').count()).toBe(1);
    // Each carries its own chain and its own words.
    expect(await cards.nth(1).locator('.chain').textContent()).toMatch(/The Orvan Herald\s*reported[\s\S]*citing\s*Ilse Marant/);
    expect(await cards.nth(2).locator('.words').textContent()).toContain('Caspiana Energy');
    await page.close();
  });

  it('marks the dropped hedge and the named buyer in the words, and names what was lost', async () => {
    const page = await open(THREAD);
    const wire = page.locator('.appearance').nth(1);
    expect(await wire.locator('.words del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('may')]));
    expect(await wire.locator('.words ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('will')]));
    expect(await wire.locator('.changes').textContent()).toContain('Hedge dropped: “may”');
    const northgate = page.locator('.appearance').nth(2);
    expect((await northgate.locator('.words del').allTextContents()).join(' ')).toContain('a foreign company');
    expect((await northgate.locator('.words ins').allTextContents()).join(' ')).toContain('Caspiana Energy');
    expect(await northgate.locator('.changes').textContent()).toMatch(/No longer named:.*The Orvan Herald/);
    await page.close();
  });

  it('draws the path without JavaScript, each box a link, with the same in words', async () => {
    const page = await open(THREAD);
    const svg = page.locator('.graph svg');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('a[href$="/sources/ilse-marant/"]').count()).toBe(1);
    expect(await svg.locator('a[href$="/articles/northgate-daily-dam-sale/"]').count()).toBe(1);
    expect(await page.locator('#path-words-heading + ol li').count()).toBe(3);
    await page.close();
  });

  it('states nothing as fact: the claim is what the articles say', async () => {
    const page = await open(THREAD);
    expect(await page.locator('.lede').textContent()).toContain('The site does not establish the claim');
    expect(await page.locator('h1').textContent()).toMatch(/^“.*”$/);
    await page.close();
  });

  it('publishes the thread as a schema.org Claim with every appearance and the first', () => {
    const html = readFileSync(join(site.dist, THREAD, 'index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const ld = JSON.parse(json ?? '{}') as { '@type': string; appearance: { '@id': string }[]; firstAppearance: { '@id': string }; sameAs: string[] };
    expect(ld['@type']).toBe('Claim');
    expect(ld.appearance.map((a) => a['@id'])).toEqual([
      'https://example.org/s/articles/orvan-herald-dam-sale/#article',
      'https://example.org/s/articles/kestrel-wire-dam-sale/#article',
      'https://example.org/s/articles/northgate-daily-dam-sale/#article',
    ]);
    expect(ld.firstAppearance['@id']).toBe('https://example.org/s/articles/orvan-herald-dam-sale/#article');
    // Each article's own claim is linked by its page, which a reader can open.
    expect(ld.sameAs).toHaveLength(3);
    for (const url of ld.sameAs) expect(url).toMatch(/^https:\/\/example\.org\/s\/claims\/[a-z0-9-]+\/$/);
  });

  it('feeds each new appearance, and exports the threads as the schema says', async () => {
    const feed = readFileSync(join(site.dist, 'threads/feed.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(4);
    expect(feed).toContain('#appearance-northgate-sale-to-caspiana');
    const { default: Ajv } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(readFileSync(join(site.dist, 'threads/schema.json'), 'utf8')) as object;
    const data = JSON.parse(readFileSync(join(site.dist, 'threads/threads.json'), 'utf8')) as { threads: { id: string; appearances: unknown[] }[] };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.threads.map((t) => `${t.id} ${t.appearances.length}`).sort()).toEqual([
      'herald-dam-may-be-sold 3',
      'herald-no-vote 2',
      'herald-talks-began-february 2',
    ]);
  });
});

describe('the story page', () => {
  it('gives the timeline across articles, each happening once with every telling, and who said what first', async () => {
    const page = await open(STORY);
    const events = page.locator('.story-timeline > li');
    expect(await events.count()).toBe(4);
    expect(await events.nth(0).locator('b').textContent()).toBe('Ilse Marant speaks to the Orvan Herald about the dam');
    // The march, told only by the article the story record adds, among the shared happenings.
    expect(await events.nth(2).locator('b').textContent()).toBe('A march in Orvan against the sale of the dam');
    expect(await events.nth(3).locator('li').count()).toBe(3);
    expect(await page.locator('.first-sayers').textContent()).toMatch(/may sell the Orvan dam[\s\S]*earliest in The Orvan Herald[\s\S]*Ilse Marant/);
    await page.close();
  });

  it('is named by its story record: its title, its summary and its note, with every article it gathers', async () => {
    const page = await open(STORY);
    expect(await page.locator('h1').textContent()).toBe('The planned sale of the Orvan dam');
    expect(await page.locator('.lede').first().textContent()).toContain('a fourth reports a march against the sale');
    expect(await page.locator('.note').textContent()).toContain('The site establishes none of it.');
    expect(await page.locator('#articles-heading + ol > li').count()).toBe(4);
    await page.close();
  });

  it('is listed on the home page, as there are several articles', async () => {
    const page = await open('');
    // Followed by its address rather than a click: a click waits on the navigation it starts, and
    // once, on a loaded machine, that wait outlasted the test.
    const link = await page.locator('#stories-heading + p + ul a').first().getAttribute('href');
    expect(new URL(link ?? '', page.url()).pathname).toBe(`${ONE_STORY_BASE}${STORY}`);
    await page.close();
    const story = await open(STORY);
    expect(await story.locator('h1').innerText()).not.toBe('');
    await story.close();
  });
});

describe('the pages a reader meets', () => {
  for (const width of [390, 1280]) {
    for (const path of PAGES) {
      it(`/${path} passes axe with no violation and fits a ${width} px screen`, async () => {
        const page = await open(path, width, true);
        expect(await axeViolations(page), path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await page.close();
      }, 120_000);
    }
  }

  it('are found by search, as every page that marks its text for it is', () => {
    const marked = analyseSite(site.dist, ONE_STORY_BASE).pages.filter((p) => readFileSync(join(site.dist, p.file), 'utf8').includes('data-pagefind-body'));
    expect(marked.some((p) => p.path.includes('/threads/'))).toBe(true);
    expect(marked.some((p) => p.path.includes('/stories/'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked.length);
  });

  it('link only to pages and ids that exist, the data in the pages (JSON-LD) included', async () => {
    const { name, problems } = await checkLinks(site.dist, ONE_STORY_BASE);
    expect(problems, name).toEqual([]);
  });

  it('each have a title and a description of their own, where two outlets tell the same event in the same words', () => {
    const built = builtSite(site.dist);
    expect(repeatedHeads(built)).toEqual([]);
    // The fixture's two tellings of the sale share their words; each event's page names its article.
    const title = (path: string) => /<title>([^<]+)<\/title>/.exec(built.read(path))?.[1] ?? '';
    expect(title('events/herald-dam-sale/')).toContain('(The Orvan Herald, ');
    expect(title('events/wire-dam-sale/')).toContain('(Kestrel Wire, ');
  });

  it("name, on an event's page, the other articles that tell it and the story they make", async () => {
    const page = await open('events/wire-dam-sale/', 390);
    const told = page.locator('dt:text-is("Also told by") + dd a');
    expect(await told.allTextContents()).toEqual(['The Orvan Herald', 'Northgate Daily']);
    await told.first().click();
    expect(new URL(page.url()).pathname).toBe(`${ONE_STORY_BASE}events/herald-dam-sale/`);
    await page.close();
  });

  it('keep to the page budget', () => {
    const report = analyseSite(site.dist, ONE_STORY_BASE);
    const ours = report.pages.filter((p) => /^\/(threads|stories)\//.test(p.path) && p.path.endsWith('/'));
    expect(ours.length).toBeGreaterThanOrEqual(5);
    for (const page of ours) expect(page.bytes, page.path).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });
});
