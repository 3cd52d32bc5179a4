import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { DIRECTIVE_TARGETS, isDirectiveName } from '../directives.ts';
import { suggest } from '../zod-problems.ts';
import { allRecords, eachRecord, guessId, misnamedFile, singular, withArticle, type Rule } from './context.ts';

const directiveParser = unified().use(remarkParse).use(remarkDirective);
const NAMES = Object.keys(DIRECTIVE_TARGETS);

/** Cross-links written in notes (`:claim[words]{#id}`) are links this site makes, to records that exist. */
export const crossLinks: Rule = (context) =>
  eachRecord(
    allRecords(context.records).filter((record) => record.collection !== 'articles'),
    (record, report) => {
      if (!record.body.includes(':')) return;
      const tree: MdastRoot = directiveParser.parse(record.body);
      visit(tree, (node) => {
        if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
        const name = node.name;
        const where = {
          file: record.file,
          line: record.bodyLine + (node.position?.start.line ?? 1) - 1,
          column: node.position?.start.column ?? 1,
          field: '(note)',
        };
        if (!isDirectiveName(name)) {
          // Only a directive with an id was meant as a cross-link; "Note:this" in prose is left alone.
          if (node.attributes?.id === undefined) return;
          const guess = suggest(name, NAMES);
          report({
            ...where,
            message: `\`:${name}[…]\` is not a cross-link this site knows, so it would be shown as plain text.`,
            fix: `${guess ? `Did you mean \`:${guess}\`? ` : ''}Cross-links are ${NAMES.map((n) => `\`:${n}[…]{#id}\``).join(', ')}.`,
          });
          return;
        }
        if (node.type !== 'textDirective') {
          report({
            ...where,
            message: `A cross-link starts with one colon, but this one has ${node.type === 'leafDirective' ? 'two' : 'three'}, so it would not become a link.`,
            fix: `Write it inside a sentence with a single colon: \`:${name}[the words]{#the-id}\`.`,
          });
          return;
        }
        const target = DIRECTIVE_TARGETS[name];
        const id = node.attributes?.id;
        if (!id) {
          report({
            ...where,
            message: `The cross-link \`:${name}[…]\` does not say which ${name} it links to.`,
            fix: `Add the id after the brackets, like \`:${name}[the words]{#the-id}\`.`,
          });
          return;
        }
        if (context.exists[target].has(id)) return;
        const misnamed = misnamedFile(context, target, id);
        if (misnamed) {
          report({ ...where, message: `The cross-link names ${withArticle(name)} \`${id}\` that does not exist yet: \`${misnamed.file}\` is to be renamed \`${id}.md\`.`, fix: 'Rename that file, as its own message says; this cross-link is then right.' });
          return;
        }
        const guess = guessId(context, target, id);
        report({
          ...where,
          message: `The cross-link names ${withArticle(name)} \`${id}\` that does not exist in \`content/${target}/\`.`,
          fix: guess
            ? `Did you mean \`{#${guess}}\`? Otherwise fix the id after \`#\`.`
            : `Fix the id after \`#\`, or add \`content/${target}/${id}.md\` (\`npm run new -- ${singular(target)}\`).`,
        });
      });
    },
  );
