import { readdirSync, readFileSync, statSync } from 'node:fs';
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

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (isDirectory(full)) out.push(...walk(full));
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
 * Every file under `content/`. Nothing is skipped without a word: a file outside the five folders,
 * or one that is not `.md`, would silently never be published, so each is reported instead.
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
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = join(base, name);
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
    for (const path of walk(full)) {
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
