import { describe, expect, it } from 'vitest';
import { claimsOnPage, paginateTimeline } from '../../src/model/paginate.ts';
import { buildTimeline } from '../../src/model/timeline.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

/** An article of `events` dated events with `perEvent` claims each, and `loose` claims about none. */
function corpus(events: number, perEvent: number, loose = 0) {
  const words = Array.from({ length: events * perEvent + loose + events }, (_, i) => `Word${i}.`);
  const claims: Record<string, Record<string, unknown>> = {};
  const evs: Record<string, Record<string, unknown>> = {};
  let w = 0;
  for (let e = 0; e < events; e++) {
    evs[`e${e}`] = { date: new Date(Date.UTC(2025, 0, 1 + e)).toISOString().slice(0, 10), anchor: { exact: words[w++] } };
    for (let c = 0; c < perEvent; c++) claims[`c${e}-${c}`] = { events: [`e${e}`], anchor: { exact: words[w++] } };
  }
  for (let c = 0; c < loose; c++) claims[`l${c}`] = { anchor: { exact: words[w++] } };
  return indexOf(makeCorpus({ body: words.join(' '), events: evs, claims }));
}

describe('paginateTimeline', () => {
  it('keeps a small timeline on one page', () => {
    const index = corpus(3, 2, 1);
    const { pages } = paginateTimeline(buildTimeline(index, 'a'), 30);
    expect(pages).toHaveLength(1);
    expect(claimsOnPage(pages[0]!)).toHaveLength(7);
  });

  it('never puts more than a page holds, and loses and repeats no claim', () => {
    const index = corpus(40, 5, 30);
    const timeline = buildTimeline(index, 'a');
    const { pages, locate } = paginateTimeline(timeline, 30);
    const seen = pages.flatMap((page) => claimsOnPage(page).map((c) => c.id));
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
    for (const page of pages) {
      const items = [...page.placed, ...page.unplaced].length + claimsOnPage(page).length;
      expect(items).toBeLessThanOrEqual(30);
      for (const claim of claimsOnPage(page)) expect(locate.get(`claim-${claim.id}`)).toBe(page.number);
    }
    // Order is kept across pages: the timeline read page after page.
    expect(seen).toEqual([...timeline.placed.flatMap((e) => e.claims.map((c) => c.id)), ...timeline.unattached.map((c) => c.id)]);
  });

  it('carries an event with too many claims over to the next page, marked as continued', () => {
    const index = corpus(1, 50);
    const { pages, locate } = paginateTimeline(buildTimeline(index, 'a'), 20);
    expect(pages.length).toBe(3);
    expect(pages[1]!.continued.has('e0')).toBe(true);
    expect(pages[0]!.continued.has('e0')).toBe(false);
    expect(locate.get('event-e0')).toBe(1);
    expect(pages.map((p) => claimsOnPage(p).length)).toEqual([19, 19, 12]);
  });
});
