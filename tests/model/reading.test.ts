/**
 * What a reader meets in any language and on any record: excerpts cut between words, quotes in the
 * article's own marks, the direction a language reads in, corrections in order with their notice.
 */
import { describe, expect, it } from 'vitest';
import { printedMarks } from '../../src/model/article.ts';
import { correctionsView, siteCorrections } from '../../src/model/corrections.ts';
import { editorTextAttrs, languageDirection, textLanguage } from '../../src/model/text-direction.ts';
import { cutAtWord } from '../../src/model/words.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';

describe('excerpts', () => {
  it('cut a long text between words, never inside one, in any script', () => {
    expect(cutAtWord('According to Tolo Today, officials said', 22)).toBe('According to Tolo…');
    // Thai has no spaces: the segmenter finds its words.
    const thai = cutAtWord('การเจรจาสันติภาพล้มเหลวเมื่อวันอังคาร', 12, 'th');
    expect('การเจรจาสันติภาพล้มเหลวเมื่อวันอังคาร'.startsWith(thai.slice(0, -1))).toBe(true);
    expect(['การเจรจา…', 'การ…']).toContain(thai);
    expect(cutAtWord('short', 10)).toBe('short');
  });

  it('show the whole sentence around a claim, with the words that say whose it is', () => {
    const index = indexOf(
      makeCorpus({
        body: 'It rained. Officials said the contract, according to the Averin Daily Ledger and to Tolo Today, had not been cancelled at all, as per a TOLONews report. Next.\n\nNext.',
        claims: { c: { anchor: { exact: 'had not been cancelled' } } },
      }),
    );
    const context = index.context('claims', 'c', 'a', 20);
    expect(context?.exact).toBe('had not been cancelled');
    expect(context?.before).toBe('…Officials said the contract, according to the Averin Daily Ledger and to Tolo Today, ');
    expect(context?.after).toBe(' at all, as per a TOLONews report.…');
  });

  it('cut a sentence too long to show whole between words, within its paragraph', () => {
    const long = `${'The officials, '.repeat(20)}who spoke at length, said the contract had not been cancelled at all ${'and more words follow it '.repeat(12)}here.`;
    const index = indexOf(makeCorpus({ body: `${long}\n\nNext.`, claims: { c: { anchor: { exact: 'had not been cancelled' } } } }));
    const context = index.context('claims', 'c', 'a', 20);
    expect(context?.before).toBe('…, said the contract ');
    expect(context?.after).toBe(' at all and more…');
  });
});

describe('quotation marks', () => {
  const text = 'He said "pulling the strings" and «a lie» and ”ہم نے کیا“ and then: no marks here.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  it('are the ones the article prints around the words', () => {
    expect(printedMarks(text, at('pulling the strings'), 'pulling the strings')).toEqual({ open: '"', close: '"' });
    expect(printedMarks(text, at('a lie'), 'a lie')).toEqual({ open: '«', close: '»' });
    expect(printedMarks(text, at('ہم نے کیا'), 'ہم نے کیا')).toEqual({ open: '”', close: '“' });
  });
  it('keep the space French prints inside its guillemets, as one no line breaks at', () => {
    const french = 'Il a parlé d’« une erreur grave » et de «\u202Fun accord\u202F» hier.';
    const where = (words: string) => ({ start: french.indexOf(words), end: french.indexOf(words) + words.length });
    expect(printedMarks(french, where('une erreur grave'), 'une erreur grave')).toEqual({ open: '«\u00A0', close: '\u00A0»' });
    expect(printedMarks(french, where('un accord'), 'un accord')).toEqual({ open: '«\u202F', close: '\u202F»' });
    // A space with no mark beyond it is no mark: the site's own.
    expect(printedMarks(french, where('a parlé'), 'a parlé')).toEqual({ open: '“', close: '”' });
  });
  it("are the site's only where the article prints none, and none where the words carry their own", () => {
    expect(printedMarks(text, at('no marks'), 'no marks')).toEqual({ open: '“', close: '”' });
    expect(printedMarks(text, at('"pulling the strings"'), '"pulling the strings"')).toEqual({ open: '', close: '' });
  });
});

describe('direction', () => {
  it("follows the language's script, whatever the tag", () => {
    for (const tag of ['ur', 'ar', 'fa', 'ps-AF', 'he', 'az-Arab', 'dv']) expect(languageDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'zh', 'az', 'hi', 'ru']) expect(languageDirection(tag), tag).toBe('ltr');
  });

  it("gives an editor's text in the article's letters the article's language, so a screen reader speaks it so", () => {
    expect(editorTextAttrs('川辺北橋の橋脚にひびが見つかった', textLanguage('ja'))).toEqual({ lang: 'ja' });
    expect(editorTextAttrs('स्कूल का समय बदला जाएगा', textLanguage('hi'))).toEqual({ lang: 'hi' });
    expect(editorTextAttrs('کونسل نے نرخ نہیں بڑھائے', textLanguage('ur'))).toEqual({ lang: 'ur', dir: 'rtl' });
    // In the site's own language and letters: the page's `lang` holds, nothing is added.
    expect(editorTextAttrs('Cracks were found in the bridge', textLanguage('ja'))).toEqual({});
    expect(editorTextAttrs('Le conseil dément', textLanguage('fr'))).toEqual({});
    // Right-to-left letters in an article of another language: their direction, not a language guessed.
    expect(editorTextAttrs('نور آباد', textLanguage('en'))).toEqual({ dir: 'rtl' });
    expect(editorTextAttrs('Москва', textLanguage('en'))).toEqual({});
  });
});

describe('corrections', () => {
  const update = { date: '2025-11-05', kind: 'update' as const, was: 'b', now: 'B' };
  const correction = { date: '2025-11-03', kind: 'correction' as const, was: 'a', now: 'A' };
  const corrections = [update, correction];
  it('are listed oldest first, under a notice of the latest of each kind', () => {
    const view = correctionsView(corrections);
    expect(view?.list.map((c) => c.day)).toEqual(['3 Nov 2025', '5 Nov 2025']);
    expect(view?.notice).toBe('Updated on 5 Nov 2025; corrected on 3 Nov 2025');
    expect(correctionsView([])).toBeUndefined();
  });

  it("are listed for the whole site newest first, each with its record's page and a claim with who claims it", () => {
    const index = indexOf(
      makeCorpus({
        body: 'Officials said the fees were paid.',
        sources: { officials: { name: 'City officials', kind: 'government', corrections: [correction] } },
        claims: {
          paid: {
            statement: 'The fees were paid.',
            attribution: [{ source: 'officials', verb: 'said' }],
            anchor: { exact: 'the fees were paid' },
            corrections: [update],
          },
        },
      }),
    );
    expect(siteCorrections(index, '/x/').map((c) => [c.date, c.record, c.title, c.page])).toEqual([
      ['2025-11-05', 'Claim', 'According to City officials: The fees were paid.', '/x/claims/paid/'],
      ['2025-11-03', 'Source', 'City officials', '/x/sources/officials/'],
    ]);
  });
});
