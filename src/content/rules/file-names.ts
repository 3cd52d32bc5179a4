import { ID_PATTERN } from '../schemas/common.ts';
import { eachRecord, singular, type Rule } from './context.ts';

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Ids and file names: other records refer to a file by its name, so each must be a usable id, and unique in its folder. */
export const fileNames: Rule = ({ files, duplicates }) => [
  ...eachRecord(files, ({ file, id }, report) => {
    const where = { file, line: 1, column: 1, field: '(file name)' };
    if (!ID_PATTERN.test(id)) {
      report({
        ...where,
        message: `\`${id}.md\` cannot be an id: other records refer to a file by its name.`,
        fix: `Rename the file to \`${slugify(id) || 'a-name'}.md\` (lower-case letters, digits and hyphens).`,
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
