import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * When a record last changed, read from the repository's history of its file, the way Starlight's
 * `lastUpdated` does in a build: one `git log --name-status` over the content folder, each file
 * taking the date of the newest commit that touched it.
 *
 * A shallow clone (CI's default checkout) has one grafted commit at its boundary that shows every
 * file as added on that commit's date: those dates would be wrong, so files whose newest change is
 * only there are left without a date. Without any history (a tarball, no git), no file has one.
 * Callers then omit the date, or fall back to what the content itself records (a correction's
 * date); nothing is guessed from a file's modification time, which says when it was checked out.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/git.ts
 */

export interface History {
  /** `full`: every commit; `shallow`: cut at a boundary; `none`: no repository or no git. */
  state: 'full' | 'shallow' | 'none';
  /** Newest commit time (ms since the epoch) by absolute file path. */
  dates: ReadonlyMap<string, number>;
  /** Why there is no history, for the warning. */
  reason?: string | undefined;
}

function git(cwd: string, args: string[]): { ok: boolean; out: string } {
  // ~10 MB, as Starlight found a big site's log can pass spawnSync's 1 MB default.
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
  return {
    ok: !result.error && result.status === 0,
    out: result.error ? result.error.message : `${result.stdout ?? ''}${result.status ? (result.stderr ?? '') : ''}`,
  };
}

/** The history of every file under `path` (relative to `dir`; default: all of `dir`). */
export function readHistory(dir: string, path = '.'): History {
  if (!existsSync(dir)) return { state: 'none', dates: new Map(), reason: `\`${dir}\` does not exist` };
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { state: 'none', dates: new Map(), reason: /ENOENT/.test(top.out) ? 'git is not installed' : 'the project is not a git repository' };
  const root = realpathSync(top.out.trim());
  const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow']);
  const boundaryPath = shallowFile.ok ? resolve(root, shallowFile.out.trim()) : '';
  const boundary = new Set(boundaryPath && existsSync(boundaryPath) ? readFileSync(boundaryPath, 'utf8').split('\n').filter(Boolean) : []);
  const log = git(realpathSync(dir), ['log', '--format=t:%ct %H', '--name-status', '--', path]);
  if (!log.ok) return { state: 'none', dates: new Map(), reason: 'git log failed (a repository without commits?)' };
  const dates = new Map<string, number>();
  let time = 0;
  let grafted = false;
  for (const line of log.out.split('\n')) {
    if (line.startsWith('t:')) {
      const [seconds, hash] = line.slice(2).split(' ');
      time = Number(seconds) * 1000;
      grafted = boundary.has(hash ?? '');
      continue;
    }
    // `M\tfile`, `A\tfile`, `R100\told\tnew`: the file's name as of that commit is the last part.
    const tab = line.lastIndexOf('\t');
    if (tab === -1 || grafted) continue;
    const file = resolve(root, line.slice(tab + 1));
    if ((dates.get(file) ?? 0) < time) dates.set(file, time);
  }
  if (dates.size === 0 && boundary.size === 0 && log.out.trim() === '') return { state: 'none', dates, reason: 'no commit touches the content yet' };
  return { state: boundary.size > 0 ? 'shallow' : 'full', dates };
}

/** The one line a build prints when dates are missing or partial; nothing when the history is whole. */
export function historyWarning(history: History): string | undefined {
  if (history.state === 'full') return undefined;
  const fix = 'build from a clone with its whole history (`git fetch --unshallow`; in GitHub Actions, `fetch-depth: 0`)';
  if (history.state === 'shallow')
    return `The git history is shallow: records last changed before its first commit get no "last changed" date or dateModified; ${fix}.`;
  return `No git history (${history.reason ?? 'unknown'}): no record gets a "last changed" date or dateModified beyond its corrections; ${fix}.`;
}

let built: History | undefined;

/**
 * The history of the project's `content/` (where every record's file is), read once per build (and
 * once per dev server: restart it to see commits made since); its warning printed once.
 */
export function projectHistory(root = process.cwd()): History {
  if (!built) {
    built = readHistory(root, 'content');
    const warning = historyWarning(built);
    if (warning) console.warn(`[claimline] ${warning}`);
  }
  return built;
}

const realPaths = new Map<string, string>();

/** `abs` with its links resolved (the history names files by their real paths), looked up once a build. */
function realPath(abs: string): string {
  let real = realPaths.get(abs);
  if (real === undefined) {
    try {
      real = realpathSync(abs);
    } catch {
      // A file that is gone has no history worth reading; its path is still looked up as given.
      real = abs;
    }
    realPaths.set(abs, real);
  }
  return real;
}

/**
 * The newest change among `files` (paths relative to `root`, or absolute), or undefined when the
 * history knows none of them: a new file not yet committed, a shallow or missing history.
 */
export function lastChanged(files: readonly string[], history: History = projectHistory(), root = process.cwd()): Date | undefined {
  if (history.dates.size === 0) return undefined;
  let newest = 0;
  for (const file of files) {
    const abs = resolve(root, file);
    newest = Math.max(newest, history.dates.get(realPath(abs)) ?? history.dates.get(abs) ?? 0);
  }
  return newest > 0 ? new Date(newest) : undefined;
}

/** A record as the build holds it: from a collection (`filePath`) or from the content check (`file`). */
export interface RecordWithFile {
  data: { corrections?: readonly { date: string }[] | undefined };
  file?: string | undefined;
  filePath?: string | undefined;
}

/** The record's file, relative to the project, when the record came from one. */
export function fileOf(record: object): string | undefined {
  const { file, filePath } = record as RecordWithFile;
  return filePath ?? file;
}

/**
 * When a record last changed, for `dateModified`: its file's newest commit (a date and time), or,
 * when the history does not know it or a correction is dated later, the newest correction's day.
 * Undefined when neither is known.
 */
export function recordModified(record: RecordWithFile, changed: (files: readonly string[]) => Date | undefined = lastChanged): string | undefined {
  const file = fileOf(record);
  const fromHistory = file ? changed([file])?.toISOString() : undefined;
  const corrected = (record.data.corrections ?? [])
    .map((c) => c.date)
    .sort()
    .at(-1);
  if (!fromHistory) return corrected;
  return corrected && corrected > fromHistory.slice(0, 10) ? corrected : fromHistory;
}
