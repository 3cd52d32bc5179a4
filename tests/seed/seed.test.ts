import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { sentenceCoverage } from '../../src/content/coverage.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { textDirection } from '../../src/model/text-direction.ts';
import { normalizeDate } from '../../src/content/schemas/date.ts';
import { TWO_STORIES } from '../support/two-stories.ts';

/** The seed article as it sits in content/: the analysis must be complete, verbatim and invent nothing. */
const ARTICLE = 'pakistan-afghanistan-talks';
const result = checkContent(TWO_STORIES);
const index = CorpusIndex.fromCheck(result);
const text = index.texts.get(ARTICLE) ?? '';

describe('the seed analysis', () => {
  it('passes every content check', () => {
    expect(result.problems).toEqual([]);
    expect(result.corpus.claims.length).toBeGreaterThan(10);
  });

  it('keeps the article text verbatim, curly and straight quotes as printed', () => {
    expect(text).toContain("not India's fault—as Islamabad has claimed—but");
    expect(text).toContain('“It’s not entirely clear what each side’s intentions were.');
    expect(text).toContain('with a "foreign country".');
    expect(text).toContain('with a “foreign country” that');
    expect(text.split('\n')).toHaveLength(10);
  });

  it('covers every sentence with a claim, a quote or an event', () => {
    const sentences = sentenceCoverage(text, [...index.ranges.values()]);
    expect(sentences.length).toBeGreaterThanOrEqual(12);
    expect(sentences.filter((s) => !s.covered).map((s) => s.text)).toEqual([]);
  });

  it('quotes the article character for character', () => {
    for (const quote of index.quotesOf(ARTICLE)) {
      const range = index.range('quotes', quote.id);
      expect(range, quote.id).toBeDefined();
      expect(text.slice(range!.start, range!.end)).toBe(quote.data.text);
    }
  });

  it('states nothing as established: every claim is unverified', () => {
    expect(index.claimsOf(ARTICLE).every((claim) => claim.data.status === 'unverified')).toBe(true);
  });

  it('gives the embedded post no words: only its byline and date', () => {
    const post = index.sources.get('tameem-bahiss-post');
    expect(post?.data.kind).toBe('post');
    expect(normalizeDate(post?.data.date)).toMatchObject({ value: '2025-10-28', precision: 'day', inferred: false });
    expect(index.rolesOf('tameem-bahiss-post')).toEqual([]);
    expect(index.quotesBySpeaker('tameem-bahiss-post')).toEqual([]);
    expect(index.quotesBySpeaker('tameem-bahiss')).toEqual([]);
  });

  it('shows "Tuesday" as 28 October 2025 only by inference', () => {
    const failure = index.events.get('talks-fail');
    expect(index.dateOf(failure!)).toMatchObject({ value: '2025-10-28', precision: 'day', inferred: true, text: 'Tuesday' });
  });

  it('keeps the Arabic-script name in its script, marked right to left', () => {
    const name = index.sources.get('tameem-bahiss')?.data.nativeName;
    expect(name).toEqual({ text: 'تمیم باحث', lang: 'fa' });
    expect(textDirection(name!.text)).toBe('rtl');
  });

  it('does not name a publisher the text does not name', () => {
    const article = index.articles.get(ARTICLE)!;
    expect(article.data.publisher).toBeNull();
    expect(article.data.headline).toBeNull();
  });
});
