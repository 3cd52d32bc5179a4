import { UNSPACED } from '../content/anchor.ts';

/**
 * Search in scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese). Pagefind splits a page's words at spaces and ASCII punctuation, and finds a word by its
 * beginning, under the language of the page's `<html lang>`: every page here is English, so a run
 * such as 据滨江市政府表示 is one word, found by 据滨江 but never by 市政府. Pagefind segments
 * Chinese and Japanese only for pages in those languages, and a site's search page searches its
 * own language's index alone. So each searched page also gives Pagefind, in an attribute it indexes
 * (`data-pagefind-index-attrs`), each run from every character on, a few characters long: a reader's
 * search for a word inside a run then finds its page. From every character, not from each word as
 * ICU's dictionaries cut them (`Intl.Segmenter`): they take 滨江市政府 as 滨|江|市政府, where a reader
 * searches 政府, and 東京タワー as one word.
 */

/**
 * A run of letters of the scripts written without spaces between words (the content check's list,
 * `UNSPACED`), with the marks that belong to them and the kana's length mark (ー), which is of no script.
 */
const RUN = new RegExp(`(?:${UNSPACED.source}|[\\u30FC\\p{M}])+`, 'gu');

/** Characters (graphemes) a search word holds from its word start: a reader's search of up to this many is found anywhere in a run. */
export const SEARCH_WORD_LENGTH = 6;

/** At most this many search words a page (about 6 KB): a page of long quotes in Chinese stays within its budget. */
export const SEARCH_WORDS_A_PAGE = 300;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The search words of a page's markup (or any text): for each run of unspaced letters, its text from
 * each character (grapheme) on, `SEARCH_WORD_LENGTH` characters long at most, each once, space-separated.
 * Empty when the page has no such run. Letters of these scripts appear in markup only in its text
 * and attribute values, so the markup needs no parsing.
 */
export function searchWords(markup: string): string {
  const found = new Set<string>();
  for (const [run] of markup.matchAll(RUN)) {
    // Marks alone are accents of letters of other scripts (a decomposed é), not a run.
    if (!/\P{M}/u.test(run)) continue;
    const chars = [...graphemes.segment(run)];
    for (let i = 0; i < chars.length; i++) {
      found.add(
        chars
          .slice(i, i + SEARCH_WORD_LENGTH)
          .map((char) => char.segment)
          .join(''),
      );
      if (found.size === SEARCH_WORDS_A_PAGE) return [...found].join(' ');
    }
  }
  return [...found].join(' ');
}
