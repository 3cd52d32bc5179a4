import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const BROKEN = fileURLToPath(new URL('../fixtures/broken', import.meta.url));
/** Two articles of two stories sharing a source: content whose counts tests may assert, unlike the live `content/`. */
export const TWO_STORIES = fileURLToPath(new URL('../fixtures/corpora/two-stories', import.meta.url));

/** What an editor sees for a content tree: the report lines, and the ids of the records that load. */
export function check(root: string) {
  const { corpus, problems, warnings, analysis } = checkContent(root);
  return {
    lines: sortProblems(problems).map(formatProblem).join('\n'),
    /** Warnings, printed the same way: they never stop the check or the build. */
    warnings: sortProblems(warnings).map(formatProblem).join('\n'),
    problems,
    analysis,
    corpus,
    loaded: Object.fromEntries(Object.entries(corpus).map(([name, entries]: [string, { id: string }[]]) => [name, entries.map((entry) => entry.id)])),
  };
}

/** A fixture case of tests/fixtures/broken/, checked. */
export function checkCase(name: string) {
  return check(join(BROKEN, name));
}

/** The records every fixture case starts from: each case must still load all that it did not break. */
export const BASE_LOADED = {
  articles: ['pakistan-afghanistan-talks'],
  sources: ['khawaja-asif', 'omar-samad'],
  claims: ['afghan-side-venomous-statements', 'talks-failed-on-tuesday'],
  quotes: ['venomous'],
  events: ['talks-fail'],
  stories: [],
};

/** A scratch project with a copy of a content tree (the two-stories fixture unless told), removed by the returned function. */
export function scratchProject(from = join(TWO_STORIES, 'content')): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'claimline-'));
  cpSync(from, join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** `run` on a scratch project with a copy of a content tree (the two-stories fixture unless told), removed afterwards. */
export function inScratch<T>(run: (root: string) => T, from?: string): T {
  const { root, cleanup } = scratchProject(from);
  try {
    return run(root);
  } finally {
    cleanup();
  }
}

/** An editor's fix in a scratch project: `from` replaced by `to` in `content/<file>`; throws if `from` is not there to replace. */
export function editContent(root: string, file: string, from: string, to: string): void {
  const path = join(root, 'content', file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(from)) throw new Error(`content/${file} has no \`${from}\` to replace.`);
  writeFileSync(path, before.replace(from, to));
}
