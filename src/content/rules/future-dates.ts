import { at, eachRecord, type Rule } from './context.ts';

/** Years the Buddhist era (Thailand's calendar) is ahead of the common era: 2568 BE is 2025. */
const BUDDHIST_ERA = 543;

/**
 * The day that is today somewhere on earth: a date written by an editor at UTC+14 just after
 * midnight is not yet today in UTC, and is not in the future.
 */
function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `value` read as a Buddhist-era date (`2568-01-21` → `2025-01-21`), when that lands in the
 * common era's modern years up to `latestYear`; else none. From 1900 on: a far plan ("by 2030",
 * 1487 less 543) or a typo (`3025`) is no Buddhist-era year.
 */
function fromBuddhistEra(value: string, latestYear: number): string | undefined {
  const year = Number(value.slice(0, 4)) - BUDDHIST_ERA;
  return year >= 1900 && year <= latestYear ? `${year}${value.slice(4)}` : undefined;
}

/**
 * Dates of another calendar, written as if they were the site's (issue: a Thai article dated by
 * the Buddhist era, `published: 2568-01-21`, was listed first on the home page as from the year
 * 2568). Only what lies ahead is looked at: a Persian solar year (1404) is in the past, and is the
 * article's to check against its text.
 *
 * - An article's `published` after today is an error: an article cannot have appeared yet, and the
 *   site would list it as the newest.
 * - An event's or a quote's date may be ahead of today and of the article ("talks set for next
 *   week", a plan for next year), so one is told only when it lies more than a year after its
 *   article's year and reads as a Buddhist-era year of the article's time, and as a warning.
 */
export function futureDates(today: string): Rule {
  return ({ records }) => [
    ...eachRecord(records.articles.values(), (article, report) => {
      const value = article.data.published?.value;
      if (value === undefined || value === 'unknown' || value <= today.slice(0, value.length)) return;
      const era = fromBuddhistEra(value, Number(today.slice(0, 4)));
      report({
        ...at(article, ['published', 'value']),
        message: `\`${value}\` is after today: an article's \`published\` is the day it appeared, and the site would list it as the newest.`,
        fix: era
          ? `If this is a Buddhist-era year, write \`${era}\`: the site counts years in the common era, ${BUDDHIST_ERA} years behind the Buddhist era. Otherwise write the day the article appeared, as the article or its page gives it.`
          : 'Write the day the article appeared, as the article or its page gives it.',
      });
    }),
    ...eachRecord([...records.events.values(), ...records.quotes.values()], (record, report) => {
      const value = record.data.date?.value;
      const published = record.data.article === undefined ? undefined : records.articles.get(record.data.article)?.data.published?.value;
      if (value === undefined || value === 'unknown' || published === undefined || published === 'unknown') return;
      const window = Number(published.slice(0, 4)) + 1;
      const era = Number(value.slice(0, 4)) > window ? fromBuddhistEra(value, window) : undefined;
      if (!era) return;
      report({
        ...at(record, ['date', 'value']),
        severity: 'warning',
        message: `\`${value}\` is more than a year after the article \`${record.data.article}\` appeared (${published}).`,
        fix: `If this is a Buddhist-era year, write \`${era}\`: the site counts years in the common era, ${BUDDHIST_ERA} years behind the Buddhist era. If the article does set it that far ahead, leave it.`,
      });
    }),
  ];
}

/** The rule as the check runs it, with today's date. */
export const futureDatesToday: Rule = (context) => futureDates(latestToday())(context);
