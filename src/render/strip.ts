import type { NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import { dateBounds, formatDate } from '../content/dates.ts';
import { textWidth, wrapText } from './graph-layout.ts';
import type { Rec } from '../model/corpus.ts';
import type { Timeline } from '../model/timeline.ts';

/**
 * The timeline strip: a time axis with each dated event at its date, and the undated events below
 * it in the order the timeline gives them. Placement only, in pixels; the component draws it.
 *
 * A day is a tick, a month or a year a band as wide as the time it could mean: the picture never
 * shows a date as more precise than the article makes it. Labels start at the left edge and wrap
 * short, so on a 320 px screen every label can be read without scrolling; only the far end of the
 * axis may need it.
 */

export interface StripOptions {
  /** Width of the drawing in CSS pixels. Default: 480. */
  width?: number;
  /** Widest a label line may be. Default: 270. */
  labelWidth?: number;
}

export interface StripTick {
  x: number;
  label: string;
}

export interface DatedMark {
  event: Rec<EventData>;
  date: NormalizedDate;
  /** A day is a tick; a month or a year is a band. */
  shape: 'tick' | 'band';
  /** The tick's position, or the band's left edge. */
  x: number;
  /** The band's width; 0 for a tick. */
  width: number;
  inferred: boolean;
  /** Top of this event's row, and its height. */
  y: number;
  height: number;
  /** The event's title, wrapped. */
  lines: string[];
  /** The date in words, with "inferred" when it is: "Tuesday, 28 Oct 2025 · inferred". */
  when: string;
}

export interface UndatedMark {
  event: Rec<EventData>;
  date: NormalizedDate;
  /** 1-based, in the timeline's order. */
  order: number;
  /** True when `after` links tie it to the dated events; false for events not placed in time. */
  placed: boolean;
  y: number;
  height: number;
  lines: string[];
}

export interface Strip {
  width: number;
  height: number;
  axis: { x0: number; x1: number; y: number; ticks: StripTick[] };
  dated: DatedMark[];
  undated: UndatedMark[];
  /** Where the undated lane and its "not placed" part begin (their headings), when they exist. */
  undatedTop?: number | undefined;
  unplacedTop?: number | undefined;
}

export const STRIP_TEXT = { size: 12, line: 16, pad: 10, lane: 22, heading: 26 } as const;

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The span a date's own value covers, ignoring "on or before" and the like: [start, end) in UTC ms. */
export function dateSpan(date: NormalizedDate): { start: number; end: number } | null {
  const bounds = dateBounds({ ...date, qualifier: 'on' });
  return bounds ? { start: bounds.earliest, end: bounds.latest + DAY } : null;
}

/** Tick marks for a span: days, months or years, few enough to label. */
function ticks(start: number, end: number): { at: number; label: string }[] {
  const days = (end - start) / DAY;
  const out: { at: number; label: string }[] = [];
  const first = new Date(start);
  if (days <= 62) {
    const step = Math.max(1, Math.ceil(days / 7));
    let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    if (d < start) d += DAY;
    for (let i = 0; d < end; d += DAY, i++) {
      if (i % step !== 0) continue;
      const date = new Date(d);
      out.push({ at: d + DAY / 2, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
    }
  } else if (days <= 3 * 366) {
    const step = Math.max(1, Math.ceil(days / 30 / 6));
    const year = first.getUTCFullYear();
    let month = first.getUTCMonth() + (Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) < start ? 1 : 0);
    // Date.UTC carries month 12 over into January of the next year.
    for (let i = 0; Date.UTC(year, month, 1) < end; month++, i++) {
      if (i % step !== 0) continue;
      const at = Date.UTC(year, month, 1);
      const date = new Date(at);
      out.push({ at, label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` });
    }
  } else {
    const step = Math.max(1, Math.ceil(days / 365 / 6));
    for (let y = first.getUTCFullYear() + (Date.UTC(first.getUTCFullYear(), 0, 1) < start ? 1 : 0); Date.UTC(y, 0, 1) < end; y += step) {
      out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
    }
  }
  return out;
}

/** Place an article's events on the strip, from the timeline as `buildTimeline` orders it. */
export function placeStrip(timeline: Timeline, options: StripOptions = {}): Strip {
  const width = options.width ?? 480;
  const labelWidth = options.labelWidth ?? 270;
  const { size, line, pad, lane, heading } = STRIP_TEXT;
  const entries = [...timeline.placed, ...timeline.unplaced];
  const datedEntries = entries
    .map((entry) => ({ entry, span: dateSpan(entry.date) }))
    .filter((d): d is { entry: (typeof entries)[number]; span: { start: number; end: number } } => d.span !== null);

  let start = Math.min(...datedEntries.map((d) => d.span.start));
  let end = Math.max(...datedEntries.map((d) => d.span.end));
  if (datedEntries.length === 0) {
    start = 0;
    end = DAY;
  }
  // At least a week, so that a single day reads as a day in time and not as the whole axis.
  const minimum = 7 * DAY;
  if (end - start < minimum) {
    const grow = (minimum - (end - start)) / 2;
    start -= Math.ceil(grow / DAY) * DAY;
    end += Math.ceil(grow / DAY) * DAY;
  }
  const x0 = pad + 4;
  const x1 = width - pad - 4;
  const scale = (ms: number) => x0 + ((ms - start) / (end - start)) * (x1 - x0);
  const axisY = heading;

  // With no dated event there is no axis: the undated lane starts at the top.
  let y = datedEntries.length > 0 ? axisY + 12 : 0;
  const dated: DatedMark[] = datedEntries
    .sort((a, b) => a.span.start - b.span.start || entries.indexOf(a.entry) - entries.indexOf(b.entry))
    .map(({ entry, span }) => {
      const band = entry.date.precision !== 'day';
      const lines = wrapText(entry.event.data.title, size, labelWidth);
      const when = `${formatDate(entry.date)}${entry.date.inferred ? ' · inferred' : ''}`;
      const height = lane + (lines.length + 1) * line + 8;
      const mark: DatedMark = {
        event: entry.event,
        date: entry.date,
        shape: band ? 'band' : 'tick',
        x: band ? scale(span.start) : scale(span.start + DAY / 2),
        width: band ? scale(span.end) - scale(span.start) : 0,
        inferred: entry.date.inferred,
        y,
        height,
        lines,
        when,
      };
      y += height;
      return mark;
    });

  const undatedEntries = entries.filter((entry) => dateSpan(entry.date) === null);
  const placedIds = new Set(timeline.placed.map((e) => e.event.id));
  let undatedTop: number | undefined;
  let unplacedTop: number | undefined;
  const undated: UndatedMark[] = [];
  undatedEntries.forEach((entry, i) => {
    const placed = placedIds.has(entry.event.id);
    if (i === 0) {
      y += 6;
      undatedTop = y;
      // The lane's heading, "No date given", is drawn only over events the timeline orders.
      if (placed) y += heading;
    }
    if (!placed && unplacedTop === undefined) {
      unplacedTop = y;
      y += heading;
    }
    // The number sits in a circle before the label: the label wraps a little shorter.
    const lines = wrapText(entry.event.data.title, size, labelWidth - 26);
    const height = lines.length * line + 8;
    undated.push({ event: entry.event, date: entry.date, order: i + 1, placed, y, height, lines });
    y += height;
  });

  return {
    width,
    height: Math.ceil(y + pad),
    axis: { x0, x1, y: axisY, ticks: ticks(start, end).map((t) => ({ x: scale(t.at), label: t.label })) },
    dated,
    undated,
    undatedTop,
    unplacedTop,
  };
}

/** The strip in one or two sentences, for its caption: the same facts as the picture. */
export function describeStrip(strip: Strip): string {
  const inferred = strip.dated.filter((m) => m.inferred).length;
  const parts: string[] = [];
  if (strip.dated.length > 0) {
    const dates = [...new Set(strip.dated.map((m) => formatDate(m.date)))];
    parts.push(
      `${strip.dated.length} ${strip.dated.length === 1 ? 'event has a date' : 'events have a date'} (${dates.join('; ')})${inferred > 0 ? `, ${inferred} of them inferred, not stated in the article` : ''}.`,
    );
  }
  const ordered = strip.undated.filter((m) => m.placed).length;
  const loose = strip.undated.length - ordered;
  // After the sentence on dated events, "3 have no date"; alone, "3 events have no date".
  const count = (n: number) =>
    `${n}${strip.dated.length > 0 ? '' : n === 1 ? ' event' : ' events'} ${n === 1 ? 'has' : 'have'} no date and ${n === 1 ? 'is' : 'are'}`;
  if (ordered > 0) parts.push(`${count(ordered)} shown in the timeline's order.`);
  if (loose > 0) parts.push(`${count(loose)} not placed in time at all.`);
  return parts.join(' ');
}

/** Exposed for the component: tick labels are centred, so keep the first and last inside the drawing. */
export function tickAnchor(tick: StripTick, strip: Strip): 'start' | 'middle' | 'end' {
  const half = textWidth(tick.label, STRIP_TEXT.size - 1) / 2;
  if (tick.x - half < 0) return 'start';
  if (tick.x + half > strip.width) return 'end';
  return 'middle';
}
