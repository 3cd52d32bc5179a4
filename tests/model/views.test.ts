import { describe, expect, it } from 'vitest';
import { countsText } from '../../src/model/views.ts';
import { linkPhrase, possessive } from '../../src/model/words.ts';

describe('countsText', () => {
  it('leaves out what a source has none of, so a page never says "0 events"', () => {
    expect(
      countsText([
        [0, 'claim'],
        [1, 'event'],
        [0, 'quote'],
      ]),
    ).toBe('1 event');
    expect(
      countsText([
        [7, 'claim'],
        [0, 'event'],
        [5, 'quote'],
      ]),
    ).toBe('7 claims and 5 quotes');
    expect(
      countsText([
        [3, 'claim'],
        [1, 'event'],
        [2, 'quote'],
      ]),
    ).toBe('3 claims, 1 event and 2 quotes');
  });

  it('says nothing when every count is zero', () => {
    expect(countsText([[0, 'claim']])).toBe('');
  });
});

describe('linkPhrase', () => {
  const phrase = (verb: string) => linkPhrase({ source: 'x', verb });
  it('puts a preposition of attribution before the name in the languages articles come in, and a verb after it', () => {
    for (const verb of [
      ...['according to', 'بحسب', 'وبحسب', 'نقلاً عن', 'به گفته', 'Selon', 'לפי', 'ולפי', '据', '援引'],
      // Persian: "as reported by", the ezafe written three ways, "from the words of".
      ...['به گزارش', 'به گفتۀ', 'به گفته\u200cی', 'به نوشتهٔ', 'از قول'],
      // Vietnamese (as an article starts a sentence with it, too), Thai (with its joined "and").
      ...['theo', 'Theo', 'Theo lời', 'ตาม', 'ตามรายงานของ', 'ตามข้อมูลของ', 'อ้างอิง', 'และตามรายงานของ'],
      ...['Menurut', 'menurut', 'По словам', 'по данным', 'Согласно', 'Según', 'De acordo com', 'Stando a', 'Laut', 'Nach Angaben von'],
    ])
      expect(phrase(verb), verb).toEqual({ before: verb });
    // A verb, and a postposition (کے مطابق, Turkish göre, German zufolge), stay after the name,
    // where their language puts them.
    for (const verb of ['قال', 'reported', 'کے مطابق', 'göre', 'aktardığına göre', 'zufolge', 'cho biết', 'dẫn lời', 'กล่าวว่า', 'ระบุ'])
      expect(phrase(verb), verb).toEqual({ after: verb });
  });
});

describe('possessive', () => {
  it('takes the apostrophe alone after a name ending in s', () => {
    expect(possessive('Khawaja Asif')).toBe("Khawaja Asif's");
    expect(possessive('Torkham customs officials')).toBe("Torkham customs officials'");
  });
});
