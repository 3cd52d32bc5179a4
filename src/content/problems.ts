/** One thing wrong with the content, located and explained for an editor. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  /** The field at fault (`attribution[1].source`), or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** What to do about it, in a sentence. */
  fix: string;
  /**
   * `error` (the default when absent) stops the check and the build; `warning` is printed beside
   * them and stops nothing: something an editor may have meant, such as a source no record uses yet.
   */
  severity?: 'error' | 'warning';
}

export const isWarning = (problem: Problem): boolean => problem.severity === 'warning';

/** `file:line:column  field  what is wrong  how to fix it`, the form editors' tools can jump to. */
export function formatProblem(problem: Problem): string {
  // A warning says so where the eye lands after the location, as compilers print `file:1:1: warning:`.
  const mark = isWarning(problem) ? 'warning  ' : '';
  // One problem, one line: a newline from the content (a value that runs over lines) shows as ⏎.
  const flat = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, '⏎');
  return `${problem.file}:${problem.line}:${problem.column}  ${mark}${flat(problem.field)}  ${flat(problem.message)}  ${flat(problem.fix)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}

/** A count with its noun: "1 problem", "3 files", and `many` where the plural is not the noun and an s: "2 children". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** The whole report: every problem, then a count. */
export function formatReport(problems: Problem[]): string {
  const sorted = sortProblems(problems.filter((p) => !isWarning(p)));
  const files = new Set(sorted.map((p) => p.file)).size;
  const count = `${plural(sorted.length, 'problem')} in ${plural(files, 'file')}.`;
  return [...sorted.map(formatProblem), '', count].join('\n');
}

/** Warnings, one a line, then a count that says they stop nothing; `''` when there are none. */
export function formatWarnings(warnings: Problem[]): string {
  if (warnings.length === 0) return '';
  const sorted = sortProblems(warnings);
  return [...sorted.map(formatProblem), '', `${plural(sorted.length, 'warning')}: worth a look, but they do not stop the check or the build.`].join('\n');
}

/** `attribution[1].source` from a path like `['attribution', 1, 'source']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    // A blank key (`" ": x`) would print as nothing at all; quoted, the editor can see it.
    const name = String(key).trim() === '' ? JSON.stringify(String(key)) : String(key);
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${name}` : name;
  }
  return out || '(file)';
}

/** A character's code point as the Unicode standard writes it: `U+00AD`. */
export function codePointOf(char: string | number): string {
  const code = typeof char === 'number' ? char : (char.codePointAt(0) ?? 0);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A noun with its indefinite article, as the check's sentences need it: "an article", "a claim". */
export function aNoun(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
