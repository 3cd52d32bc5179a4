import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { describeStrip, placeStrip, STRIP_TEXT, type Strip } from '../../src/render/strip.ts';
import { buildTimeline } from '../../src/model/timeline.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

const body = 'Alpha. Bravo. Charlie. Delta. Echo. Foxtrot. Golf. Hotel.';

function stripOf(events: Record<string, Record<string, unknown>>): Strip {
  return placeStrip(buildTimeline(indexOf(makeCorpus({ body, events })), 'a'));
}

const dated = (strip: Strip, id: string) => {
  const mark = strip.dated.find((m) => m.event.id === id);
  if (!mark) throw new Error(`${id} is not among the dated marks`);
  return mark;
};
const tickX = (strip: Strip, label: string) => strip.axis.ticks.find((t) => t.label === label)?.x;

describe('placeStrip: dated events', () => {
  const strip = stripOf({
    talks: {
      date: { value: '2025-10-28', inferred: 'The post is dated October 28; the article says "Tuesday".', text: 'Tuesday' },
      anchor: { exact: 'Alpha' },
    },
    post: { date: '2025-10-28', anchor: { exact: 'Bravo' } },
    earlier: { date: '2025-10-24', anchor: { exact: 'Charlie' } },
  });

  it('draws a day as a tick on that day of the axis', () => {
    expect(dated(strip, 'post').shape).toBe('tick');
    expect(dated(strip, 'post').width).toBe(0);
    expect(dated(strip, 'post').x).toBeCloseTo(tickX(strip, '28 Oct') as number, 5);
    expect(dated(strip, 'earlier').x).toBeCloseTo(tickX(strip, '24 Oct') as number, 5);
  });

  it('puts two events of one day at one place, each on its own row, earliest date first', () => {
    expect(dated(strip, 'talks').x).toBe(dated(strip, 'post').x);
    expect(strip.dated.map((m) => m.event.id)).toEqual(['earlier', 'talks', 'post']);
    for (let i = 1; i < strip.dated.length; i++) {
      const [above, below] = [strip.dated[i - 1], strip.dated[i]] as [Strip['dated'][number], Strip['dated'][number]];
      expect(above.y + above.height).toBeLessThanOrEqual(below.y);
    }
  });

  it('marks an inferred date as inferred, in words as well as in the drawing', () => {
    expect(dated(strip, 'talks').inferred).toBe(true);
    expect(dated(strip, 'talks').when).toBe('Tuesday, 28 Oct 2025 · inferred');
    expect(dated(strip, 'post').inferred).toBe(false);
    expect(dated(strip, 'post').when).not.toContain('inferred');
    expect(describeStrip(strip)).toContain('1 of them inferred');
  });

  it('keeps every mark on the axis', () => {
    for (const mark of strip.dated) {
      expect(mark.x).toBeGreaterThanOrEqual(strip.axis.x0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(strip.axis.x1);
    }
  });
});

describe('placeStrip: months and years are bands', () => {
  const strip = stripOf({
    october: { date: '2025-10', anchor: { exact: 'Alpha' } },
    november: { date: '2025-11', anchor: { exact: 'Bravo' } },
    day: { date: '2025-10-15', anchor: { exact: 'Charlie' } },
  });

  it('draws a month as a band as long as the month, covering its days', () => {
    const october = dated(strip, 'october');
    const november = dated(strip, 'november');
    const day = dated(strip, 'day');
    expect(october.shape).toBe('band');
    expect(october.x).toBeLessThan(day.x);
    expect(october.x + october.width).toBeGreaterThan(day.x);
    // October has 31 days, November 30: the bands say so.
    expect(october.width / november.width).toBeCloseTo(31 / 30, 5);
    expect(november.x).toBeCloseTo(october.x + october.width, 5);
  });

  it('labels a month in words, never as a day', () => {
    expect(dated(strip, 'october').when).toBe('October 2025');
  });

  it('draws a year as a band holding its months', () => {
    const years = stripOf({
      year: { date: '2024', anchor: { exact: 'Alpha' } },
      march: { date: '2024-03', anchor: { exact: 'Bravo' } },
      later: { date: '2026-06-01', anchor: { exact: 'Charlie' } },
    });
    const year = dated(years, 'year');
    const march = dated(years, 'march');
    expect(year.shape).toBe('band');
    expect(year.x).toBeLessThanOrEqual(march.x);
    expect(year.x + year.width).toBeGreaterThan(march.x + march.width);
    expect(year.width / march.width).toBeCloseTo(366 / 31, 5);
    expect(year.when).toBe('2024');
  });

  it('shows a date with a qualifier at its own value, and says the qualifier', () => {
    const qualified = stripOf({ before: { date: { value: '2025-10', qualifier: 'on-or-before' }, anchor: { exact: 'Alpha' } } });
    expect(dated(qualified, 'before').when).toBe('on or before October 2025');
    expect(dated(qualified, 'before').shape).toBe('band');
    expect(Number.isFinite(dated(qualified, 'before').width)).toBe(true);
  });
});

describe('placeStrip: undated events', () => {
  const events = {
    fail: { date: '2025-10-28', after: ['change'], anchor: { exact: 'Alpha' } },
    change: { after: ['call', 'interest'], anchor: { exact: 'Bravo' } },
    call: { anchor: { exact: 'Charlie' } },
    interest: { date: { value: 'unknown', text: 'earlier' }, anchor: { exact: 'Delta' } },
    deal: { anchor: { exact: 'Echo' } },
  };
  const timeline = buildTimeline(indexOf(makeCorpus({ body, events })), 'a');
  const strip = placeStrip(timeline);

  it('gives them a lane of their own, off the axis, in the order buildTimeline gives', () => {
    const expected = [...timeline.placed, ...timeline.unplaced].filter((e) => e.date.value === null).map((e) => e.event.id);
    expect(strip.undated.map((m) => m.event.id)).toEqual(expected);
    expect(strip.undated.map((m) => m.order)).toEqual(expected.map((_, i) => i + 1));
    expect(strip.dated.map((m) => m.event.id)).toEqual(['fail']);
    const lastDated = strip.dated.at(-1) as Strip['dated'][number];
    for (const mark of strip.undated) expect(mark.y).toBeGreaterThanOrEqual(lastDated.y + lastDated.height);
  });

  it('keeps an event that nothing orders apart, after those in order', () => {
    expect(strip.undated.map((m) => m.placed)).toEqual([true, true, true, false]);
    expect(strip.undated.at(-1)?.event.id).toBe('deal');
    expect(strip.unplacedTop).toBeGreaterThan(strip.undated[2]?.y as number);
    expect(describeStrip(strip)).toContain("3 have no date and are shown in the timeline's order. 1 has no date and is not placed in time at all.");
  });

  it('draws a strip with no dated event at all', () => {
    const only = stripOf({ one: { anchor: { exact: 'Alpha' } }, two: { after: ['one'], anchor: { exact: 'Bravo' } } });
    expect(only.dated).toEqual([]);
    expect(only.undated.map((m) => m.event.id)).toEqual(['one', 'two']);
    expect(only.height).toBeGreaterThan(0);
    // No axis is drawn, and no empty band is left where it would be: the lane's heading comes first.
    expect(only.undatedTop).toBeLessThan(STRIP_TEXT.heading);
    expect(describeStrip(only)).toBe('2 events have no date and are not placed in time at all.');
  });
});

describe('placeStrip on the seed article', () => {
  const seed = CorpusIndex.fromCheck(checkContent('tests/fixtures/corpora/two-stories'));
  const timeline = buildTimeline(seed, 'pakistan-afghanistan-talks');
  const strip = placeStrip(timeline);

  it('shows every event of the timeline once', () => {
    const all = [...timeline.placed, ...timeline.unplaced].map((e) => e.event.id).sort();
    expect([...strip.dated, ...strip.undated].map((m) => m.event.id).sort()).toEqual(all);
  });

  it('shows a single day with at least a week around it, so a day reads as a day', () => {
    expect(strip.axis.ticks.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps every label narrow enough to read on a 320 px screen without scrolling', () => {
    // 320 px less the page's side padding (0.9rem each side) leaves about 290 px.
    for (const mark of [...strip.dated, ...strip.undated]) expect(mark.lines.length).toBeGreaterThan(0);
    const widest = Math.max(...[...strip.dated, ...strip.undated].flatMap((m) => m.lines.map((l) => l.length)));
    expect(widest).toBeLessThan(48);
  });
});
