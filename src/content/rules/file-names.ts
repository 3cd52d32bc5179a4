import { renamedId } from '../ids.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { eachRecord, singular, type Rule } from './context.ts';

/** Ids and file names: other records refer to a file by its name, so each must be a usable id, and unique in its folder. */
export const fileNames: Rule = ({ files, duplicates }) => [
  ...eachRecord(files, ({ collection, file, id }, report) => {
    const where = { file, line: 1, column: 1, field: '(file name)' };
    if (!ID_PATTERN.test(id)) {
      const renamed = renamedId(id);
      // `Meeting-Next-Week.md` beside `meeting-next-week.md`: the name it would get is taken, and the two look like one record twice.
      const taken = renamed ? files.find((other) => other.collection === collection && other.id === renamed) : undefined;
      let free = 2;
      while (taken && files.some((other) => other.collection === collection && other.id === `${renamed}-${free}`)) free++;
      report({
        ...where,
        message: `\`${id}.md\` cannot be an id: other records refer to a file by its name.`,
        fix: taken
          ? `The name it would get, \`${renamed}.md\`, is taken by \`${taken.file}\`. If the two files are the same ${singular(collection)}, keep what this one adds in that file and delete this one; if not, rename this one to a name of its own in lower-case letters, digits and hyphens, like \`${renamed}-${free}.md\`.`
          : renamed
          ? `Rename the file to \`${renamed}.md\` (lower-case letters, digits and hyphens)${/[^\p{ASCII}]/u.test(id) ? ': ids are written in Latin letters, so this is its name spelled in them; any such name that says what the record is will do' : ''}.`
          : 'Rename the file to a name in lower-case Latin letters, digits and hyphens that says what the record is, like `talks-failed-on-tuesday.md`.',
      });
    }
  }),
  ...duplicates.map(({ record, first }) => ({
    file: record.file,
    line: 1,
    column: 1,
    field: '(file name)',
    message: `Another ${singular(record.collection)} already has the id \`${record.id}\`: \`${first.file}\`.`,
    fix: `Ids must be unique within \`content/${record.collection}/\`: rename one of the two files (and the references to it).`,
  })),
];
