import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Problem } from './problems.ts';

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
 * about what a file means, so both are accepted and normalised before anything else reads it. So is
 * the Unicode form of accented letters: text copied on macOS often arrives decomposed (NFD, `e`
 * followed by a combining accent), which looks the same as the article's precomposed letters (NFC)
 * but would not match them. NFC is canonically the same text, so quotes stay verbatim; letters with
 * no precomposed form keep their combining marks; and no line is added or removed, so line numbers
 * still point at the editor's line.
 * @see https://unicode.org/reports/tr15/
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** What a YAML problem looks like to an editor: where, which field, what happened, what to do. */
interface YamlAdvice {
  /** 0-based index into the frontmatter's lines; the file line is this plus 2. */
  index: number;
  column: number;
  message: string;
  fix: string;
}

const KEY_AT_LINE = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):(?:\s|$)/;

/** The field name a frontmatter line starts with, if any (`statement` in `statement: ...`). */
function keyOf(line: string): string | undefined {
  return KEY_AT_LINE.exec(line)?.[1];
}

/** The value part of a `field: value` line, as typed. */
function valueOf(line: string): string {
  const match = /^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*?:(?:\s+|$))?(.*)$/.exec(line);
  return (match?.[1] ?? '').trim();
}

function shorten(text: string, length = 48): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** A value written the way YAML reads it as plain text, for showing in a fix. */
export function quoteForYaml(value: string): string {
  if (!value.includes('"')) return `"${value.replace(/\\/g, '\\\\')}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** A value longer than this is not written out again in a fix, where it would be cut off or swamp the message. */
const PASTED = 160;

/** Whether a value is short enough to be written out again in a fix. */
function shortValue(value: string): boolean {
  return [...value].length <= PASTED;
}

/**
 * The words of a value without the quote marks the editor typed around them. A value that starts and
 * ends with the same mark was meant to be quoted, and YAML only misread it (`'Şahin'in iddiası: …'`,
 * where the apostrophe of a suffix ends the quotes early): those two marks are not part of the text.
 * Inside single quotes, a doubled apostrophe stands for one.
 */
function unquoted(value: string): string {
  const mark = value[0];
  if ((mark !== '"' && mark !== "'") || value.length < 2 || !value.endsWith(mark)) return value;
  const words = value.slice(1, -1);
  // The same mark inside, beside a space, quotes words of the text (`"Venomous" words were "made"`):
  // then the marks at the ends are the text's too. Between letters it is an apostrophe (`Şahin'in`).
  if (new RegExp(`(^|\\s)${mark}|${mark}(\\s|$)`).test(words)) return value;
  return mark === "'" ? words.replace(/''/g, "'") : words;
}

/**
 * `` `statement: "…"` ``: the whole line as it should be written, to paste over it. A value too long
 * to repeat gets where to type the quote marks instead: a shortened one could not be pasted.
 */
function example(line: string, value = valueOf(line)): string {
  const key = keyOf(line);
  const words = unquoted(value);
  if (shortValue(words)) return `\`${key ? `${key}: ` : ''}${quoteForYaml(words)}\``;
  const mark = words.includes('"') ? "'" : '"';
  const twice = mark === "'" ? (words.includes("'") ? ', and write each apostrophe inside it twice' : '') : words.includes('\\') ? ', and write each backslash inside it twice' : '';
  if (words !== value) {
    const typed = value[0] as string;
    return typed === mark ? `keep the \`${mark}\` at each end of the value${twice}` : `change the \`${typed}\` at the start of the value and the one at the very end of the line to \`${mark}\`${twice}`;
  }
  return `type \`${mark}\` at the start of the value${key ? `, right after \`${key}:\`` : ''}, and another \`${mark}\` at the very end of the line${twice}`;
}

function named(line: string): string {
  const key = keyOf(line);
  return key ? `the value of \`${key}\`` : 'the value on this line';
}

function capital(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** The column where a line's field name starts, after any list dash. */
function keyColumn(line: string): number {
  return /^\s*(?:-\s+)?/.exec(line)?.[0].length ?? 0;
}

/** The first line whose value opens a quote that is not closed on the same line. */
function unclosedQuote(lines: readonly string[], upTo: number): { index: number; column: number; quote: string } | undefined {
  for (let index = 0; index <= upTo && index < lines.length; index++) {
    const line = lines[index] as string;
    const match = /^(\s*(?:-\s+)?(?:[^\s:#'"][^:#]*?:\s+)?)(["'])/.exec(line);
    if (!match) continue;
    const quote = match[2] as string;
    const rest = line.slice((match[1] as string).length + 1);
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
    if (!closed) return { index, column: (match[1] as string).length + 1, quote };
  }
  return undefined;
}

/**
 * The first line, up to `upTo`, whose value opens a list (`[`) or group (`{`) that the line does not
 * close, where the next line starts a field or item of its own: YAML reads on past the line and
 * stumbles further down, where nothing is wrong.
 */
function unclosedBracket(lines: readonly string[], upTo: number): { index: number; column: number; bracket: '[' | '{' } | undefined {
  for (let index = 0; index <= upTo && index < lines.length; index++) {
    const line = lines[index] as string;
    const match = /^(\s*(?:-\s+)?(?:[^\s:#'"[{][^:#]*?:\s+)?)([[{])/.exec(line);
    if (!match) continue;
    const bracket = match[2] as '[' | '{';
    const rest = line.slice((match[1] as string).length).replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
    let depth = 0;
    for (const char of rest) depth += char === '[' || char === '{' ? 1 : char === ']' || char === '}' ? -1 : 0;
    const next = lines.slice(index + 1).find((other) => other.trim() !== '') ?? '';
    if (depth > 0 && (keyOf(next) !== undefined || /^\s*-\s/.test(next) || next.trim() === '')) return { index, column: (match[1] as string).length + 1, bracket };
  }
  return undefined;
}

const TAB_MESSAGE = 'This line is indented with a tab; YAML only reads spaces.';

/**
 * Turn one error of the `yaml` package into words an editor can act on. The package's own messages
 * ("Nested mappings are not allowed in compact mappings") name YAML's grammar, not the mistake; the
 * common mistakes are few, and each gets its own explanation and an example of the line written right.
 */
function explainYamlError(code: string, raw: string, lines: readonly string[], index: number, column: number): YamlAdvice {
  const line = lines[index] ?? '';
  const key = keyOf(line);
  const at = { index, column };
  const message = raw.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '') ?? 'Malformed YAML';
  const value = valueOf(line);

  const open = code === 'TAB_AS_INDENT' ? undefined : unclosedBracket(lines, index);
  if (open) {
    const what = open.bracket === '[' ? 'list written in square brackets' : 'group written in curly brackets';
    return {
      index: open.index,
      column: open.column,
      message: `The ${what} in ${named(lines[open.index] ?? '')} is not closed on its line, so YAML reads the lines below as part of it.`,
      fix:
        open.bracket === '['
          ? 'End it with `]` on the same line, or write one item a line below the field, each after `- `.'
          : 'End it with `}` on the same line, or write each field on a line of its own below, indented by two spaces.',
    };
  }
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const open = unclosedQuote(lines, index);
    const where = open ?? { index, column, quote: /'/.test(message) ? "'" : '"' };
    const openLine = lines[where.index] ?? '';
    const mark = where.quote === '"' ? 'double quote (")' : "single quote (')";
    return {
      index: where.index,
      column: where.column,
      message: `The ${mark} that starts ${named(openLine)} is never closed, so the rest of the frontmatter is read as part of it.`,
      fix:
        where.quote === '"'
          ? `End the value with \`"\` on the same line. If the words contain \`"\` themselves, wrap the whole value in single quotes instead: \`${keyOf(openLine) ?? 'statement'}: 'says "venomous" things'\`.`
          : `End the value with \`'\` on the same line, and write an apostrophe inside it twice (\`'Pakistan''s'\`), or wrap the value in double quotes instead.`,
    };
  }
  if (code === 'TAB_AS_INDENT' || /\t/.test(/^\s*/.exec(line)?.[0] ?? '')) {
    return { ...at, column: 1, message: TAB_MESSAGE, fix: 'Indent with spaces (two per level), not tabs. Most editors can convert tabs to spaces.' };
  }
  if (code === 'DUPLICATE_KEY') {
    return { ...at, message: `\`${key ?? 'This field'}\` appears more than once here.`, fix: 'Each field may appear once: keep the right one and delete the other.' };
  }
  if (code === 'BAD_SCALAR_START') {
    const char = /character (\S+)$/.exec(message)?.[1] ?? value[0] ?? '';
    return {
      ...at,
      message: `A value cannot start with ${char === '`' ? 'a backtick' : `\`${char}\``} unless it is in quotes: YAML reserves that character.`,
      fix: `Wrap the value in double quotes: ${example(line)}.`,
    };
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /tag: (\S+)/.exec(message)?.[1] ?? '!';
    return { ...at, message: `YAML reads \`${tag}\` at the start of a value as a type marker, so those words are dropped.`, fix: `Wrap the whole value in double quotes: ${example(line)}.` };
  }
  if (code === 'UNEXPECTED_TOKEN' && /block-seq-ind on same line/.test(message)) {
    return {
      ...at,
      message: 'A value cannot start with `- ` on the same line as its field: YAML reads `- ` as the start of a list.',
      fix: `Wrap the value in double quotes (${example(line)}), or, for a list, put each \`- item\` on its own line below the field.`,
    };
  }
  if (code === 'UNEXPECTED_TOKEN' && /at node end/.test(message)) {
    const first = value[0];
    if (first === '"') {
      return {
        ...at,
        message: `${capital(named(line))} starts with a quote mark, so YAML ends it at the next \`"\`, but more words follow.`,
        fix: `Wrap the whole value in single quotes: ${example(line)}.`,
      };
    }
    if (first === "'") {
      return {
        ...at,
        message: `${capital(named(line))} is in single quotes, so an apostrophe inside it ends it early.`,
        fix: `Write each apostrophe inside single quotes twice (\`'Pakistan''s'\`)${shortValue(value) ? `, or wrap the value in double quotes: ${example(line, value.endsWith("'") ? value : value.slice(1).replace(/''/g, "'"))}` : ''}.`,
      };
    }
    if (first === '[' || first === '{') {
      return {
        ...at,
        message: `${capital(named(line))} starts with \`${first}\`, which YAML reads as the start of a ${first === '[' ? 'list' : 'group'}.`,
        fix: `Wrap the whole value in double quotes: ${example(line)}.`,
      };
    }
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || /Implicit map keys need to be followed by map values/.test(message)) {
    if (/:\s|:$/.test(value)) {
      return { ...at, message: `${capital(named(line))} contains \`: \`, which YAML reads as the start of another field.`, fix: `Wrap the whole value in quotes: ${example(line)}.` };
    }
    const glued = /^\s*(?:-\s+)?([\w-]+):(\S.*)$/.exec(line);
    if (glued) {
      return {
        ...at,
        column: 1,
        message: `There is no space after the colon in \`${shorten(line.trim(), 40)}\`.`,
        fix: `Write a space after the field name's colon: ${shortValue((glued[2] ?? '').trim()) ? `\`${glued[1]}: ${(glued[2] ?? '').trim()}\`` : `\`${glued[1]}: \``}.`,
      };
    }
    // A field indented under one that already has a value: YAML cannot tell where either ends.
    for (const i of [index - 1, index, index + 1]) {
      const here = lines[i] ?? '';
      const name = keyOf(here);
      if (!name) continue;
      let j = i - 1;
      while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
      const above = lines[j] ?? '';
      const aboveName = keyOf(above);
      if (aboveName && valueOf(above) !== '' && keyColumn(here) > keyColumn(above)) {
        return {
          index: i,
          column: 1,
          message: `\`${name}\` is indented further than \`${aboveName}\` on the line above, which already has a value.`,
          fix: `Start \`${name}\` in the same column as \`${aboveName}\`, using spaces.`,
        };
      }
    }
    return {
      ...at,
      column: 1,
      message: 'This line is neither a `field: value` line nor indented as part of the field above.',
      fix: 'If it continues the text of the field above, indent it by two spaces; if it is a field, write `: ` after its name.',
    };
  }
  if (/Block scalar header|Not a YAML token/.test(message) && /[|>]/.test(line)) {
    return { ...at, message: 'After `>` or `|`, the text must start on the next line.', fix: 'Move the text to the next line, indented by two more spaces than the field name.' };
  }
  if (code === 'BAD_INDENT' && /Flow sequence/.test(message)) {
    return { ...at, message: 'A list written in square brackets is not closed.', fix: 'End it with `]` on the same line, or write one item a line, each starting with `- `.' };
  }
  if (code === 'BAD_INDENT' || /Sequence item without - indicator|All mapping items must start at the same column/.test(message)) {
    return {
      ...at,
      column: 1,
      message: 'This line is not lined up with the lines around it.',
      fix: 'Fields of the same group start in the same column; in a list item, each field lines up under the first one after `- `. Indent with spaces.',
    };
  }
  if (code === 'BAD_DQ_ESCAPE') {
    return { ...at, message: `Inside double quotes a backslash starts an escape, and \`${/\\\S+/.exec(message)?.[0] ?? '\\'}\` is not one.`, fix: 'Write `\\\\` for a backslash, or wrap the value in single quotes.' };
  }
  return {
    ...at,
    message: `This line cannot be read as YAML (${message.replace(/^./, (c) => c.toLowerCase())}).`,
    fix: 'Compare it with the examples in the editing guide: one `field: value` a line; a value that contains `: ` or ` #`, or starts with a quote mark, wrapped in quotes; indentation with spaces.',
  };
}

/**
 * Things the `yaml` package accepts without complaint but that silently drop an editor's words:
 * ` #` starts a comment even mid-sentence, `&word` and `!word` at the start of a value are YAML
 * labels, and `*word` refers to a label. None of them is needed in this project's files.
 */
function silentLosses(doc: Document.Parsed, yamlText: string, lineCounter: LineCounter): YamlAdvice[] {
  const found: YamlAdvice[] = [];
  const where = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { index: pos.line - 1, column: pos.col };
  };
  visit(doc, {
    Alias(_key, node) {
      const start = node.range?.[0] ?? 0;
      found.push({
        ...where(start),
        message: `YAML reads \`*${node.source}\` as a reference to a label, not as text.`,
        fix: `Wrap the value in double quotes: \`"*${node.source}"\`.`,
      });
    },
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (node.anchor) {
        found.push({
          ...where(start),
          message: `YAML reads \`&${node.anchor}\` at the start of a value as a label, so those words are dropped.`,
          fix: `Wrap the whole value in double quotes, starting with \`"&${node.anchor}\`.`,
        });
      }
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        found.push({
          ...where(start),
          message: `YAML reads \`${node.tag}\` at the start of a value as a type marker, so those words are dropped.`,
          fix: `Wrap the whole value in double quotes, starting with \`"${node.tag}\`.`,
        });
      }
      if (isScalar(node) && node.type === 'PLAIN' && node.comment !== undefined && node.range) {
        const after = yamlText.slice(node.range[1], node.range[2]);
        const hash = after.indexOf('#');
        if (hash !== -1 && !after.slice(0, hash).includes('\n')) {
          found.push({
            ...where(node.range[1] + hash),
            message: `Everything from \`#\` to the end of the line is read as a comment and left out: \`${shorten(`#${node.comment}`, 40)}\`.`,
            fix: 'If the `#` belongs to the text, wrap the whole value in double quotes; if it is a note for editors, move it to its own line above the field.',
          });
        }
      }
    },
  });
  return found;
}

// The core schema has no timestamps, so `2025-02-30` stays a string the date check can refuse,
// instead of rolling over to 2 March as a Date.
function parse(yamlText: string): [Document.Parsed, LineCounter] {
  const lineCounter = new LineCounter();
  return [parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false }), lineCounter];
}

/** YAML's errors and warnings, each with the 0-based frontmatter line and the column it is at. */
function yamlErrors(doc: Document.Parsed, lineCounter: LineCounter): { code: string; message: string; index: number; column: number }[] {
  return [...doc.errors, ...doc.warnings].map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return { code: error.code, message: error.message, index: pos.line - 1, column: pos.col };
  });
}

/**
 * The frontmatter with each line of `tabbed` indented with spaces instead: as deep as the line
 * above it or the line below it, whichever YAML reads with fewer errors (one line at a time).
 */
function respaced(lines: readonly string[], tabbed: ReadonlySet<number>): string[] {
  const out = [...lines];
  const indent = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
  const near = (index: number, step: number) => {
    for (let i = index + step; i >= 0 && i < out.length; i += step) if (!tabbed.has(i) && (out[i] as string).trim() !== '') return out[i] as string;
    return undefined;
  };
  for (const index of tabbed) {
    const text = (lines[index] as string).replace(/^[ \t]*/, '').replace(/^-[ \t]+/, '- ');
    const above = near(index, -1);
    const below = near(index, 1);
    const depths = new Set([above === undefined ? 0 : keyColumn(above), above === undefined ? 0 : indent(above), below === undefined ? 0 : indent(below)]);
    let best: { line: string; errors: number } | undefined;
    for (const depth of depths) {
      const line = `${' '.repeat(depth)}${text}`;
      const errors = parse([...out.slice(0, index), line, ...out.slice(index + 1)].join('\n'))[0].errors.length;
      if (!best || errors < best.errors) best = { line, errors };
    }
    out[index] = best?.line ?? text;
  }
  return out;
}

/** Split and parse one file. Problems are pushed to `problems`; `null` means nothing more can be read. */
export function parseMarkdownFile(file: string, raw: string, problems: Problem[]): ParsedFile | null {
  const text = normalizeText(raw);
  if (text.includes('\u0000')) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: 'The file is not UTF-8 text: it may have been saved as UTF-16 ("Unicode"), or not be a text file at all.',
      fix: 'Open it in a text editor and save it again with the encoding UTF-8.',
    });
    return null;
  }
  const garbled = text.indexOf('\uFFFD');
  if (garbled !== -1) {
    const before = text.slice(0, garbled).split('\n');
    problems.push({
      file,
      line: before.length,
      column: (before[before.length - 1]?.length ?? 0) + 1,
      field: '(file)',
      message: 'The file has characters that are not UTF-8 (shown as �): it was saved in another encoding, and some letters are lost.',
      fix: 'Save the file again with the encoding UTF-8, then check the characters on this line against the article.',
    });
  }
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
  // Blank lines before the first `---`: the frontmatter is there, one line too low.
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first > 0 && FENCE.test(lines[first] ?? '')) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: `The file starts with ${first === 1 ? 'a blank line' : `${first} blank lines`} before its \`---\`: the frontmatter must begin on the very first line.`,
      fix: `Delete the blank line${first === 1 ? '' : 's'} above the first \`---\`.`,
    });
    return null;
  }
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
  // A closing line of more dashes, or with words after them: named where it is.
  const near = end === -1 ? lines.findIndex((line, index) => index > 0 && /^-{3,}/.test(line)) : -1;
  if (near > 0) {
    problems.push({
      file,
      line: near + 1,
      column: 1,
      field: '(file)',
      message: `This line, \`${(lines[near] ?? '').slice(0, 20)}\`, was meant to close the frontmatter, but only a line of exactly three dashes does.`,
      fix: 'Write `---` alone on the line.',
    });
    return null;
  }
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
  const [doc, lineCounter] = parse(yamlText);
  const yamlLines = yamlText.split('\n');
  const advice: YamlAdvice[] = [];
  for (const { code, message, index, column } of yamlErrors(doc, lineCounter)) {
    advice.push(explainYamlError(code, message, yamlLines, index, column));
  }
  const tabbed = new Set(advice.filter((item) => item.message === TAB_MESSAGE).map((item) => item.index));
  if (tabbed.size > 0) {
    // A line indented with a tab throws YAML off for the lines after it, and its errors there blame
    // lines that are right. The tab is the one mistake to report, with whatever YAML still finds
    // once each such line is indented with spaces.
    const others = yamlErrors(...parse(respaced(yamlLines, tabbed).join('\n')))
      .filter(({ index }) => !tabbed.has(index))
      .map(({ code, message, index, column }) => explainYamlError(code, message, yamlLines, index, column));
    advice.splice(0, advice.length, ...advice.filter((item) => tabbed.has(item.index) && item.message === TAB_MESSAGE), ...others);
    advice.sort((a, b) => a.index - b.index);
  }
  if (doc.errors.length === 0) advice.push(...silentLosses(doc, yamlText, lineCounter));
  let data: unknown = {};
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (error) {
      // An alias whose label is missing or a runaway chain of aliases; the editor meant text.
      advice.push({
        index: 0,
        column: 1,
        message: `The frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        fix: 'A value that starts with `*` or `&` must be wrapped in double quotes.',
      });
    }
  }
  if (advice.length > 0) {
    // One problem a line: after the first mistake, YAML's later complaints on that line are echoes.
    const seen = new Set<number>();
    for (const item of advice) {
      if (seen.has(item.index)) continue;
      seen.add(item.index);
      const line = yamlLines[item.index] ?? '';
      const key = keyOf(line);
      problems.push({
        file,
        line: item.index + 2,
        column: Math.max(1, item.column),
        field: key && !/^\s/.test(line) ? key : '(frontmatter)',
        message: item.message,
        fix: item.fix,
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
  // Where a field that is missing altogether is reported: the frontmatter's first line.
  positions.set('', { line: 2, column: 1 });
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, positions };
}

/** The position of a field, or of its nearest parent that has one, or of the frontmatter start. */
export function positionOf(positions: Map<string, Position>, path: readonly PropertyKey[]): Position {
  for (let length = path.length; length > 0; length--) {
    const found = positions.get(path.slice(0, length).map(String).join('.'));
    if (found) return found;
  }
  return positions.get('') ?? { line: 1, column: 1 };
}
