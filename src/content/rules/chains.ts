import { at, eachRecord, type Rule } from './context.ts';

/**
 * A claim's chain of attribution, outermost first, passes the claim from one source to another: the
 * same source twice in a row is a link written twice, and a page would read "the report claimed,
 * the report claimed". A source met again further in ("A, citing B, citing A") can be what an
 * article says, but is more often a slip: a warning, for the editor to check against the text.
 */
export const chains: Rule = ({ records }) =>
  eachRecord(records.claims.values(), (claim, report) => {
    const links = claim.data.attribution ?? [];
    links.forEach((link, i) => {
      if (i === 0) return;
      const before = links[i - 1];
      if (before?.source === link.source) {
        report({
          ...at(claim, ['attribution', i, 'source']),
          message: `Links ${i} and ${i + 1} of the chain both name \`${link.source}\`: a source does not pass a claim on to itself.`,
          fix: `Remove one of the two links (keep the one with the article's own verb), or name in one of them the source the article says \`${link.source}\` passed it to or had it from.`,
        });
        return;
      }
      const first = links.findIndex((other) => other.source === link.source);
      if (first < i - 1)
        report({
          ...at(claim, ['attribution', i, 'source']),
          severity: 'warning',
          message: `\`${link.source}\` is link ${first + 1} and again link ${i + 1} of the chain, so the claim comes back to the source it went through.`,
          fix: 'Check the chain against the article: each link is who had the claim from the one before. If the article does say so, leave it.',
        });
    });
  });
