import { escapeRegExp, foldCase, paragraphAt, venuePhrase } from '../words.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * A venue carries the article's own words for it (issue 14.1): "on Geo News", "in a statement".
 * Without them a page can only guess the preposition, and "said on The group's statement" reads
 * wrong; so a `venue` without `venueAs` is refused, with the words proposed when the article
 * names the venue.
 */
export const venues: Rule = ({ records, analysis }) =>
  eachRecord(records.claims.values(), (claim, report) => {
    (claim.data.attribution ?? []).forEach((link, i) => {
      // The page puts the venue's words after the verb: a verb that holds them already reads twice.
      if (link.venueAs !== undefined && link.verb !== undefined && foldCase(link.verb).includes(foldCase(link.venueAs))) {
        const rest = link.verb.replace(new RegExp(escapeRegExp(link.venueAs), 'iu'), ' ').replace(/\s+/gu, ' ').trim();
        report({
          ...at(claim, ['attribution', i, 'verb']),
          message: `The verb \`${link.verb}\` holds the venue's words \`${link.venueAs}\` (\`venueAs\`), which the page puts after it: the link would read "${link.verb} ${link.venueAs}".`,
          fix: `Keep the venue's words in \`venueAs\` only: ${rest ? `\`verb: ${rest}\`` : 'write the verb without them'}.`,
        });
      }
      if (link.venue === undefined || link.venueAs !== undefined) return;
      const article = claim.data.article;
      const text = article === undefined ? undefined : analysis.texts.get(article);
      const source = records.sources.get(link.venue);
      const range = analysis.ranges.get(`claims/${claim.id}`);
      const proposal =
        text !== undefined && source?.data.name
          ? venuePhrase(text, [source.data.name, ...(source.data.aliases ?? [])], records.articles.get(article ?? '')?.data.language, range ? paragraphAt(text, range.start) : undefined)
          : undefined;
      report({
        ...at(claim, ['attribution', i, 'venue']),
        message: `The link names the venue \`${link.venue}\` but not the article's own words for it.`,
        fix: `Add \`venueAs:\` under \`venue\`, copied from the article${proposal ? `: \`venueAs: ${proposal}\`` : ', like `on Geo News` or `in a statement`'}.`,
      });
    });
  });
