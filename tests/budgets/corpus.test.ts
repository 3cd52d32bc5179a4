/**
 * The benchmark's synthetic corpus (scripts/bench/corpus.ts) must stay a corpus the site accepts,
 * and keep the variety of a real analysis, or `npm run bench` measures something no editor writes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type SyntheticCorpus } from '../../scripts/bench/corpus.ts';
import { madeUpName } from '../../scripts/bench/random.ts';
import { checkContent } from '../../src/content/check.ts';
import { precisionOf } from '../../src/content/schemas/date.ts';

describe('the benchmark corpus', () => {
  let root: string;
  let corpus: SyntheticCorpus;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'claimline-corpus-'));
    corpus = generateCorpus({ articles: 12 });
    writeCorpus(corpus, join(root, 'content'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the content check that the build runs, every anchor verified', () => {
    const { problems, corpus: checked, analysis } = checkContent(root);
    expect(problems).toEqual([]);
    expect(checked.claims).toHaveLength(corpus.claims.length);
    const anchoredEvents = corpus.events.filter((event) => event.data['anchor']).length;
    expect(analysis.ranges.size).toBe(corpus.claims.length + corpus.quotes.length + anchoredEvents);
  });

  it('is the same corpus on every run', () => {
    const again = generateCorpus({ articles: 12 });
    expect(again.articles.map((a) => a.body)).toEqual(corpus.articles.map((a) => a.body));
    expect(again.claims.map((c) => c.data)).toEqual(corpus.claims.map((c) => c.data));
  });

  it('has about 20 claims an article, with chains of every length from 0 to 3', () => {
    expect(corpus.claims.length / corpus.articles.length).toBeGreaterThan(17);
    expect(corpus.claims.length / corpus.articles.length).toBeLessThan(23);
    const lengths = new Set(corpus.claims.map((claim) => (claim.data['attribution'] as unknown[]).length));
    expect([...lengths].sort()).toEqual([0, 1, 2, 3]);
  });

  it('has events dated to a day, a month and a year, undated ones, and `after` order', () => {
    const dateOf = (date: unknown) =>
      typeof date === 'object' && date !== null ? String((date as { value: unknown }).value) : date === undefined ? 'none' : String(date);
    const precisions = new Set(corpus.events.map((event) => dateOf(event.data['date'])).map((value) => (value === 'none' ? 'none' : precisionOf(value))));
    expect([...precisions].sort()).toEqual(['day', 'month', 'none', 'unknown', 'year']);
    expect(corpus.events.some((event) => (event.data['after'] as unknown[] | undefined)?.length)).toBe(true);
  });

  it('has relations, quotes that carry claims, sources shared across articles, and notes with cross-links', () => {
    expect(corpus.claims.some((claim) => claim.data['relations'])).toBe(true);
    expect(corpus.quotes.some((quote) => quote.data['claims'])).toBe(true);
    expect(corpus.claims.some((claim) => claim.body.includes(':claim['))).toBe(true);
    const articlesBySource = new Map<string, Set<string>>();
    for (const claim of corpus.claims) {
      for (const link of claim.data['attribution'] as { source: string }[]) {
        articlesBySource.set(link.source, (articlesBySource.get(link.source) ?? new Set()).add(String(claim.data['article'])));
      }
    }
    expect(Math.max(...[...articlesBySource.values()].map((set) => set.size))).toBeGreaterThan(1);
  });
});

describe('made-up names', () => {
  it('are all different, so an anchor that carries one occurs once', () => {
    const names = Array.from({ length: 50_000 }, (_, n) => madeUpName(n));
    expect(new Set(names).size).toBe(names.length);
  });
});
