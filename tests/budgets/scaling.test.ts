/**
 * Long articles with many claims: anchors are resolved through an index past a certain length and
 * the marking plugin sweeps the text once (issue 6). What a reader would notice if either broke:
 * an anchor found where it is not, or missed where it is; a claim left unmarked or marked twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { findQuote } from '../../src/content/anchor.ts';
import { articleText, articleTree } from '../../src/content/article-text.ts';
import { markText, toHtml } from '../../src/model/text.ts';
import type { Annotation } from '../../src/plugins/rehype-annotate.ts';

/** Every offset of `exact` in `text`, overlapping ones included: the definition, by plain scanning. */
function scan(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) out.push(at);
  return out;
}

describe('anchors in long texts', () => {
  // Few letters, so that passages repeat and overlap; long, so that the index is used.
  const longText = fc
    .array(fc.constantFrom('ab', 'ba', 'a', 'the ', 'According to ', '\n', 'x'), { minLength: 8_000, maxLength: 12_000 })
    .map((parts) => parts.join(''));

  it('finds exactly the offsets a plain scan finds, overlapping ones included', () => {
    fc.assert(
      fc.property(longText, fc.nat(), fc.integer({ min: 1, max: 40 }), (text, start, length) => {
        const from = start % text.length;
        const exact = text.slice(from, from + length);
        expect(findQuote(text, { exact })).toEqual(scan(text, exact));
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('finds nothing for words that are not there, and keeps prefix and suffix exact', () => {
    fc.assert(
      fc.property(longText, fc.nat(), (text, start) => {
        const from = start % Math.max(1, text.length - 30);
        const exact = text.slice(from + 10, from + 30);
        const prefix = text.slice(from, from + 10);
        const expected = scan(text, exact).filter((at) => text.endsWith(prefix, at));
        expect(findQuote(text, { exact, prefix })).toEqual(expected);
        expect(findQuote(text, { exact: `${exact}zzz` })).toEqual([]);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

describe('an article with a thousand claims', () => {
  const corpus = generateCorpus({ articles: 1, claimsPerArticle: 1_000, seed: 61 });
  const article = corpus.articles[0];
  if (!article) throw new Error('The generator made no article.');

  it('resolves every anchor to the one place it occurs', () => {
    const text = articleText(article.body);
    expect(text.length).toBeGreaterThan(100_000);
    for (const claim of corpus.claims) {
      const { exact } = claim.data['anchor'] as { exact: string };
      expect(findQuote(text, { exact })).toEqual(scan(text, exact));
    }
  });

  it('marks every claim in the text once, each followed by its marker link', () => {
    const text = articleText(article.body);
    const annotations: Annotation[] = corpus.claims.map((claim, i) => {
      const { exact } = claim.data['anchor'] as { exact: string };
      const [start = -1] = findQuote(text, { exact });
      return { id: `claim-${claim.id}`, range: { start, end: start + exact.length }, kind: 'claim', marker: `C${i + 1}`, label: `Claim C${i + 1}` };
    });
    const html = toHtml(markText(articleTree(article.body), annotations));
    const ids = [...html.matchAll(/id="text-claim-([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(corpus.claims.length);
    expect(new Set(ids).size).toBe(corpus.claims.length);
    expect([...html.matchAll(/aria-label="Claim C\d+"/g)]).toHaveLength(corpus.claims.length);
  });
});
