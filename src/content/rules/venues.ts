import { findWhole, paragraphAt } from '../words.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * A venue carries the article's own words for it (issue 14.1): "on Geo News", "in a statement".
 * Without them a page can only guess the preposition, and "said on The group's statement" reads
 * wrong; so a `venue` without `venueAs` is refused, with the words proposed when the article
 * names the venue near the claim.
 */
export const venues: Rule = ({ records, analysis }) =>
  eachRecord(records.claims.values(), (claim, report) => {
    (claim.data.attribution ?? []).forEach((link, i) => {
      if (link.venue === undefined || link.venueAs !== undefined) return;
      const text = claim.data.article === undefined ? undefined : analysis.texts.get(claim.data.article);
      const source = records.sources.get(link.venue);
      const range = analysis.ranges.get(`claims/${claim.id}`);
      let proposal: string | undefined;
      if (text !== undefined && source?.data.name) {
        const names = [source.data.name, ...(source.data.aliases ?? [])];
        const paragraph = range ? paragraphAt(text, range.start) : undefined;
        const found = names.flatMap((name) => findWhole(text, name, records.articles.get(claim.data.article ?? '')?.data.language));
        const best = found.find((f) => paragraph && f.start >= paragraph.start && f.end <= paragraph.end) ?? found[0];
        if (best) {
          // The word before the name is the article's preposition: "on", "in", "to".
          const before = /([\p{L}\p{M}]+)\s+$/u.exec(text.slice(Math.max(0, best.start - 24), best.start));
          proposal = `${before?.[1] ? `${before[1]} ` : ''}${text.slice(best.start, best.end)}`;
        }
      }
      report({
        ...at(claim, ['attribution', i, 'venue']),
        message: `The link names the venue \`${link.venue}\` but not the article's own words for it.`,
        fix: `Add \`venueAs:\` under \`venue\`, copied from the article${proposal ? `: \`venueAs: ${proposal}\`` : ', like `on Geo News` or `in a statement`'}.`,
      });
    });
  });
