import { getRssString } from '@astrojs/rss';
import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { articlesNewestFirst } from '../../src/model/listings.ts';
import { articleFeedItems, correctionsFeedItems, FEED_ARTICLES } from '../../src/publish/feeds.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';
import { TWO_STORIES } from '../support/two-stories.ts';

const SITE = 'https://example.org/analysis/';
const url = (path: string) => new URL(path, SITE).href;

/** A small corpus with corrections on an article, a claim, a quote, a source and an event. */
function corrected() {
  const fix = (date: string, kind: 'correction' | 'update', what: string) => ({ date, kind, was: `${what} was wrong.`, now: `${what} is right.` });
  const corpus = makeCorpus({
    body: 'The port says the fees were “paid in full” & <b>settled</b> on Monday.',
    sources: { port: { name: 'Port authority', kind: 'organisation', corrections: [fix('2025-11-05', 'correction', 'The name')] } },
    claims: {
      fees: {
        statement: 'The fees were paid in full.',
        attribution: [{ source: 'port', verb: 'says' }],
        anchor: { exact: 'the fees were “paid in full”' },
        corrections: [fix('2025-11-03', 'correction', 'The speaker'), fix('2025-11-09', 'update', 'The reply')],
      },
    },
    quotes: { paid: { text: 'paid in full', speaker: 'port', corrections: [fix('2025-11-05', 'update', 'The context')] } },
    events: { monday: { title: 'The fees are settled', date: 'unknown', corrections: [fix('2025-11-07', 'correction', 'The day')] } },
    article: {
      title: 'Port says fees <paid> & settled',
      publisher: 'Northcoast News',
      agency: 'Averin Press Agency',
      published: '2025-10-28',
      corrections: [fix('2025-11-01', 'update', 'The summary')],
    },
  });
  return indexOf(corpus);
}

describe('the corrections feed', () => {
  const index = corrected();

  it('lists every correction on the site, newest first, each linking to the page of what it corrects', () => {
    const items = correctionsFeedItems(index, url);
    expect(items.map((item) => [item.pubDate?.toISOString().slice(0, 10), item.link])).toEqual([
      ['2025-11-09', `${SITE}claims/fees/`],
      ['2025-11-07', `${SITE}events/monday/`],
      ['2025-11-05', `${SITE}quotes/paid/`],
      ['2025-11-05', `${SITE}sources/port/`],
      ['2025-11-03', `${SITE}claims/fees/`],
      ['2025-11-01', `${SITE}articles/a/`],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Update to the claim “According to Port authority: The fees were paid in full.”',
      categories: ['Update', 'claim'],
    });
    expect(decodeHTML(items[0]?.description ?? '')).toBe(
      'Was: The reply was wrong. Now: The reply is right. In the analysis of “Port says fees <paid> & settled”.',
    );
  });

  it("says whose word a corrected claim or quote is, so no title states it as the site's", () => {
    const titles = correctionsFeedItems(index, url).map((item) => item.title);
    expect(titles).toContain('Update to the quote ““paid in full”, attributed to Port authority”');
    expect(titles).toContain('Correction to the source “Port authority”');
  });

  it('gives two corrections of one record ids of their own', () => {
    const guids = correctionsFeedItems(index, url).map((item) => /<guid[^>]*>([^<]*)<\/guid>/.exec(item.customData ?? '')?.[1]);
    expect(new Set(guids).size).toBe(6);
    expect(guids).toContain(`${SITE}claims/fees/#correction-1`);
    expect(guids).toContain(`${SITE}claims/fees/#correction-2`);
  });

  it('is well-formed RSS whose descriptions a reader renders as the words written, markup-looking text included', async () => {
    const xml = await getRssString({ title: 'Corrections', description: 'd', site: SITE, items: correctionsFeedItems(index, url) });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as { rss: { channel: { item: { description: string }[] } } };
    const descriptions = parsed.rss.channel.item.map((item) => item.description);
    // What a feed reader gets as HTML: no element in it, and the text as written once decoded.
    for (const html of descriptions) expect(html).not.toMatch(/<[a-z]/i);
    expect(descriptions.map((html) => decodeHTML(html))).toContain(
      'Was: The reply was wrong. Now: The reply is right. In the analysis of “Port says fees <paid> & settled”.',
    );
  });

  it('has an item for each correction the records of a whole corpus carry, and none for a record without', () => {
    const { corpus } = checkContent(TWO_STORIES);
    const records = (['articles', 'claims', 'quotes', 'events', 'sources'] as const).flatMap((collection) =>
      corpus[collection].map((record) => ({ collection, id: record.id, data: record.data })),
    );
    const corrected = records.filter((record) => record.data.corrections.length > 0);
    expect(corrected.length).toBeGreaterThan(0);
    const items = correctionsFeedItems(CorpusIndex.fromCheck(checkContent(TWO_STORIES)), url);
    expect(items).toHaveLength(corrected.reduce((n, record) => n + record.data.corrections.length, 0));
    const linked = new Set(items.map((item) => item.link));
    for (const record of records) expect(linked.has(url(`${record.collection}/${record.id}/`)), record.id).toBe(record.data.corrections.length > 0);
  });
});

describe('the main feed', () => {
  it('carries the newest articles, each followed by its claims, and stops there', () => {
    const day = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const articles = Array.from({ length: FEED_ARTICLES + 3 }, (_, i) => ({
      id: `a${i}`,
      data: ArticleSchema.parse({ title: `T${i}`, headline: null, publisher: null, url: null, published: day(i), language: 'en', summary: 'S' }),
      body: 'Officials said talks would resume.',
    }));
    const index = indexOf({ ...makeCorpus({ body: '' }), articles });
    const items = articleFeedItems(index, url);
    const linked = items.filter((item) => item.categories?.includes('Article')).map((item) => item.link);
    const newest = articlesNewestFirst(index)
      .slice(0, FEED_ARTICLES)
      .map((article) => url(`articles/${article.id}/`));
    expect(linked).toEqual(newest);
    // The three oldest are left out.
    expect(linked).toHaveLength(FEED_ARTICLES);
  });

  it("names every source of a claim's chain, with the article's wording beside the name", () => {
    const corpus = makeCorpus({
      body: 'According to Geo News, he emphasised that talks failed.',
      sources: { 'geo-news': { name: 'Geo News', kind: 'outlet' }, asif: { name: 'Khawaja Asif' } },
      claims: {
        failed: {
          statement: 'Talks failed.',
          attribution: [
            { source: 'geo-news', verb: 'According to' },
            { source: 'asif', verb: 'emphasised', as: 'he' },
          ],
          anchor: { exact: 'talks failed' },
        },
      },
    });
    const [, claim] = articleFeedItems(indexOf(corpus), url);
    expect(claim?.title).toBe('According to Khawaja Asif, via Geo News: Talks failed.');
    expect(decodeHTML(claim?.description ?? '')).toBe(
      'Who says it: The article → According to Geo News → Khawaja Asif (“he” in the article) emphasised. Report, unverified. The article reports this; it does not establish it. In “T”.',
    );
  });

  it('says who printed an article and whose copy it is', () => {
    const [article] = articleFeedItems(corrected(), url);
    expect(decodeHTML(article?.description ?? '')).toBe('S Published by Northcoast News, from Averin Press Agency copy.');
  });
});
