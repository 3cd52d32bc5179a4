import { describe, expect, it } from 'vitest';
import { countsText } from '../../src/model/views.ts';

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
