import { z } from 'astro/zod';
import { bounded, FIELD_BOUNDS as B, issue } from './common.ts';

export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const PrecisionSchema = z.enum(PRECISIONS).describe('How finely the date is known.');
export type Precision = z.infer<typeof PrecisionSchema>;

export const QUALIFIERS = ['on', 'on-or-after', 'on-or-before', 'around'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision a date value carries by its form. */
export function precisionOf(value: string): Precision {
  const match = DATE_VALUE.exec(value);
  if (!match) return 'unknown';
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

/**
 * Some YAML parsers turn an unquoted `2025-10-28` into a Date (and roll `2025-02-30` over to March);
 * others keep the string. Dates are kept as strings from here on. The project's own checker parses
 * YAML without timestamps, so an impossible date is caught before any parser can roll it over.
 */
function toDateString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

const DATE_HELP = 'Write `2025-10-28` for a day, `2025-10` for a month, `2025` for a year, or `unknown`.';

/**
 * Languages whose month names a date in words may be written in: those of most articles, and each
 * written with spaces between words. Vietnamese (`5 tháng 11 năm 2025`) names months by number and
 * is not read here.
 */
const MONTH_LOCALES = ['en', 'en-GB', 'tr', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'id', 'ms', 'ru', 'uk', 'pl', 'cs', 'ro', 'sv', 'da', 'nb'];

/** A month's name as typed in any case, with or without its accents: `Kasım`, `KASIM`, `kasim`; `février`, `fevrier`. */
const foldMonth = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/\.$/, '');

let monthNames: Map<string, number> | undefined;

/**
 * Each month's names in `MONTH_LOCALES`, long and short, by itself and inside a date (Russian and
 * Polish inflect it there: `ноября`, `listopada`), from CLDR through `Intl.DateTimeFormat`, so no
 * list of names is kept here. No name stands for two months across these languages.
 */
function monthIndex(word: string): number | undefined {
  if (!monthNames) {
    monthNames = new Map();
    for (const locale of MONTH_LOCALES) {
      for (let month = 0; month < 12; month++) {
        const day = new Date(Date.UTC(2025, month, 5));
        for (const style of ['long', 'short'] as const) {
          const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(day);
          const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' }).formatToParts(day).find((part) => part.type === 'month')?.value;
          for (const name of [alone, inDate]) if (name && /^\p{L}+\.?$/u.test(name)) monthNames.set(foldMonth(name), month);
        }
      }
    }
  }
  return monthNames.get(foldMonth(word));
}

/**
 * A date written in words, as articles and editors write them, in English (`November 2025`, `Nov
 * 2025`, `5 November 2025`, `November 5, 2025`) or another of `MONTH_LOCALES` (`5 Kasım 2025`,
 * `21 janvier 2025`, `5. November 2025`, `5 de noviembre de 2025`), in the form this site reads
 * (`2025-11`, `2025-11-05`); undefined for anything else, or a day the month does not have.
 */
export function dateFromWords(value: string): string | undefined {
  const month = '(\\p{L}+)\\.?';
  const de = '(?:\\s+de)?';
  const forms = [
    { pattern: new RegExp(`^${month}${de}\\s+(\\d{4})$`, 'iu'), month: 1, year: 2 },
    { pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er|\\.)?${de}\\s+${month}${de},?\\s+(\\d{4})$`, 'iu'), day: 1, month: 2, year: 3 },
    { pattern: new RegExp(`^${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu'), month: 1, day: 2, year: 3 },
  ];
  for (const form of forms) {
    const match = form.pattern.exec(value.trim());
    if (!match) continue;
    const index = monthIndex(match[form.month] as string);
    if (index === undefined) return undefined;
    const year = match[form.year] as string;
    const mm = String(index + 1).padStart(2, '0');
    if (form.day === undefined) return `${year}-${mm}`;
    const day = Number(match[form.day]);
    if (day < 1 || day > daysInMonth(Number(year), index + 1)) return undefined;
    return `${year}-${mm}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * The fix for a date written in digits another way (`14/01/2026`, `2026/1/14`, `14.01.2026`, a
 * date and time) or in words after its weekday (`Wednesday, January 14, 2026`): the date as this
 * site reads it, or both readings of a day and month either could be (`03/04/2026`). Undefined for
 * anything else.
 */
export function dateFix(value: string): string | undefined {
  const text = value.trim().replace(/^\p{L}+,\s*(?=\p{L}|\d)/u, '');
  const words = dateFromWords(text);
  if (words) return `Write \`${words}\`: dates are written in digits, year first.`;
  const day = (y: number, m: number, d: number) =>
    m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
  const time = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(text);
  if (time && DATE_VALUE.test(time[1] as string)) return `Write the day alone, \`${time[1]}\`: the site gives days, not times.`;
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const written = day(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return written ? `Write \`${written}\`: year, month and day, with hyphens and two digits each for the month and the day.` : undefined;
  }
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!yearLast) return undefined;
  const [a, b, y] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  const dayFirst = day(y, b, a);
  const monthFirst = day(y, a, b);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    return `\`${text}\` is ${a} ${MONTHS[b - 1]} where the day comes first, and ${MONTHS[a - 1]} ${b} in the United States: write \`${dayFirst}\` or \`${monthFirst}\`, whichever the article means (year, month, day).`;
  }
  const written = dayFirst ?? monthFirst;
  return written ? `Write \`${written}\`: dates are written in digits, year first.` : undefined;
}

export const DateValueSchema = z.preprocess(
  toDateString,
  z
    .string()
    .superRefine((value, ctx) => {
      if (value === 'unknown') return;
      const match = DATE_VALUE.exec(value);
      if (!match) {
        ctx.addIssue(issue(`\`${value}\` is not a date this site reads.`, dateFix(value) ?? DATE_HELP));
        return;
      }
      const year = Number(match[1]);
      if (match[2] === undefined) return;
      const month = Number(match[2]);
      if (month < 1 || month > 12) {
        ctx.addIssue(issue(`\`${value}\` has no month ${match[2]}.`, `Months run from 01 to 12. ${DATE_HELP}`));
        return;
      }
      if (match[3] === undefined) return;
      const day = Number(match[3]);
      const last = daysInMonth(year, month);
      if (day < 1 || day > last) {
        ctx.addIssue(
          issue(
            `\`${value}\` does not exist: ${MONTHS[month - 1]} ${year} has ${last} days.`,
            `Check the day against the article, or write \`${match[1]}-${match[2]}\` if only the month is known.`,
          ),
        );
      }
    })
    .describe(DATE_HELP),
);

export const DateSchema = z
  .strictObject({
    value: DateValueSchema,
    qualifier: z.enum(QUALIFIERS).default('on').describe('`on` (the default), `on-or-after`, `on-or-before` or `around`.'),
    inferred: bounded(z.string().trim().min(1), B.dateBasis)
      .optional()
      .describe('Only when the text does not give the date: say what it was worked out from. Leave out when the text states it.'),
    text: bounded(z.string().trim().min(1), B.dateText).optional()
      .describe("The article's own words for the date, such as `Tuesday`, copied from its text exactly, capitals included. Leave out when the text has none."),
  })
  .describe(`A date: the short form \`2025-10-28\`, or an object with \`value\`, \`qualifier\`, \`inferred\` and \`text\`. ${DATE_HELP}`);

/** A day, `2025-10-28`: when something the site itself did happened (a correction), which is always known to the day. */
export const DaySchema = DateValueSchema.superRefine((value, ctx) => {
  if (typeof value === 'string' && precisionOf(value) !== 'day' && value !== 'unknown') {
    ctx.addIssue(issue(`\`${value}\` is not a whole day.`, 'Write the day it was made, like `2025-11-03`.'));
  } else if (value === 'unknown') {
    ctx.addIssue(issue('The day cannot be `unknown` here.', 'Write the day it was made, like `2025-11-03`.'));
  }
}).describe('A day, like `2025-11-03`.');

/** Editors may write the short form `date: 2025-10-28`; it means a date the text states. */
export const DateInputSchema = z.preprocess((input) => {
  const value = toDateString(input);
  return typeof value === 'string' ? { value } : value;
}, DateSchema);

export type DateInput = z.infer<typeof DateSchema>;

/** A date as exported and shown: the precision spelled out. */
export const NormalizedDateSchema = z.object({
  value: z.string().nullable().describe('`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown.'),
  precision: PrecisionSchema,
  qualifier: z.enum(QUALIFIERS),
  inferred: z.boolean().describe('True when the text does not state the date and it was worked out.'),
  basis: z.string().optional().describe('What an inferred date was worked out from.'),
  text: z.string().optional().describe("The article's own words for the date."),
});
export type NormalizedDate = z.infer<typeof NormalizedDateSchema>;

export function normalizeDate(date: DateInput | undefined): NormalizedDate {
  const extra = {
    ...(date?.inferred ? { basis: date.inferred } : {}),
    ...(date?.text ? { text: date.text } : {}),
  };
  if (!date || date.value === 'unknown') {
    return { value: null, precision: 'unknown', qualifier: date?.qualifier ?? 'on', inferred: false, ...extra };
  }
  return {
    value: date.value,
    precision: precisionOf(date.value),
    qualifier: date.qualifier,
    inferred: date.inferred !== undefined,
    ...extra,
  };
}
