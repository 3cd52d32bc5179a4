import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageSlice } from '../../src/model/listings.ts';

describe('lists cut into pages', () => {
  it('give a route to every page after the first, and none when one page holds the list', () => {
    expect(laterPages(pageCount(0, 20))).toEqual([]);
    expect(laterPages(pageCount(20, 20))).toEqual([]);
    expect(laterPages(pageCount(41, 20)).map(({ params }) => params.n)).toEqual(['2', '3']);
  });

  it('show each item on exactly one page', () => {
    const items = Array.from({ length: 41 }, (_, i) => i);
    const pages = pageCount(items.length, 20);
    expect(Array.from({ length: pages }, (_, i) => pageSlice(items, i + 1, 20)).flat()).toEqual(items);
  });
});
