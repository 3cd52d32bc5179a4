import { ARTICLE_WORDS, valuesAt } from '../field-roles.ts';
import { articleWordsOf, asWritten, findWhole, lineFinder, paragraphAt, type Found } from '../words.ts';
import { allRecords, articleIdOf, at, eachRecord, type Rule } from './context.ts';
import { withoutInvisible } from './text-policy.ts';

const quoted = (phrases: readonly string[]) => phrases.map((p) => `“${p}”`).join(', ');

/**
 * Verbs, names, venue wording and hedges are the article's own words, whole words, so a chain reads
 * as the article reads (issue 14.3): `mphas` inside "emphasised" is refused, with the nearest words
 * of the article named. The site shows them as the article's, in quotation marks, so they are held
 * to its letters, capitals included: `Açıkladı` for the article's "açıkladı" is refused with the
 * article's form named, found by a fold that pairs Turkish I's too (SÖYLEDİ, söyledi). A verb is looked for first in the record's own paragraph; one
 * the article has only elsewhere is a warning that says where, as an opening "according to" may
 * govern the paragraphs that follow.
 */
export const articleWords: Rule = ({ records, analysis }) => {
  const lines = new Map<string, (offset: number) => number>();
  const lineOf = (article: string, offset: number) => {
    let find = lines.get(article);
    const record = records.articles.get(article);
    if (!find && record) {
      find = lineFinder(record.body, record.bodyLine);
      lines.set(article, find);
    }
    return find?.(offset);
  };
  return eachRecord(allRecords(records), (record, report) => {
    const article = articleIdOf(record);
    const text = article === undefined ? undefined : analysis.texts.get(article);
    // An article without text is the one problem to report (the anchors rule does), not every word of its records.
    if (article === undefined || text === undefined || text.trim() === '') return;
    const language = records.articles.get(article)?.data.language ?? 'en';
    const range = analysis.ranges.get(`${record.collection}/${record.id}`);
    const paragraph: Found | undefined = range ? paragraphAt(text, range.start) : undefined;
    for (const { path, what } of ARTICLE_WORDS[record.collection]) {
      for (const { value, at: where } of valuesAt(record.data, path)) {
        if (typeof value !== 'string') continue;
        const { found, otherCase, inside, nearest } = articleWordsOf(text, value, language, paragraph);
        if (found.length === 0) {
          // The article has the words but for an invisible character in them: the text policy names it there.
          const bare = withoutInvisible(text);
          if (asWritten(bare, value, findWhole(bare, value, language, true)).length > 0) continue;
          if (otherCase.length > 0) {
            report({
              ...at(record, where),
              message: `The ${what} \`${value}\` is not in the article as written: the article has ${quoted(otherCase.slice(0, 3))}.`,
              fix: `Copy the ${what} as the article writes it, capitals included: the site shows it as the article's own words.`,
            });
            continue;
          }
          report({
            ...at(record, where),
            message: inside
              ? `The ${what} \`${value}\` is not a whole word of the article: it occurs only inside “${inside}”.`
              : `The ${what} \`${value}\` does not appear in the article.`,
            fix: `Copy the ${what} from the article's own words, whole words, so the chain reads as the article reads.${nearest.length > 0 ? ` The nearest in the article: ${quoted(nearest)}.` : ''}`,
          });
          continue;
        }
        if (what !== 'verb' || !paragraph || found.some((f) => f.start >= paragraph.start && f.end <= paragraph.end)) continue;
        const [first] = found;
        if (!first) continue;
        const elsewhere = paragraphAt(text, first.start);
        const line = lineOf(article, first.start);
        // The paragraph may have the same word with other capitals ("Según" opening its sentence).
        const here = [...new Set(findWhole(text, value, language, true).filter((f) => f.start >= paragraph.start && f.end <= paragraph.end).map((f) => text.slice(f.start, f.end)))];
        report({
          ...at(record, where),
          severity: 'warning',
          message: `The verb \`${value}\` is not in the paragraph of this ${record.collection === 'quotes' ? 'quote' : record.collection === 'events' ? 'event' : 'claim'}${here.length > 0 ? ` as written (it has ${quoted(here.slice(0, 3))})` : ''}; the article has it in paragraph ${elsewhere.index + 1}${line === undefined ? '' : ` (line ${line} of \`${records.articles.get(article)?.file ?? article}\`)`}.`,
          fix:
            here.length > 0
              ? `Write the verb as this paragraph has it, capitals included: \`verb: ${here[0]}\`.`
              : 'Keep it if that sentence governs this one (an opening "according to" may); otherwise copy the verb its own paragraph uses.',
        });
      }
    }
  });
};
