import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import {
  articleJsonLd,
  claimJsonLd,
  claimReviewJsonLd,
  ldContext,
  ldDate,
  quoteJsonLd,
  serializeJsonLd,
  sourceJsonLd,
  withContext,
} from '../../src/publish/jsonld.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { normalizeDate } from '../../src/content/schemas/date.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';
import { TWO_STORIES } from '../support/two-stories.ts';

const SITE = 'https://example.org/analysis/';
const ARTICLE = 'pakistan-afghanistan-talks';
const seed = CorpusIndex.fromCheck(checkContent(TWO_STORIES));
/** No history: the shapes below hold whatever the repository's commits are (history: see `history` below). */
const noHistory = { changed: () => undefined };
const ld = ldContext(seed, SITE, noHistory);

/** Loosely typed access for assertions: schema-dts unions are too wide to index directly. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe('dates in structured data', () => {
  it('keeps a date to the precision it is known', () => {
    expect(ldDate(normalizeDate({ value: '2025-10-28', qualifier: 'on' }))).toBe('2025-10-28');
    expect(ldDate(normalizeDate({ value: '2025-10', qualifier: 'on' }))).toBe('2025-10');
    expect(ldDate(normalizeDate({ value: '2025', qualifier: 'on' }))).toBe('2025');
  });

  it('leaves out a date it would have to overstate: qualified, inferred or unknown', () => {
    expect(ldDate(normalizeDate({ value: '2025-10-28', qualifier: 'on-or-after' }))).toBeUndefined();
    expect(ldDate(normalizeDate({ value: '2025-10-28', qualifier: 'around' }))).toBeUndefined();
    expect(ldDate(normalizeDate({ value: '2025-10-28', qualifier: 'on', inferred: 'from "Tuesday"' }))).toBeUndefined();
    expect(ldDate(normalizeDate({ value: 'unknown', qualifier: 'on' }))).toBeUndefined();
  });
});

describe('the seed article as a NewsArticle', () => {
  const article = json(articleJsonLd(ld, ARTICLE));

  it('stands in the site title for the headline the text does not carry', () => {
    expect(seed.articles.get(ARTICLE)?.data.headline).toBeNull();
    expect(article['headline']).toBe(seed.articles.get(ARTICLE)?.data.title);
  });

  it('invents no publisher, address or date: the seed records none it can state', () => {
    expect(article).not.toHaveProperty('publisher');
    expect(article).not.toHaveProperty('url');
    // Published "on or after 2025-10-28", inferred: not a date schema.org can carry honestly.
    expect(article).not.toHaveProperty('datePublished');
    expect(JSON.stringify(articleJsonLd(ld, ARTICLE))).not.toContain('publisher');
  });

  it('is identified under the site and its base path, and points to the analysis page', () => {
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${SITE}articles/${ARTICLE}/#article`,
      inLanguage: 'en',
      subjectOf: { '@type': 'WebPage', url: `${SITE}articles/${ARTICLE}/` },
    });
  });

  it('names the publisher, address and day when the content records them, as the second story does', () => {
    expect(json(articleJsonLd(ld, 'harbour-contract-dispute'))).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${SITE}articles/harbour-contract-dispute/#article`,
      headline: 'Port Averin denies cancelling harbour contract',
      url: 'https://news.example.org/port-averin-harbour-contract',
      publisher: { '@type': 'Organization', name: 'Northcoast News' },
      datePublished: '2024-03-14',
    });
  });

  it('names the publisher and the day of a small corpus made here', () => {
    const corpus = makeCorpus({ body: 'Text.' });
    corpus.articles[0]!.data = ArticleSchema.parse({
      title: 'Site title',
      headline: 'The original headline',
      publisher: 'The Daily Example',
      url: 'https://news.example/story',
      published: '2025-10-28',
      language: 'en',
      summary: 'S',
    });
    const known = json(articleJsonLd(ldContext(indexOf(corpus), SITE, noHistory), 'a'));
    expect(known).toMatchObject({
      headline: 'The original headline',
      url: 'https://news.example/story',
      publisher: { '@type': 'Organization', name: 'The Daily Example' },
      datePublished: '2025-10-28',
    });
  });
});

describe('the publisher and agency of an article', () => {
  it("are the site's sources of those names, by their ids and own names, when it has them; else the names as given", () => {
    const corpus = makeCorpus({
      body: 'Text.',
      article: { publisher: 'the daily example', agency: 'dpa' },
      sources: {
        'deutsche-presse-agentur': { name: 'Deutsche Presse-Agentur', kind: 'outlet', aliases: ['dpa'] },
        'daily-example': { name: 'The Daily Example', kind: 'outlet' },
      },
    });
    const named = json(articleJsonLd(ldContext(indexOf(corpus), SITE, noHistory), 'a'));
    expect(named['publisher']).toEqual({ '@type': 'Organization', '@id': `${SITE}sources/daily-example/#source`, name: 'The Daily Example' });
    expect(named['sourceOrganization']).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': `${SITE}sources/deutsche-presse-agentur/#source`,
      name: 'Deutsche Presse-Agentur',
    });
    const unknown = makeCorpus({ body: 'Text.', article: { publisher: 'Elsewhere Times', agency: 'AFP' } });
    const plain = json(articleJsonLd(ldContext(indexOf(unknown), SITE, noHistory), 'a'));
    expect(plain['publisher']).toEqual({ '@type': 'Organization', name: 'Elsewhere Times' });
    expect(plain['sourceOrganization']).toEqual({ '@type': 'NewsMediaOrganization', name: 'AFP' });
  });
});

describe('claims as schema.org Claim', () => {
  it('gives every seed claim an id, its innermost source as author and one appearance per link', () => {
    const ids = new Set<string>();
    for (const claim of seed.claimsOf(ARTICLE)) {
      const node = json(claimJsonLd(ld, claim.id));
      expect(node['@type']).toBe('Claim');
      expect(node['@id']).toBe(`${SITE}claims/${claim.id}/#claim`);
      expect(node['text']).toBe(claim.data.statement);
      expect(node['firstAppearance']['@id']).toBe(`${SITE}articles/${ARTICLE}/#article`);
      expect(node['appearance'] ?? []).toHaveLength(claim.data.attribution.length);
      for (const appearance of node['appearance'] ?? []) {
        expect(appearance['@id'], claim.id).toMatch(/^https:\/\/example\.org\/analysis\/(claims|sources)\/[a-z0-9-]+\/#(appearance-\d+|source)$/);
        ids.add(`${node['@id']} ${appearance['@id']}`);
      }
      const innermost = claim.data.attribution.at(-1);
      if (!innermost) expect(node, claim.id).not.toHaveProperty('author');
    }
    expect(ids.size).toBe(seed.claimsOf(ARTICLE).reduce((n, c) => n + c.data.attribution.length, 0));
  });

  it('follows a relayed chain: Afghan news channels say Pakistan acknowledged the agreement', () => {
    const node = json(claimJsonLd(ld, 'pakistan-acknowledged-drone-agreement'));
    expect(node['author']).toEqual({ '@type': 'GovernmentOrganization', '@id': `${SITE}sources/pakistan/#source`, name: 'Pakistan' });
    expect(node['appearance'].map((a: Record<string, any>) => a['author']['@id'])).toEqual([
      `${SITE}sources/afghan-news-channels/#source`,
      `${SITE}sources/pakistan/#source`,
    ]);
    expect(node['appearance'][0]['description']).toContain('According to Afghan news channels');
  });

  it('takes a report as the work it appears in, by the outlet it belongs to', () => {
    const node = json(claimJsonLd(ld, 'disagreement-after-demand'));
    expect(node['appearance']).toEqual([
      expect.objectContaining({
        '@type': 'Report',
        '@id': `${SITE}sources/tolonews-report/#source`,
        author: expect.objectContaining({ '@type': 'NewsMediaOrganization', name: 'TOLONews' }),
      }),
    ]);
    expect(node['author']).toMatchObject({ name: 'TOLONews' });
  });

  it('names the venue of a link as the publisher of that appearance, and only then', () => {
    const node = json(claimJsonLd(ld, 'india-pulling-the-strings'));
    const withVenue = node['appearance'].filter((a: Record<string, any>) => a['publisher']);
    expect(withVenue.map((a: Record<string, any>) => a['publisher']['@id'])).toEqual([`${SITE}sources/geo-news/#source`]);
    const withoutVenue = json(claimJsonLd(ld, 'no-need-for-full-arsenal'));
    expect(JSON.stringify(withoutVenue)).not.toContain('publisher');
  });
});

describe('ClaimReview', () => {
  it('is left out for every seed claim: none carries a published check', () => {
    for (const claim of seed.claimsOf(ARTICLE)) expect(claimReviewJsonLd(ld, claim.id), claim.id).toBeUndefined();
  });

  it('describes a real check: who, where, when, and the finding in words', () => {
    const corpus = makeCorpus({
      body: 'The minister says the pact exists.',
      sources: { minister: {} },
      claims: {
        pact: {
          attribution: [{ source: 'minister', verb: 'says' }],
          status: 'refuted',
          review: { by: 'Example Fact Check', url: 'https://check.example/pact', date: '2025-11', summary: 'No such pact was signed.' },
          anchor: { exact: 'the pact exists' },
        },
      },
    });
    const fixture = ldContext(indexOf(corpus), SITE, noHistory);
    const review = json(claimReviewJsonLd(fixture, 'pact'));
    expect(review).toEqual({
      '@type': 'ClaimReview',
      '@id': `${SITE}claims/pact/#review`,
      url: 'https://check.example/pact',
      claimReviewed: 'pact',
      itemReviewed: { '@id': json(claimJsonLd(fixture, 'pact'))['@id'] },
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      datePublished: '2025-11',
      reviewRating: { '@type': 'Rating', alternateName: 'Refuted', ratingExplanation: 'No such pact was signed.' },
    });
  });
});

describe('quotes and sources', () => {
  it('attributes a quote to the person who said it, inside the article', () => {
    expect(json(quoteJsonLd(ld, 'venomous'))).toEqual({
      '@type': 'Quotation',
      '@id': `${SITE}quotes/venomous/#quote`,
      url: `${SITE}quotes/venomous/`,
      text: 'venomous',
      inLanguage: 'en',
      isPartOf: { '@id': `${SITE}articles/${ARTICLE}/#article` },
      creator: { '@type': 'Person', '@id': `${SITE}sources/khawaja-asif/#source`, name: 'Khawaja Asif' },
      spokenByCharacter: { '@type': 'Person', '@id': `${SITE}sources/khawaja-asif/#source`, name: 'Khawaja Asif' },
    });
  });

  it('gives every seed quote a creator, and spokenByCharacter only to a speaker that speaks', () => {
    for (const quote of seed.quotesOf(ARTICLE)) {
      const node = json(quoteJsonLd(ld, quote.id));
      const speaker = seed.sources.get(quote.data.speaker);
      if (speaker && ['report', 'post'].includes(speaker.data.kind)) expect(node, quote.id).not.toHaveProperty('spokenByCharacter');
      else expect(node['spokenByCharacter']['@id'], quote.id).toBe(`${SITE}sources/${quote.data.speaker}/#source`);
    }
  });

  it('describes a post as a work by its author, dated as the content dates it', () => {
    expect(json(sourceJsonLd(ld, 'tameem-bahiss-post'))).toMatchObject({
      '@type': 'SocialMediaPosting',
      author: { '@type': 'Person', name: 'Tameem Bahiss' },
      datePublished: '2025-10-28',
    });
    expect(json(sourceJsonLd(ld, 'tameem-bahiss'))['alternateName']).toContain('تمیم باحث');
  });
});

describe('serialisation', () => {
  it('adds the context to one node and wraps several in a graph', () => {
    expect(withContext(claimJsonLd(ld, 'india-to-blame'))).toMatchObject({ '@context': 'https://schema.org', '@type': 'Claim' });
    const graph = json(withContext([claimJsonLd(ld, 'india-to-blame'), quoteJsonLd(ld, 'venomous')]));
    expect(graph['@graph'].map((n: Record<string, any>) => n['@type'])).toEqual(['Claim', 'Quotation']);
  });

  it('cannot close its script element early, whatever the content says', () => {
    const text = serializeJsonLd({ text: 'a </script><script>alert(1)</script> b\u2028' });
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text)).toEqual({ text: 'a </script><script>alert(1)</script> b\u2028' });
  });
});

describe('chains name their sources', () => {
  const corpus = makeCorpus({
    body: 'The agency said, according to Geo News, that he emphasised the talks had failed, in a statement.',
    sources: {
      'geo-news': { name: 'Geo News', kind: 'outlet' },
      asif: { name: 'Khawaja Asif' },
      'asif-statement': { name: "The minister's statement", kind: 'report' },
    },
    claims: {
      failed: {
        attribution: [
          { source: 'geo-news', verb: 'according to' },
          { source: 'asif', verb: 'emphasised', as: 'he', venue: 'asif-statement', venueAs: 'in a statement' },
        ],
        anchor: { exact: 'the talks had failed' },
      },
      named: {
        attribution: [{ source: 'asif', verb: 'said', as: 'Khawaja Asif', venue: 'geo-news', venueAs: 'according to Geo News' }],
        anchor: { exact: 'The agency said' },
      },
      bare: { attribution: [{ source: 'asif', verb: 'said', venue: 'geo-news' }], anchor: { exact: 'The agency' } },
    },
  });
  const fixture = ldContext(indexOf(corpus), SITE, noHistory);
  const descriptions = (id: string) => json(claimJsonLd(fixture, id))['appearance'].map((a: Record<string, any>) => a['description']);

  it("gives each link the source's name, with the article's wording beside it, and the venue in the article's words", () => {
    expect(descriptions('failed')).toEqual([
      'Link 1 of the chain: according to Geo News.',
      "Link 2 of the chain: Khawaja Asif (“he” in the article) emphasised in a statement (The minister's statement).",
    ]);
  });

  it('adds no wording when the article uses the name, and makes up no preposition for a venue it does not word', () => {
    expect(descriptions('named')).toEqual(['Link 1 of the chain: Khawaja Asif said according to Geo News.']);
    expect(descriptions('bare')).toEqual(['Link 1 of the chain: Khawaja Asif said (venue: Geo News).']);
  });
});

describe('outlet, agency and corrections', () => {
  const corpus = makeCorpus({
    body: 'The port says the fees were paid.',
    sources: { port: { name: 'Port authority', kind: 'organisation' } },
    claims: {
      fees: {
        attribution: [{ source: 'port', verb: 'says' }],
        anchor: { exact: 'the fees were paid' },
        corrections: [
          { date: '2025-11-03', kind: 'correction', was: 'The claim was attributed to the city.', now: 'It is attributed to the port authority.' },
          { date: '2025-11-09', kind: 'update', was: 'No reply from the city.', now: 'The city has replied.' },
        ],
      },
    },
    article: { title: 'Site title', publisher: 'Northcoast News', agency: 'Averin Press Agency', published: '2025-10-28' },
  });

  it('names the outlet as publisher and the agency as sourceOrganization', () => {
    expect(json(articleJsonLd(ldContext(indexOf(corpus), SITE, noHistory), 'a'))).toMatchObject({
      publisher: { '@type': 'Organization', name: 'Northcoast News' },
      sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'Averin Press Agency' },
    });
    expect(json(articleJsonLd(ld, ARTICLE))).not.toHaveProperty('sourceOrganization');
  });

  it('carries each correction as a CorrectionComment, oldest first, and the newest as dateModified without history', () => {
    const node = json(claimJsonLd(ldContext(indexOf(corpus), SITE, noHistory), 'fees'));
    expect(node['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        name: 'Correction',
        datePublished: '2025-11-03',
        text: 'Corrected. Was: The claim was attributed to the city. Now: It is attributed to the port authority.',
      },
      { '@type': 'CorrectionComment', name: 'Update', datePublished: '2025-11-09', text: 'Updated. Was: No reply from the city. Now: The city has replied.' },
    ]);
    expect(node['dateModified']).toBe('2025-11-09');
  });

  it("takes the file's last commit as dateModified when it is later than every correction", () => {
    const index = indexOf(corpus);
    (index.claims.get('fees') as { file?: string }).file = 'content/claims/fees.md';
    const changed = (files: readonly string[]) => (files[0] === 'content/claims/fees.md' ? new Date('2025-12-01T10:00:00Z') : undefined);
    expect(json(claimJsonLd(ldContext(index, SITE, { changed }), 'fees'))['dateModified']).toBe('2025-12-01T10:00:00.000Z');
    expect(json(claimJsonLd(ld, 'india-to-blame'))).not.toHaveProperty('dateModified');
    expect(json(claimJsonLd(ld, 'india-to-blame'))).not.toHaveProperty('correction');
  });
});
