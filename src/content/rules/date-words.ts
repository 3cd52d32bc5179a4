import { lookAlikeHint } from '../anchor-hints.ts';
import { findWhole, nearestWords, paragraphAt, wordAround } from '../words.ts';
import { at, eachRecord, type Rule } from './context.ts';
import { withoutInvisible } from './text-policy.ts';

const quoted = (phrases: readonly string[]) => phrases.map((p) => `“${p}”`).join(', ');

/**
 * A date's `text` is the article's own words for it ("Tuesday", "earlier"), and the site shows them
 * in quotation marks as the article's (“Tuesday”, date not given), in the pages and the published
 * data. So they must be words of the article, whole words, letter for letter: found as chain words
 * are found (words.ts: any script, Arabic and Hebrew letters joined to the word before allowed),
 * then held to the article's own capitals and characters, as an anchor is.
 *
 * The dates checked are those an article tells: an event's and a quote's `date`, against the text of
 * the article they belong to, and an article's own `published`, against its own text. The words
 * of a `published` date are the article's only if its text has them (a dateline, "KABUL, Oct 28");
 * the page's byline is not part of the text the site holds, so its words cannot be checked or shown
 * as the article's, and the date goes in `value` alone. Not checked: a claim's `review.date`, the
 * date of someone else's check, and a source's `date`, which no one article tells (a source is
 * shared by every article that names it).
 */
export const dateWords: Rule = ({ records, analysis }) =>
  eachRecord([...records.articles.values(), ...records.quotes.values(), ...records.events.values()], (record, report) => {
    const [article, field, date] = record.collection === 'articles' ? [record.id, 'published', record.data.published] : [record.data.article, 'date', record.data.date];
    const words = date?.text?.trim();
    const text = article === undefined ? undefined : analysis.texts.get(article);
    // An article without text is the one problem to report (the anchors rule does), not each of its dates.
    if (words === undefined || words === '' || article === undefined || text === undefined || text.trim() === '') return;
    const language = records.articles.get(article)?.data.language ?? 'en';
    const asWritten = (within: string) => findWhole(within, words, language).some((found) => within.slice(found.start, found.end) === words);
    // The article has the words but for an invisible character in them: the text policy names it there.
    if (asWritten(text) || asWritten(withoutInvisible(text))) return;

    const path = [field, 'text'];
    const inArticle = record.collection === 'articles' ? "the article's text" : `the article \`${article}\``;
    const orDelete = 'If the article gives no words for the date, delete `text:`.';
    const otherCase = [...new Set(findWhole(text, words, language).map((found) => text.slice(found.start, found.end)))];
    if (otherCase.length > 0) {
      report({
        ...at(record, path),
        message: `The date's words \`${words}\` are not in ${inArticle} as written: the article has ${quoted(otherCase.slice(0, 3))}.`,
        fix: `Copy the words as the article writes them, capitals included. ${orDelete}`,
      });
      return;
    }
    const part = text.toLowerCase().indexOf(words.toLowerCase());
    const inside = part === -1 ? undefined : wordAround(text, { start: part, end: part + words.length }, language);
    if (inside) {
      report({
        ...at(record, path),
        message: `The date's words \`${words}\` are not whole words of ${inArticle}: they occur only inside “${inside}”.`,
        fix: `Copy the article's own words for the date exactly, whole words. ${orDelete}`,
      });
      return;
    }
    const lookAlike = lookAlikeHint(text, words, '`text`');
    const range = analysis.ranges.get(`${record.collection}/${record.id}`);
    const nearest = lookAlike ? [] : nearestWords(text, words, language, range ? paragraphAt(text, range.start) : undefined);
    report({
      ...at(record, path),
      message: `The date's words \`${words}\` are not in ${inArticle}, and the site would show them as the article's own.`,
      fix: lookAlike ? `${lookAlike} ${orDelete}` : `Copy the article's own words for the date exactly${nearest.length > 0 ? ` (the nearest in the article: ${quoted(nearest)})` : ''}. ${orDelete}`,
    });
  });
