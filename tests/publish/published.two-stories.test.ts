import { describe, expect, it } from 'vitest';
import { twoStoriesSite } from '../support/site.ts';

/**
 * What the build publishes about known records: the feed and the JSON-LD of the fixture corpus
 * two-stories (the seed's analysis, 17 claims; a second story, 8 claims; the source Geo News in both).
 */
const site = twoStoriesSite();
const SEED = 'pakistan-afghanistan-talks';
const SECOND = 'harbour-contract-dispute';
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');
const blocks = (path: string) =>
  all(site.read(path), /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((b) => JSON.parse(b) as Record<string, any>);

describe('the RSS feed', () => {
  const items = all(site.read('feed.xml'), /<item>([\s\S]*?)<\/item>/g);
  const itemOf = (path: string) => items.find((item) => item.includes(`<link>${site.root}${path}</link>`)) ?? '';

  it('has both articles and their 25 claims', () => {
    expect(items).toHaveLength(2 + 25);
    expect(itemOf(`articles/${SEED}/`)).not.toBe('');
    expect(itemOf(`articles/${SECOND}/`)).not.toBe('');
  });

  it('titles a claim with whose word it is, through a chain', () => {
    expect(itemOf('claims/contract-not-cancelled/')).toContain(
      '<title>According to Port Averin officials, via Averin Daily Ledger: The city of Port Averin has not cancelled its harbour contract with Caldera Shipping.</title>',
    );
  });

  it('gives the seed article no publication date, as its date is only inferred', () => {
    expect(itemOf(`articles/${SEED}/`)).not.toContain('<pubDate>');
  });
});

describe('JSON-LD in the pages', () => {
  it('describes the seed article as a NewsArticle without a publisher, and the second with its own', () => {
    const [seed] = blocks(`articles/${SEED}/`);
    expect(seed).toMatchObject({ '@type': 'NewsArticle', '@id': `${site.root}articles/${SEED}/#article` });
    expect(seed).not.toHaveProperty('publisher');
    const [second] = blocks(`articles/${SECOND}/`);
    expect(second).toMatchObject({ '@type': 'NewsArticle', publisher: { name: 'Northcoast News' }, datePublished: '2024-03-14' });
  });

  it('names Geo News as the author of a claim in one story and the venue of a claim in the other', () => {
    const geo = `${site.root}sources/geo-news/#source`;
    expect(blocks('claims/contract-suspended/')[0]).toMatchObject({ author: { '@id': geo } });
    const relayed = blocks('claims/india-pulling-the-strings/')[0]!;
    expect(relayed['appearance'].map((a: Record<string, any>) => a['publisher']?.['@id']).filter(Boolean)).toEqual([geo]);
  });
});
