import { z } from 'astro/zod';
import { articleText } from './article-text.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type DataOf } from './collections.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { aNoun, type Problem } from './problems.ts';
import type { SourceFile } from './read.ts';
import { referenceAt } from './field-roles.ts';
import { eachRecord, guessId, type CheckContext, type FileRef, type Rec } from './rules/context.ts';
import { fieldsOf } from './schema-fields.ts';
import { statusIssues } from './schemas/claim.ts';
import { issueToProblem } from './zod-problems.ts';

/** Each folder's schema, typed by what it returns. */
const SCHEMAS: { [C in CollectionName]: z.ZodType<DataOf<C>> } = {
  articles: COLLECTIONS.articles.schema,
  sources: COLLECTIONS.sources.schema,
  claims: COLLECTIONS.claims.schema,
  quotes: COLLECTIONS.quotes.schema,
  events: COLLECTIONS.events.schema,
  stories: COLLECTIONS.stories.schema,
};

const FIELDS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, fieldsOf(COLLECTIONS[name].schema)]));

export function idFromFile(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.md$/, '');
}

/**
 * Parse every field on its own, keeping those that are valid, so a record with one bad field is
 * still cross-checked on the rest and an editor sees every problem in one run.
 */
function partialParse<C extends CollectionName>(collection: C, raw: unknown): Partial<DataOf<C>> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  for (const field of FIELDS[collection] ?? []) {
    const parsed = z.safeParse(field.schema, Reflect.get(raw, field.key));
    if (parsed.success && parsed.data !== undefined) out[field.key] = parsed.data;
  }
  // Each value passed its own field's schema, so it has the type the record's schema gives that field.
  return out as Partial<DataOf<C>>;
}

/** A schema issue of a file, said once every file is read: a badly written id is then matched against the records there are. */
interface Issue {
  issue: Parameters<typeof issueToProblem>[0];
  where: { file: string; collection: CollectionName; singular: string; schema: z.ZodType; positions: Parameters<typeof issueToProblem>[1]['positions'] };
}

/** Each folder's field names. */
const FIELD_KEYS = new Map(COLLECTION_NAMES.map((name) => [name, new Set((FIELDS[name] ?? []).map((field) => field.key))]));

/**
 * The folder a record written in the wrong one belongs in: when most of its fields are not fields of
 * its folder's records and every one is a field of another folder's (a claim saved in `sources/`).
 */
function otherFolder(collection: CollectionName, data: unknown): { collection: CollectionName; keys: string[] } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  const mine = FIELD_KEYS.get(collection);
  if (keys.length < 2 || keys.filter((key) => !mine?.has(key)).length * 2 < keys.length) return undefined;
  const other = COLLECTION_NAMES.find((name) => name !== collection && keys.every((key) => FIELD_KEYS.get(name)?.has(key)));
  return other ? { collection: other, keys: keys.slice(0, 4) } : undefined;
}

/** One file read into a record: frontmatter, then the schema. Problems go to `problems`, schema issues to `issues`; undefined when nothing could be read. */
function readRecord<C extends CollectionName>(collection: C, source: SourceFile, problems: Problem[], issues: Issue[]): Rec<C> | undefined {
  const { file } = source;
  const parsed = parseMarkdownFile(file, source.text, problems);
  if (!parsed) return undefined;
  const base = { collection, id: idFromFile(file), file, body: parsed.body, bodyLine: parsed.bodyLine, positions: parsed.positions };
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { ...base, data: result.data, valid: result.data };
  const elsewhere = otherFolder(collection, parsed.data);
  if (elsewhere) {
    // Every field would be told wrong one by one, and none of those messages says what is wrong.
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: `This file is in \`content/${collection}/\`, so it is read as ${aNoun(COLLECTIONS[collection].singular)}, but its fields (${elsewhere.keys.map((key) => `\`${key}\``).join(', ')}) are ${aNoun(COLLECTIONS[elsewhere.collection].singular)}'s.`,
      fix: `Move it to \`content/${elsewhere.collection}/\`.`,
    });
    return undefined;
  }
  const where = { file, collection, singular: COLLECTIONS[collection].singular, schema, positions: parsed.positions };
  for (const issue of result.error.issues) issues.push({ issue, where });
  const data = partialParse(collection, parsed.data);
  // Zod skips the claim's status rule while any field is invalid: run it here, so a claim marked
  // `verified` without a review hears about it in the same run (unless zod already said so).
  const statusReported = result.error.issues.some((issue) => issue.code === 'custom' && issue.path.length === 1 && ['status', 'review'].includes(String(issue.path[0])));
  if (collection === 'claims' && !statusReported) {
    const review = typeof parsed.data === 'object' && parsed.data !== null ? Reflect.get(parsed.data, 'review') : undefined;
    for (const issue of statusIssues(Reflect.get(data, 'status'), review !== undefined && review !== null)) issues.push({ issue, where });
  }
  return { ...base, data };
}

/**
 * The first step of the check: every file on its own (frontmatter, schema), then the records
 * gathered by folder and id, and each article's text as anchors see it. Problems found so far are
 * returned beside the context the rules run on.
 */
export function readRecords(files: readonly SourceFile[]): { context: CheckContext; problems: Problem[] } {
  const problems: Problem[] = [];
  const issues: Issue[] = [];
  const refs: FileRef[] = [];
  const exists = { articles: new Set<string>(), sources: new Set<string>(), claims: new Set<string>(), quotes: new Set<string>(), events: new Set<string>(), stories: new Set<string>() };
  const records: { [C in CollectionName]: Map<string, Rec<C>> } = {
    articles: new Map(),
    sources: new Map(),
    claims: new Map(),
    quotes: new Map(),
    events: new Map(),
    stories: new Map(),
  };
  const duplicates: { record: FileRef; first: FileRef }[] = [];

  const add = <C extends CollectionName>(collection: C, source: SourceFile) => {
    const id = idFromFile(source.file);
    refs.push({ collection, file: source.file, id });
    exists[collection].add(id);
    const record = readRecord(collection, source, problems, issues);
    if (!record) return;
    const first = records[collection].get(id);
    if (first) duplicates.push({ record, first });
    else records[collection].set(id, record);
  };
  problems.push(...eachRecord(files, (source) => add(source.collection, source)));

  const texts = new Map<string, string>();
  problems.push(...eachRecord(records.articles.values(), (article) => texts.set(article.id, articleText(article.body))));
  const context: CheckContext = { files: refs, exists, records, duplicates, analysis: { texts, ranges: new Map(), articleOf: new Map() } };
  problems.push(
    ...eachRecord(issues.map(({ issue, where }) => ({ issue, where, file: where.file })), ({ issue, where }, report) => {
      const guess = (path: readonly PropertyKey[], value: string) => {
        const ref = referenceAt(where.collection, path);
        return ref && guessId(context, ref.to, value);
      };
      report(issueToProblem(issue, { ...where, guessId: guess }));
    }),
  );
  return { context, problems };
}
