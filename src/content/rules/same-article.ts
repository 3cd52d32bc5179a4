import { REFERENCES, valuesAt } from '../field-roles.ts';
import { allRecords, articleIdOf, at, eachRecord, singular, type Rule } from './context.ts';

/** Claims, quotes and events link only records of their own article where a link means "in this story" (events, event order, a quote's claims). */
export const sameArticle: Rule = ({ records, exists }) => {
  return eachRecord(allRecords(records), (record, report) => {
    const mine = articleIdOf(record);
    if (mine === undefined) return;
    for (const { path, to, sameArticle } of REFERENCES[record.collection]) {
      if (!sameArticle) continue;
      for (const { value, at: where } of valuesAt(record.data, path)) {
        const other = typeof value === 'string' ? records[to].get(value) : undefined;
        const theirs = other && articleIdOf(other);
        // An article that does not exist is its own record's problem (a misspelt `article`), not this one's.
        if (!other || theirs === undefined || theirs === mine || !exists.articles.has(theirs) || !exists.articles.has(mine)) continue;
        report({
          ...at(record, where),
          message: `The ${singular(to)} \`${other.id}\` belongs to the article \`${theirs}\`, not \`${mine}\`.`,
          fix: `Link only ${singular(to)}s of the same article here.`,
        });
      }
    }
  });
};
