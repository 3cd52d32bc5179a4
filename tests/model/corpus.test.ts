import { describe, expect, it } from 'vitest';
import { facetOptions } from '../../src/model/filters.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

const corpus = makeCorpus({
  body: 'The report says the pact exists. Islamabad denies it. The minister said on TV that it was "false".',
  sources: { report: { kind: 'report' }, islamabad: { kind: 'government' }, minister: {}, tv: { kind: 'outlet' } },
  claims: {
    pact: { attribution: [{ source: 'report', verb: 'says' }], anchor: { exact: 'the pact exists' } },
    denial: {
      kind: 'denial',
      attribution: [{ source: 'islamabad', verb: 'denies' }],
      relations: [{ type: 'contradicts', claim: 'pact' }],
      anchor: { exact: 'Islamabad denies it' },
    },
    false: {
      attribution: [
        { source: 'report', verb: 'says' },
        { source: 'minister', verb: 'said', venue: 'tv' },
      ],
      relations: [{ type: 'supports', claim: 'denial' }],
      anchor: { exact: 'it was "false"' },
    },
    own: { attribution: [], anchor: { exact: 'The report' } },
  },
  quotes: { q: { text: 'false', speaker: 'minister', claims: ['false'] } },
});
const index = indexOf(corpus);

describe('CorpusIndex', () => {
  it('shows a relation from both ends, worded for each', () => {
    expect(index.related('pact').map((r) => [r.label, r.claim.id])).toEqual([['contradicted by', 'denial']]);
    expect(index.related('denial').map((r) => [r.label, r.claim.id])).toEqual([
      ['contradicts', 'pact'],
      ['supported by', 'false'],
    ]);
  });

  it("tells the article's own voice from reports and reports of reports", () => {
    expect(index.voice(index.claims.get('own')!)).toBe('article');
    expect(index.voice(index.claims.get('pact')!)).toBe('reported');
    expect(index.voice(index.claims.get('false')!)).toBe('relayed');
  });

  it('counts every source an article names, the venue a claim was said on among them, as its Source filter offers them', () => {
    const articleId = [...index.articles.keys()][0] as string;
    expect([...index.sourcesNamedIn(articleId)].sort()).toEqual(['islamabad', 'minister', 'report', 'tv']);
    const offered = facetOptions(index, articleId).source.map((option) => option.value);
    expect(offered.every((id) => index.sourcesNamedIn(articleId).has(id))).toBe(true);
  });

  it('knows where each source sits in each chain', () => {
    expect(index.rolesOf('report').map((r) => [r.claim.id, r.role, r.position])).toEqual([
      ['pact', 'speaker', 1],
      ['false', 'relay', 1],
    ]);
    expect(index.rolesOf('tv').map((r) => [r.claim.id, r.role])).toEqual([['false', 'venue']]);
  });

  it('resolves anchors and gives their words in context', () => {
    const context = index.context('claims', 'denial', 'a');
    expect(context?.exact).toBe('Islamabad denies it');
    expect(context?.before.endsWith('exists. ')).toBe(true);
    expect(index.quotesForClaim('false').map((q) => q.id)).toEqual(['q']);
  });
});
