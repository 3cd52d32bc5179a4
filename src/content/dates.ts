import type { NormalizedDate } from './schemas/date.ts';

/** The first and last day (as UTC milliseconds) a date could mean, or null when it is unknown. */
export function dateBounds(date: NormalizedDate): { earliest: number; latest: number } | null {
  if (date.value === null) return null;
  const [y, m, d] = date.value.split('-').map(Number) as [number, number | undefined, number | undefined];
  let earliest: number;
  let latest: number;
  if (date.precision === 'day') {
    earliest = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
    latest = earliest;
  } else if (date.precision === 'month') {
    earliest = Date.UTC(y, (m ?? 1) - 1, 1);
    latest = Date.UTC(y, m ?? 1, 0);
  } else {
    earliest = Date.UTC(y, 0, 1);
    latest = Date.UTC(y, 11, 31);
  }
  if (date.qualifier === 'on-or-after') latest = Number.POSITIVE_INFINITY;
  if (date.qualifier === 'on-or-before') earliest = Number.NEGATIVE_INFINITY;
  if (date.qualifier === 'around') {
    earliest = Number.NEGATIVE_INFINITY;
    latest = Number.POSITIVE_INFINITY;
  }
  return { earliest, latest };
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date in words, to its precision only: "Tuesday, 28 Oct 2025", "October 2025", "2025". */
export function formatDate(date: NormalizedDate, style: 'short' | 'long' = 'short'): string {
  if (date.value === null) return 'date not given';
  const [y, m, d] = date.value.split('-').map(Number) as [number, number | undefined, number | undefined];
  let words: string;
  if (date.precision === 'day' && m !== undefined && d !== undefined) {
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    words = `${weekday}, ${d} ${(style === 'short' ? MONTHS_SHORT : MONTHS_LONG)[m - 1]} ${y}`;
  } else if (date.precision === 'month' && m !== undefined) {
    words = `${MONTHS_LONG[m - 1]} ${y}`;
  } else {
    words = String(y);
  }
  const qualifier = { on: '', 'on-or-after': 'on or after ', 'on-or-before': 'on or before ', around: 'around ' }[date.qualifier];
  return `${qualifier}${words}`;
}
