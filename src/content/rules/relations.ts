import { at, eachRecord, type Rule } from './context.ts';

/** Relations between claims that cannot both hold: one listed twice or both ways at once, or two claims that disagree about their relation. */
export const relations: Rule = ({ records }) =>
  eachRecord(records.claims.values(), (claim, report) => {
    const seen = new Map<string, string>();
    (claim.data.relations ?? []).forEach(({ type, claim: other }, i) => {
      const earlier = seen.get(other);
      if (earlier !== undefined) {
        report({
          ...at(claim, ['relations', i]),
          message:
            earlier === type
              ? `The relation \`${type}\` to \`${other}\` is listed twice.`
              : `The claim both ${earlier === 'contradicts' || type === 'contradicts' ? 'contradicts and supports' : `${earlier} and ${type}`} \`${other}\`.`,
          fix: earlier === type ? 'Remove the repeated relation.' : 'Keep the one relation the article supports and remove the other.',
        });
      }
      seen.set(other, type);
      const back = records.claims.get(other);
      if (!back || type === 'responds-to') return;
      const reverse = (back.data.relations ?? []).find((relation) => relation.claim === claim.id && relation.type !== 'responds-to');
      // Said once, from the claim whose id sorts first.
      if (reverse && reverse.type !== type && claim.id < other) {
        report({
          ...at(claim, ['relations', i]),
          message: `This claim ${type} \`${other}\`, but \`${other}\` says it ${reverse.type} this claim.`,
          fix: `Make the two relations agree: change one in this file or in \`${back.file}\`.`,
        });
      }
    });
  });
