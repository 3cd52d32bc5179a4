import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { REFERENCES, valuesAt } from '../field-roles.ts';
import type { Problem } from '../problems.ts';
import { sameAsSelf } from './same-as.ts';
import { allRecords, at, eachRecord, guessId, misnamedFile, singular, withArticle, type CheckContext, type Rule } from './context.ts';

type Said = Pick<Problem, 'message' | 'fix'>;

/** What to say when a record names itself where it must name another record of its folder; `holder` is the group the id is in. */
const SELF: Partial<Record<CollectionName, (holder: unknown) => Said>> = {
  sources: () => ({ message: 'A source cannot be part of itself.', fix: 'Name the outlet or author it belongs to, or remove `partOf`.' }),
  claims: (relation) => {
    const type = String(typeof relation === 'object' && relation !== null ? Reflect.get(relation, 'type') : undefined);
    return {
      message: `The claim ${type === 'contradicts' ? 'contradicts' : `is said to ${type.replace(/s$/, '')}`} itself.`,
      fix: 'A relation links two different claims: name the other claim, or remove this relation.',
    };
  },
  events: () => ({ message: 'The event is listed as coming after itself.', fix: 'Name the event it came after, or remove this line.' }),
};

/** A reference to a record that does not exist, with the id likely meant suggested (a typo, a source's name), or the file to rename. */
function missing(context: CheckContext, target: CollectionName, id: string): Said {
  const { exists } = context;
  const misnamed = misnamedFile(context, target, id);
  if (misnamed) return { message: `There is no ${singular(target)} \`${id}\` yet: \`${misnamed.file}\` is to be renamed \`${id}.md\`.`, fix: 'Rename that file, as its own message says; this reference is then right.' };
  const guess = guessId(context, target, id);
  const elsewhere = COLLECTION_NAMES.find((other) => other !== target && exists[other].has(id));
  const command = `\`npm run new -- ${singular(target)}\``;
  if (elsewhere && !guess) {
    return {
      message: `\`${id}\` is ${withArticle(singular(elsewhere))} (in \`content/${elsewhere}/\`), but this field needs ${withArticle(singular(target))}.`,
      fix: `Name ${withArticle(singular(target))} from \`content/${target}/\` here, or add \`content/${target}/${id}.md\` (${command}).`,
    };
  }
  return {
    message: `There is no ${singular(target)} \`${id}\` in \`content/${target}/\`.`,
    fix: guess
      ? `Did you mean \`${guess}\`? Otherwise add \`content/${target}/${id}.md\` (${command}).`
      : `Fix the id, or add \`content/${target}/${id}.md\` (${command}).`,
  };
}

/** References between records: every id names a file of the folder the field is for (field-roles.ts says which), and never the record itself. */
export const references: Rule = (context) =>
  eachRecord(allRecords(context.records), (record, report) => {
    for (const { path, to } of REFERENCES[record.collection]) {
      for (const { value, at: where, holder } of valuesAt(record.data, path)) {
        if (typeof value !== 'string') continue;
        if (to === record.collection && value === record.id) {
          const self = (path.at(-1) === 'sameAs' ? sameAsSelf(record) : SELF[to]?.(holder)) ?? { message: `The ${singular(to)} names itself here.`, fix: `Name another ${singular(to)}, or remove this line.` };
          report({ ...at(record, where), ...self });
        } else if (!context.exists[to].has(value)) {
          report({ ...at(record, where), ...missing(context, to, value) });
        }
      }
    }
  });
