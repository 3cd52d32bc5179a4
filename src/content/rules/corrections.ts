import { dateBounds } from '../dates.ts';
import { normalizeDate } from '../schemas/date.ts';
import { allRecords, articleIdOf, at, eachRecord, type Rule } from './context.ts';

/** `YYYY-MM-DD` of a moment, in UTC or in the machine's own time zone. */
const dayOf = (moment: Date, utc: boolean) =>
  utc
    ? moment.toISOString().slice(0, 10)
    : `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;

/**
 * The latest day that is today somewhere the check may run: an editor east of UTC who corrects a
 * record just after midnight writes their own today, which is still tomorrow in UTC.
 */
function today(now = new Date()): string {
  const utc = dayOf(now, true);
  const local = dayOf(now, false);
  return utc > local ? utc : local;
}

/**
 * Corrections (issue 17.1): each is dated on a day that has come, not before the article it
 * corrects appeared (an article's own corrections, or those of its claims, quotes and events), and
 * the list runs oldest first, as the pages show it. A source belongs to the whole site, so only
 * the future is refused there. The schema has already refused a correction without its `date`,
 * `kind`, `was` or `now`.
 */
export const corrections: Rule = ({ records }) => {
  const latest = today();
  return eachRecord(allRecords(records), (record, report) => {
    // A story record is the site's grouping of articles, not a reading of one: it has no corrections.
    const list = (record.collection === 'stories' ? undefined : record.data.corrections) ?? [];
    if (list.length === 0) return;
    const articleId = record.collection === 'articles' ? record.id : articleIdOf(record);
    const article = articleId === undefined ? undefined : records.articles.get(articleId);
    const published = article?.data.published === undefined ? undefined : normalizeDate(article.data.published);
    const from = published === undefined ? null : dateBounds(published);
    let previous: string | undefined;
    list.forEach((correction, i) => {
      const { date } = correction;
      if (date > latest) {
        report({
          ...at(record, ['corrections', i, 'date']),
          message: `The correction is dated ${date}, a day that has not come yet.`,
          fix: 'Date a correction on the day it is published: today, or the day it was made.',
        });
      } else if (from && published?.value && Date.parse(`${date}T00:00:00Z`) < from.earliest) {
        report({
          ...at(record, ['corrections', i, 'date']),
          message: `The correction is dated ${date}, before the article \`${articleId}\` appeared (${published.value}).`,
          fix: `A record cannot be corrected before it was published: check the day, which is on or after ${published.value}.`,
        });
      }
      if (previous !== undefined && date < previous) {
        report({
          ...at(record, ['corrections', i, 'date']),
          message: `This correction (${date}) is listed after a later one (${previous}).`,
          fix: 'List corrections oldest first: move this one above the one dated before it, or check the dates.',
        });
      }
      previous = previous === undefined || date > previous ? date : previous;
    });
  });
};
