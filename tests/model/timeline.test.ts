import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/model/timeline.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

const body = 'Alpha happened. Bravo happened. Charlie happened. Delta happened. Echo happened.';
const ids = (entries: { event: { id: string } }[]) => entries.map((e) => e.event.id);

describe('buildTimeline', () => {
  it('orders dated events by date, whatever the order of the text', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          late: { date: '2025-10-28', anchor: { exact: 'Alpha' } },
          early: { date: '2025-10-01', anchor: { exact: 'Bravo' } },
          month: { date: '2025-09', anchor: { exact: 'Charlie' } },
        },
      }),
    );
    expect(ids(buildTimeline(index, 'a').placed)).toEqual(['month', 'early', 'late']);
  });

  it('places an undated event before the dated event it is said to precede', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          failure: { date: '2025-10-28', after: ['call'], anchor: { exact: 'Alpha' } },
          other: { date: '2025-10-20', anchor: { exact: 'Bravo' } },
          call: { anchor: { exact: 'Echo' } },
        },
      }),
    );
    const timeline = buildTimeline(index, 'a');
    expect(ids(timeline.placed)).toEqual(['other', 'call', 'failure']);
    expect(timeline.placed[1]?.date).toMatchObject({ value: null, precision: 'unknown' });
  });

  it('keeps every `after` link true, even against the order of the text', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          first: { anchor: { exact: 'Echo' } },
          second: { after: ['first'], anchor: { exact: 'Alpha' } },
          third: { after: ['second'], date: '2025-10-28', anchor: { exact: 'Bravo' } },
        },
      }),
    );
    expect(ids(buildTimeline(index, 'a').placed)).toEqual(['first', 'second', 'third']);
  });

  it('lists events with neither date nor order apart, in the order of the text', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          dated: { date: '2025-10-28', anchor: { exact: 'Alpha' } },
          loose2: { anchor: { exact: 'Delta' } },
          loose1: { anchor: { exact: 'Bravo' } },
        },
      }),
    );
    const timeline = buildTimeline(index, 'a');
    expect(ids(timeline.placed)).toEqual(['dated']);
    expect(ids(timeline.unplaced)).toEqual(['loose1', 'loose2']);
  });

  it('shows a claim about several events once, under the last of them, and mentions it under the others', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          call: { anchor: { exact: 'Alpha' } },
          change: { after: ['call'], date: '2025-10-28', anchor: { exact: 'Bravo' } },
        },
        claims: {
          both: { events: ['call', 'change'], anchor: { exact: 'Charlie happened' } },
          loose: { anchor: { exact: 'Delta happened' } },
        },
      }),
    );
    const timeline = buildTimeline(index, 'a');
    const [call, change] = timeline.placed;
    expect(call?.claims.map((c) => c.id)).toEqual([]);
    expect(call?.mentions.map((c) => c.id)).toEqual(['both']);
    expect(change?.claims.map((c) => c.id)).toEqual(['both']);
    expect(timeline.unattached.map((c) => c.id)).toEqual(['loose']);
  });

  it('treats an on-or-after date as starting on its day', () => {
    const index = indexOf(
      makeCorpus({
        body,
        events: {
          after: { date: { value: '2025-10-10', qualifier: 'on-or-after' }, anchor: { exact: 'Alpha' } },
          before: { date: '2025-10-05', anchor: { exact: 'Bravo' } },
        },
      }),
    );
    expect(ids(buildTimeline(index, 'a').placed)).toEqual(['before', 'after']);
  });
});
