import { renamedId } from '../ids.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { eachRecord, singular, type Rule } from './context.ts';

/** Ids and file names: other records refer to a file by its name, so each must be a usable id, and unique in its folder. */
export const fileNames: Rule = ({ files, duplicates }) => [
  ...eachRecord(files, ({ file, id }, report) => {
    const where = { file, line: 1, column: 1, field: '(file name)' };
    if (!ID_PATTERN.test(id)) {
      report({
        ...where,
        message: `\`${id}.md\` cannot be an id: other records refer to a file by its name.`,
        fix: renamedId(id)
          ? `Rename the file to \`${renamedId(id)}.md\` (lower-case letters, digits and hyphens)${/[^\p{ASCII}]/u.test(id) ? ': ids are written in Latin letters, so this is its name spelled in them; any such name that says what the record is will do' : ''}.`
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
