import type { TextRange } from '../anchor.ts';
import { COLLECTIONS, type CollectionName, type DataOf, type Entry } from '../collections.ts';
import { positionOf } from '../frontmatter.ts';
import { renamedId, sourceNames, suggestId } from '../ids.ts';
import { formatPath, type Problem } from '../problems.ts';

/** What the checks work out on the way, kept for the pages and the export. */
export interface Analysis {
  /** Each article's text, as anchors see it. */
  texts: Map<string, string>;
  /** Resolved anchors by `collection/id` (claims, quotes, events with an anchor). */
  ranges: Map<string, TextRange>;
  /** The article each resolved anchor is in, by the same key. */
  articleOf: Map<string, string>;
}

/**
 * One record as the rules see it. Each field was checked by its own schema, so `data` holds the
 * fields that are valid, typed; `valid` is the whole record when every field is, and only those
 * records are published. A record with one bad field is still cross-checked on the rest, so an
 * editor sees every problem in one run.
 */
export interface Rec<C extends CollectionName = CollectionName> extends Entry<Partial<DataOf<C>>> {
  collection: C;
  valid?: DataOf<C>;
}

export type Records = { readonly [C in CollectionName]: ReadonlyMap<string, Rec<C>> };

/** A record of any folder. */
export type AnyRec = { [C in CollectionName]: Rec<C> }[CollectionName];

/** A content file as found, whether or not it could be read: its folder, path and id. */
export interface FileRef {
  collection: CollectionName;
  file: string;
  id: string;
}

export interface CheckContext {
  /** Every content file found, in the order read. */
  files: readonly FileRef[];
  /** The ids each folder has a file for, even one whose frontmatter cannot be read: a reference to it is not the problem. */
  exists: { readonly [C in CollectionName]: ReadonlySet<string> };
  /** Every record whose frontmatter could be read, valid or not: the first file of each id. */
  records: Records;
  /** Later files with an id their folder already has, and the file that has it. */
  duplicates: readonly { record: FileRef; first: FileRef }[];
  /**
   * What earlier steps worked out: each article's text (read with the records), then the range of
   * each anchor (the anchors rule). Rules that run after the anchors rule may read the ranges.
   */
  analysis: Analysis;
}

/** One concern of the checker: every problem it finds in the content, in words an editor can act on. */
export type Rule = (context: CheckContext) => Problem[];

/** Where a field of a record is, for a problem about it. */
export function at(entry: Entry<unknown>, path: readonly PropertyKey[]): Pick<Problem, 'file' | 'line' | 'column' | 'field'> {
  return { file: entry.file, ...positionOf(entry.positions, path), field: formatPath(path) };
}

/** The id an editor likely meant by `value` where an id of `target` belongs (ids.ts): a source is found by its name or aliases too. */
export function guessId({ exists, records }: CheckContext, target: CollectionName, value: string): string | undefined {
  return suggestId(value, exists[target], target === 'sources' ? sourceNames(records.sources.values()) : undefined);
}

/** The file of `target` whose name the check refuses but that is to have the id `id` once renamed (`India-To-Blame.md` for `india-to-blame`). */
export function misnamedFile({ files }: CheckContext, target: CollectionName, id: string): FileRef | undefined {
  return files.find((file) => file.collection === target && file.id !== id && renamedId(file.id) === id);
}

/** `a claim`, `an event`. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

export function singular(collection: CollectionName): string {
  return COLLECTIONS[collection].singular;
}

/** The problem that stands for a check that stopped on a file with an unexpected error. */
export function stopped(file: string, error: unknown): Problem {
  return {
    file,
    line: 1,
    column: 1,
    field: '(file)',
    message: `The checker stopped on this file with an unexpected error: ${error instanceof Error ? error.message : String(error)}.`,
    fix: 'Check the file against docs/editing-guide.md; if it looks right, report this message to the developers with the file attached.',
  };
}

/**
 * Run a check on each record. The checker must never stop with a stack trace: whatever goes wrong
 * on one record becomes a problem on its file, and every other record is still checked.
 */
export function eachRecord<R extends { file: string }>(records: Iterable<R>, check: (record: R, report: (problem: Problem) => void) => void): Problem[] {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);
  for (const record of records) {
    try {
      check(record, report);
    } catch (error) {
      problems.push(stopped(record.file, error));
    }
  }
  return problems;
}

/** Every record, folder by folder in the order of `COLLECTION_NAMES`. */
export function allRecords(records: Records): AnyRec[] {
  return [...records.articles.values(), ...records.sources.values(), ...records.claims.values(), ...records.quotes.values(), ...records.events.values(), ...records.stories.values()];
}

/** The article a record belongs to, for the folders whose records belong to one. */
export function articleIdOf(record: AnyRec): string | undefined {
  return record.collection === 'claims' || record.collection === 'quotes' || record.collection === 'events' ? record.data.article : undefined;
}
