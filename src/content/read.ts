import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';
import { COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { suggest } from './zod-problems.ts';

/** A content file as found on disk. */
export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  text: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A broken link or a file that vanished: read as a file, so reading it reports the problem.
    return false;
  }
}

/**
 * Files the system or git puts in folders by themselves: skipped, as the README says. Any other name
 * starting with a dot is hidden in most file browsers, so it is reported rather than skipped.
 */
const SYSTEM_FILES = new Set(['.DS_Store', '.gitkeep']);

/** What an editor's program keeps beside a file while it is open: vim's swap files, Emacs's lock and autosave files. */
const EDITING_FILES = /^(?:\..+\.sw[a-p]|\.#.+|#.+#)$/;

/** What an editor's program or a merge leaves behind: `claim.md~`, `claim.md.bak`, `claim.md.orig`. */
const BACKUP_FILES = /(?:~|\.bak|\.orig)$/i;

/**
 * A file an editor's program made, not the editor: passed over, so that a file open in vim does not
 * stop the build; a backup left behind is named in a warning, as it lingers.
 */
function leftover(name: string): Omit<Problem, 'file'> | 'skip' | undefined {
  if (SYSTEM_FILES.has(name) || EDITING_FILES.test(name)) return 'skip';
  if (!BACKUP_FILES.test(name)) return undefined;
  return {
    line: 1,
    column: 1,
    field: '(file)',
    severity: 'warning',
    message: 'This looks like a backup copy an editing program left behind: it is not read, and nothing in it is published.',
    fix: 'Delete it once you no longer need it; the record itself is the `.md` file beside it.',
  };
}

/** What is in a content folder that the check must not read as a record, and why; undefined for a file or folder it reads. */
function refusedEntry(full: string, name: string, fix: { contentDir: string }): Omit<Problem, 'file'> | undefined {
  const where = { line: 1, column: 1, field: '(file)' };
  let link = false;
  try {
    link = lstatSync(full).isSymbolicLink();
  } catch {
    // Vanished while the folder was read: reading it reports the problem.
  }
  if (link) {
    return {
      ...where,
      message: 'This is a symbolic link: the check reads only files that are inside `content/`, so a link is not followed, and nothing it points to is published.',
      fix: `Replace the link with the file itself (a copy), inside \`${fix.contentDir}/\`.`,
    };
  }
  if (name.startsWith('.')) {
    return {
      ...where,
      message: `\`${name}\` starts with a dot, so it is hidden in most file browsers and would never be published.`,
      fix: `Rename it without the leading dot if it is content, or move it out of \`${fix.contentDir}/\`.`,
    };
  }
  return undefined;
}

/** What the check does with an entry of a content folder before reading it: pass it over, tell of it (refused, or a leftover backup), or read it (undefined). */
function screened(full: string, name: string, contentDir: string): Omit<Problem, 'file'> | 'skip' | undefined {
  return leftover(name) ?? refusedEntry(full, name, { contentDir });
}

function walk(dir: string, refused: (full: string, problem: Omit<Problem, 'file'>) => void, contentDir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const problem = screened(full, name, contentDir);
    if (problem === 'skip') continue;
    if (problem) refused(full, problem);
    else if (isDirectory(full)) out.push(...walk(full, refused, contentDir));
    else out.push(full);
  }
  return out;
}

/** Why a file could not be read, in words: the error codes people meet when saving or syncing files. */
function unreadable(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'The file could not be found when it was read: it may be a broken link, or have been moved while the check ran.';
  if (code === 'EACCES' || code === 'EPERM') return 'The file cannot be read: its permissions do not allow it.';
  if (code === 'EISDIR') return 'This is a folder where a file was expected.';
  return `The file cannot be read: ${error instanceof Error ? error.message : String(error)}.`;
}

/**
 * Every file under `content/`. Nothing is skipped without a word: a file outside the six folders,
 * one that is not `.md`, a hidden one or a symbolic link would silently never be published (or, for
 * a link, publish what lies outside the tree), so each is reported instead.
 */
export function readContentDir(root: string, contentDir = 'content'): { files: SourceFile[]; problems: Problem[] } {
  const base = join(root, contentDir);
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const rel = (full: string) => relative(root, full).split(sep).join('/');
  let entries: string[];
  try {
    entries = readdirSync(base).sort();
  } catch {
    problems.push({
      file: contentDir,
      line: 1,
      column: 1,
      field: '(folder)',
      message: `There is no \`${contentDir}/\` folder in \`${root}\`.`,
      fix: `Run the command from the project folder, or name the folder that holds \`${contentDir}/\`; a new project needs \`${contentDir}/\` with the folders ${COLLECTION_NAMES.map((c) => `\`${c}/\``).join(', ')}.`,
    });
    return { files, problems };
  }
  const refused = (full: string, problem: Omit<Problem, 'file'>) => problems.push({ file: rel(full), ...problem });
  for (const name of entries) {
    const full = join(base, name);
    const problem = screened(full, name, contentDir);
    if (problem === 'skip') continue;
    if (problem) {
      refused(full, problem);
      continue;
    }
    if (!isDirectory(full)) {
      if (name.toLowerCase() === 'readme.md') continue;
      problems.push({
        file: rel(full),
        line: 1,
        column: 1,
        field: '(file)',
        message: 'This file is not inside one of the content folders, so it would never be published.',
        fix: `Move it into one of ${COLLECTION_NAMES.map((c) => `\`${contentDir}/${c}/\``).join(', ')}.`,
      });
      continue;
    }
    if (!(COLLECTION_NAMES as string[]).includes(name)) {
      const guess = suggest(name, COLLECTION_NAMES);
      problems.push({
        file: rel(full),
        line: 1,
        column: 1,
        field: '(folder)',
        message: `\`${name}/\` is not a content folder, so nothing in it would be published.`,
        fix: guess ? `Did you mean \`${guess}/\`? Rename the folder.` : `Use one of ${COLLECTION_NAMES.map((c) => `\`${c}/\``).join(', ')}.`,
      });
      continue;
    }
    for (const path of walk(full, refused, contentDir)) {
      const file = rel(path);
      if (!path.endsWith('.md')) {
        problems.push({
          file,
          line: 1,
          column: 1,
          field: '(file)',
          message: 'Only `.md` files are read, so this file would never be published.',
          fix: 'Rename it to end in `.md`, or move it out of `content/`.',
        });
        continue;
      }
      try {
        files.push({ collection: name as CollectionName, file, text: readFileSync(path, 'utf8') });
      } catch (error) {
        problems.push({ file, line: 1, column: 1, field: '(file)', message: unreadable(error), fix: 'Check that the file exists and that you can open it in your editor, then run the check again.' });
      }
    }
  }
  return { files, problems };
}
