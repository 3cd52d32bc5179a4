import type { CollectionName, Corpus, DataOf, Entry } from './collections.ts';
import { isWarning, type Problem } from './problems.ts';
import { readContentDir, type SourceFile } from './read.ts';
import { readRecords } from './records.ts';
import type { Analysis, Rec } from './rules/context.ts';
import { RULES } from './rules/index.ts';

export type { Analysis } from './rules/context.ts';
export type { Corpus, Entry, CollectionName } from './collections.ts';

/** One article's analysis as the `analysis` collection stores it: its text, and `[start, end]` of each anchor by `collection/id`. */
export interface AnalysisData {
  text: string;
  ranges: Record<string, [number, number]>;
}

/** What a check of the content gives: the records that may be published, what was worked out of them, and every problem. */
export interface CheckResult {
  corpus: Corpus;
  analysis: Analysis;
  /** The errors: while one stands, nothing is published. */
  problems: Problem[];
  /** Said to the editor beside the errors, never stopping the check or the build. */
  warnings: Problem[];
}

/** A folder's valid records, sorted by id: records that failed their schema are not published, and the problems say why. */
function published<C extends CollectionName>(records: ReadonlyMap<string, Rec<C>>): Entry<DataOf<C>>[] {
  const out: Entry<DataOf<C>>[] = [];
  for (const { id, file, valid, body, bodyLine, positions } of records.values()) {
    if (valid) out.push({ id, file, data: valid, body, bodyLine, positions });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Check content files held in memory: each file read on its own (frontmatter, schema), then every
 * rule over the records, in order. `problems` are those found before, while reading the folder.
 */
export function checkFiles(files: readonly SourceFile[], problems: readonly Problem[] = []): CheckResult {
  const { context, problems: read } = readRecords(files);
  const found = [...problems, ...read];
  for (const rule of RULES) {
    try {
      found.push(...rule(context));
    } catch (error) {
      // Rules guard each record themselves; this is the net under a rule's own code, never a stack trace.
      found.push({
        file: 'content',
        line: 1,
        column: 1,
        field: '(check)',
        message: `The check \`${rule.name}\` stopped with an unexpected error: ${error instanceof Error ? error.message : String(error)}.`,
        fix: 'The other checks still ran. Report this message to the developers, with the content if you can.',
      });
    }
  }
  const { records } = context;
  const corpus: Corpus = {
    articles: published(records.articles),
    sources: published(records.sources),
    claims: published(records.claims),
    quotes: published(records.quotes),
    events: published(records.events),
    stories: published(records.stories),
  };
  return { corpus, analysis: context.analysis, problems: found.filter((p) => !isWarning(p)), warnings: found.filter(isWarning) };
}

/** Read and check everything under `<root>/content/`: the one check the CLI, the loader and the tests share. */
export function checkContent(root: string, contentDir = 'content'): CheckResult {
  const { files, problems } = readContentDir(root, contentDir);
  return checkFiles(files, problems);
}
