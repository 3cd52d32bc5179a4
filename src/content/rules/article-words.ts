import { ARTICLE_WORDS, valuesAt } from '../field-roles.ts';
import { allRecords, articleIdOf, at, eachRecord, type Rule } from './context.ts';

/** Verbs, names and hedges are the article's own words (case aside), so a chain reads as the article reads. */
export const articleWords: Rule = ({ records, analysis }) => {
  // Each article's text lower-cased once: once per verb made the check quadratic in an article's claims (issue 6).
  const lowerTexts = new Map<string, string>();
  const lowerText = (article: string) => {
    let lower = lowerTexts.get(article);
    const text = analysis.texts.get(article);
    if (lower === undefined && text !== undefined) {
      lower = text.toLowerCase();
      lowerTexts.set(article, lower);
    }
    return lower;
  };
  return eachRecord(allRecords(records), (record, report) => {
    const article = articleIdOf(record);
    const lower = article === undefined ? undefined : lowerText(article);
    if (lower === undefined) return;
    for (const { path, what } of ARTICLE_WORDS[record.collection]) {
      for (const { value, at: where } of valuesAt(record.data, path)) {
        if (typeof value !== 'string' || lower.includes(value.toLowerCase())) continue;
        report({
          ...at(record, where),
          message: `The ${what} \`${value}\` does not appear in the article.`,
          fix: `Copy the ${what} from the article's own words, so the chain reads as the article reads.`,
        });
      }
    }
  });
};
