import { at, eachRecord, type Rule } from './context.ts';

/**
 * An article's `publisher` is a name, printed as it is written ("Publisher: Geo News"); an editor
 * used to writing ids elsewhere may write a source's id there (`geo-news`), which a page would print
 * as such. Refused when it is a source's id and not that source's name.
 */
export const publishers: Rule = ({ records }) =>
  eachRecord(records.articles.values(), (article, report) => {
    const publisher = article.data.publisher;
    if (!publisher) return;
    const source = records.sources.get(publisher);
    if (!source || source.data.name === publisher) return;
    report({
      ...at(article, ['publisher']),
      message: `\`publisher\` is the id of the source \`${publisher}\`; a page prints it as it is written: “Publisher: ${publisher}”.`,
      fix: `Write the publisher's name as readers know it: \`publisher: ${source.data.name}\`.`,
    });
  });
