import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import { checkFiles } from './check.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections.ts';
import { formatProblem, type Problem } from './problems.ts';
import { readContentDir } from './read.ts';
import { idFromFile } from './records.ts';
import { CORRECTION_KINDS, CorrectionSchema, type Correction } from './schemas/correction.ts';
import { suggest } from './zod-problems.ts';

/** How `npm run new -- correction` talks to the editor; the same as the other kinds' (scaffold.ts). */
interface Say {
  say(line: string): void;
}

const USAGE = [
  'Usage: npm run new -- correction --record <kind>/<id> --kind correction|update --was "..." --now "..." [--date YYYY-MM-DD]',
  '  Adds a correction to the end of a published record\'s `corrections` list, leaving the rest of the file as it was.',
  '    --record    The record corrected: `claim/<id>`, `quote/<id>`, `source/<id>`, `event/<id>` or `article/<id>`.',
  '    --kind      `correction` when the analysis was wrong; `update` when new information was added.',
  '    --was       What the page said before, or what was wrong with it, in a sentence.',
  '    --now       What it says now, in a sentence.',
  '    --date      The day the change is published (default: today).',
  '    --root      The project folder that holds `content/` (default: the current folder).',
  '  Make the change itself in the record first; the correction says what changed. The editing guide: docs/editing-guide.md#correcting-a-published-record',
].join('\n');

/** Today as the editor's own calendar has it. */
function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The folders whose records carry corrections: a story record is the site's grouping of articles, with none. */
const CORRECTABLE = COLLECTION_NAMES.filter((name) => name !== 'stories');

/** `claim/x`, `claims/x` → the folder and the id. */
function parseRecord(value: string): { collection: CollectionName; id: string } | string {
  const match = /^([a-z]+)\/([^/]+)$/.exec(value.trim());
  const kinds = CORRECTABLE.map((name) => COLLECTIONS[name].singular);
  if (!match) return `\`${value}\` does not name a record: write its kind and id, like \`claim/india-to-blame\` (kinds: ${kinds.join(', ')}).`;
  const [, kind = '', id = ''] = match;
  const collection = CORRECTABLE.find((name) => name === kind || COLLECTIONS[name].singular === kind);
  if (!collection) {
    const guess = suggest(kind, kinds);
    return `\`${kind}\` is not a kind of record.${guess ? ` Did you mean \`${guess}/${id}\`?` : ''} Kinds: ${kinds.join(', ')}.`;
  }
  return { collection, id: id.replace(/\.md$/, '') };
}

/**
 * The file with one more correction: the frontmatter is read with the yaml library's Document API
 * only to find where `corrections` is, and the new item is spliced in there as text, so every other
 * byte (comments, quoting, folded lines, order, line endings) stays as the editor wrote it.
 */
export function appendCorrection(text: string, correction: Correction): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unix = text.replace(/\r\n/g, '\n');
  const bom = unix.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = unix.slice(bom.length);
  const open = /^---[ \t]*\n/.exec(body);
  const close = open ? /^---[ \t]*$/m.exec(body.slice(open[0].length)) : null;
  if (!open || !close) throw new Error('the file has no frontmatter between two `---` lines');
  const start = open[0].length;
  const front = body.slice(start, start + close.index);
  const doc = parseDocument(front);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) throw new Error('its frontmatter cannot be read: run `npm run check:content` and fix it first');
  const item = (indent: string) =>
    stringify([correction], { lineWidth: 0 })
      .trimEnd()
      .split('\n')
      .map((line) => indent + line)
      .join('\n');
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'corrections') : undefined;
  const value = pair?.value;
  let next: string;
  if (!pair || !isScalar(pair.key) || !pair.key.range) {
    // No list yet: a new field at the end of the frontmatter.
    const trimmed = front.replace(/\n*$/, '');
    next = `${trimmed}${trimmed ? '\n' : ''}corrections:\n${item('  ')}\n`;
  } else if (isSeq(value) && !value.flow && value.range && value.items.length > 0) {
    // A block list: the new item goes after the last, lined up with the first.
    const lineStart = front.lastIndexOf('\n', value.range[0] - 1) + 1;
    const indent = front.slice(lineStart, value.range[0]);
    const end = value.range[1];
    const before = front.slice(0, end).replace(/\n*$/, '');
    next = `${before}\n${item(/^\s*$/.test(indent) ? indent : '  ')}\n${front.slice(end).replace(/^\n*/, '')}`;
  } else {
    // `corrections: []`, or a key with nothing after it: its value becomes a block list.
    const keyEnd = pair.key.range[1];
    const valueEnd = value && 'range' in value && value.range ? value.range[1] : keyEnd;
    const colon = front.indexOf(':', keyEnd);
    const rest = front.slice(Math.max(valueEnd, colon + 1)).replace(/^[^\n]*\n?/, '');
    next = `${front.slice(0, colon + 1)}\n${item('  ')}\n${rest}`;
  }
  if (!next.endsWith('\n')) next += '\n';
  const out = `${bom}${body.slice(0, start)}${next}${body.slice(start + close.index)}`;
  return eol === '\n' ? out : out.replace(/\n/g, '\r\n');
}

/**
 * `npm run new -- correction`: add a dated correction to a published record. The new file is checked
 * with the whole tree before it is written; whatever the check says about the correction stops it,
 * in the checker's own words, and nothing is written.
 */
export function runCorrection(argv: readonly string[], io: Say, cwd = process.cwd()): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.say(USAGE);
    return 0;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { record: { type: 'string' }, kind: { type: 'string' }, was: { type: 'string' }, now: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    io.say(`Nothing was written: ${error instanceof Error ? error.message : String(error)}.`);
    io.say(USAGE);
    return 1;
  }
  const missing = (['record', 'kind', 'was', 'now'] as const).filter((name) => !values[name]?.trim());
  if (missing.length > 0) {
    io.say(`Nothing was written: a correction needs ${missing.map((name) => `--${name}`).join(', ')}.`);
    io.say(USAGE);
    return 1;
  }
  const target = parseRecord(values['record'] ?? '');
  if (typeof target === 'string') {
    io.say(`Nothing was written. --record: ${target}`);
    return 1;
  }
  const root = resolve(cwd, values['root'] ?? '.');
  const { files, problems: unread } = readContentDir(root);
  const file = files.find((f) => f.collection === target.collection && idFromFile(f.file) === target.id);
  if (!file) {
    const ids = files.filter((f) => f.collection === target.collection).map((f) => idFromFile(f.file));
    const guess = suggest(target.id, ids);
    io.say(
      `Nothing was written. --record: there is no ${COLLECTIONS[target.collection].singular} \`${target.id}\` in \`content/${target.collection}/\`.${guess ? ` Did you mean \`${COLLECTIONS[target.collection].singular}/${guess}\`?` : ''}`,
    );
    return 1;
  }
  const parsed = CorrectionSchema.safeParse({ date: values['date']?.trim() || today(), kind: values['kind']?.trim(), was: values['was'], now: values['now'] });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = String(issue?.path[0] ?? 'kind');
    const given = values[field] ?? '';
    const guess = suggest(given, [...CORRECTION_KINDS]);
    const fix = issue && 'params' in issue ? ` ${String((issue.params as { fix?: string } | undefined)?.fix ?? '')}` : '';
    io.say(
      field === 'kind'
        ? `Nothing was written. --kind: \`${given}\` is not a kind of correction.${guess ? ` Did you mean \`${guess}\`?` : ''} Use \`correction\` when the analysis was wrong, \`update\` when new information was added.`
        : `Nothing was written. --${field}: ${issue?.message ?? 'not valid'}${fix.trimEnd()}`,
    );
    return 1;
  }
  let text: string;
  try {
    text = appendCorrection(file.text, parsed.data);
  } catch (error) {
    io.say(`Nothing was written: \`${file.file}\` ${error instanceof Error ? error.message : String(error)}.`);
    return 1;
  }
  // The same check as the build's, on the tree as it would be: only what is new in this file stops it.
  const key = (p: Problem) => `${p.field} ${p.message}`;
  const before = new Set(checkFiles(files, unread).problems.filter((p) => p.file === file.file).map(key));
  const after = checkFiles(
    files.map((f) => (f === file ? { ...f, text } : f)),
    unread,
  ).problems.filter((p) => p.file === file.file && !before.has(key(p)));
  if (after.length > 0) {
    io.say('Nothing was written. The check says of the correction:');
    for (const problem of after) io.say(`  ${formatProblem(problem)}`);
    return 1;
  }
  writeFileSync(join(root, file.file), text);
  io.say(`Added ${parsed.data.kind === 'update' ? 'an' : 'a'} ${parsed.data.kind} dated ${parsed.data.date} to ${file.file}.`);
  io.say('Check everything with `npm run check:content`; the record\'s page and /corrections/ show it after the next build.');
  return 0;
}
