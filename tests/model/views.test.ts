import { describe, expect, it } from 'vitest';
import { countsText } from '../../src/model/views.ts';
import { linkPhrase } from '../../src/model/words.ts';

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
    expect(phrase('according to')).toEqual({ before: 'according to' });
    expect(phrase('بحسب')).toEqual({ before: 'بحسب' });
    expect(phrase('وبحسب')).toEqual({ before: 'وبحسب' });
    expect(phrase('نقلاً عن')).toEqual({ before: 'نقلاً عن' });
    expect(phrase('به گفته')).toEqual({ before: 'به گفته' });
    expect(phrase('Selon')).toEqual({ before: 'Selon' });
    expect(phrase('לפי')).toEqual({ before: 'לפי' });
    expect(phrase('ולפי')).toEqual({ before: 'ולפי' });
    expect(phrase('据')).toEqual({ before: '据' });
    expect(phrase('援引')).toEqual({ before: '援引' });
    expect(phrase('قال')).toEqual({ after: 'قال' });
    expect(phrase('reported')).toEqual({ after: 'reported' });
    // A postposition stays after the name, where its language puts it.
    expect(phrase('کے مطابق')).toEqual({ after: 'کے مطابق' });
  });
});
