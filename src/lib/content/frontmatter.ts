import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from '../problems.ts';

export interface Position {
  line: number;
  column: number;
}

/** A markdown file split into its frontmatter data and its body, with where every field sits. */
export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Where each field's key starts, by dotted path (`attribution.1.source`). */
  positions: Map<string, Position>;
}

const FENCE = /^---[ \t]*$/;

/**
 * Editors save files from many editors: a byte-order mark or Windows line endings change nothing
 * about what a file means, so both are accepted and normalised before anything else reads it.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function yamlFix(message: string, lineText: string): string {
  if (/\t/.test(lineText)) return 'Indent with spaces, not tabs.';
  if (/:\s*[@`]/.test(lineText)) return 'A value that starts with `@` or a backtick must be wrapped in double quotes, like `handle: "@tameembahiss"`.';
  if (/Map keys must be unique|unique/i.test(message)) return 'Each field may appear once: remove or merge the repeated one.';
  if (/Implicit keys|compact mappings|mapping values/i.test(message)) {
    return 'If the value contains `: ` or `#`, wrap it in double quotes; check that the indentation matches the lines around it.';
  }
  return 'Check this line against the examples in the editing guide: wrap text containing `:`, `#`, `"` or a leading `@` in quotes, and indent with spaces.';
}

/** Split and parse one file. Problems are pushed to `problems`; `null` means nothing more can be read. */
export function parseMarkdownFile(file: string, raw: string, problems: Problem[]): ParsedFile | null {
  const text = normalizeText(raw);
  if (text.trim() === '') {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: 'The file is empty.',
      fix: 'Write its frontmatter between two `---` lines (`npm run new` makes a correct file), or delete the file.',
    });
    return null;
  }
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: 'The file does not start with frontmatter.',
      fix: 'Put the fields between two lines of `---` at the very top of the file, as in the editing guide.',
    });
    return null;
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: 'The frontmatter is never closed.',
      fix: 'Add a line of `---` after the last field, before the body.',
    });
    return null;
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  // The core schema has no timestamps, so `2025-02-30` stays a string the date check can refuse,
  // instead of rolling over to 2 March as a Date.
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      const lineText = lines[pos.line] ?? '';
      const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'Malformed YAML';
      problems.push({
        file,
        line: pos.line + 1,
        column: pos.col,
        field: '(frontmatter)',
        message: `The frontmatter is not valid YAML: ${message.replace(/\.$/, '')}.`,
        fix: yamlFix(message, lineText),
      });
    }
    return null;
  }
  const positions = new Map<string, Position>();
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyPath = path ? `${path}.${key}` : key;
        const range = (pair.key as YamlNode | null)?.range;
        if (range) {
          const pos = lineCounter.linePos(range[0]);
          positions.set(keyPath, { line: pos.line + 1, column: pos.col });
        }
        walk(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemPath = `${path}.${index}`;
        const range = (item as YamlNode | null)?.range;
        if (range) {
          const pos = lineCounter.linePos(range[0]);
          positions.set(itemPath, { line: pos.line + 1, column: pos.col });
        }
        walk(item, itemPath);
      });
    }
  };
  walk(doc.contents, '');
  const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, positions };
}

/** The position of a field, or of its nearest parent that has one, or of the frontmatter start. */
export function positionOf(positions: Map<string, Position>, path: readonly PropertyKey[]): Position {
  for (let length = path.length; length > 0; length--) {
    const found = positions.get(path.slice(0, length).map(String).join('.'));
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
