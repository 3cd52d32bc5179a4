import { describe, expect, it } from 'vitest';
import { SEARCH_WORD_LENGTH, SEARCH_WORDS_A_PAGE, searchWords } from '../../src/model/search-words.ts';

describe('the search words of a page', () => {
  it('cut each run of Chinese from every character on, so a word inside the run is the start of one of them', () => {
    const words = searchWords('<p lang="zh">据滨江市政府表示，老桥将于下月关闭</p>').split(' ');
    expect(words).toContain('据滨江市政府');
    for (const inside of ['市政府', '政府', '下月关闭', '关闭'])
      expect(
        words.some((word) => word.startsWith(inside)),
        inside,
      ).toBe(true);
    // Punctuation ends a run: no word runs across the comma.
    expect(words.some((word) => word.includes('示老'))).toBe(false);
    expect(Math.max(...words.map((word) => [...word].length))).toBe(SEARCH_WORD_LENGTH);
  });

  it('read Japanese kana and Thai as runs too, cutting only between whole characters', () => {
    const japanese = searchWords('東京タワーへ行きました').split(' ');
    expect(japanese.some((word) => word.startsWith('タワー'))).toBe(true);
    const thai = searchWords('ภาษาไทยง่ายนิดเดียว').split(' ');
    expect(thai.some((word) => word.startsWith('ง่าย'))).toBe(true);
    // ่ and า are marks of the letter before them: no word starts with one.
    expect(thai.every((word) => !/^\p{M}/u.test(word))).toBe(true);
  });

  it('are none for text written with spaces, markup, or a decomposed accent', () => {
    expect(searchWords('<a href="/claims/x/" class="chain">The ministry said</a> café cafe\u0301 وزارت نے کہا Министерство')).toBe('');
  });

  it('are each given once, and at most a page’s worth', () => {
    expect(searchWords('政府 政府 政府')).toBe('政府 府');
    const long = Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(searchWords(long).split(' ')).toHaveLength(SEARCH_WORDS_A_PAGE);
  });
});
