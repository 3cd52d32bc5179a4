import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyWarning, lastChanged, readHistory } from '../../src/publish/last-changed.ts';

/**
 * A repository made here, with commits at set dates, read as a build reads the project's: each
 * file's date is that of the newest commit that touched it.
 */
const scratch = mkdtempSync(join(tmpdir(), 'claimline-history-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
function git(cwd: string, args: string[], date?: string): string {
  const when = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...env, ...when },
    encoding: 'utf8',
  });
}
function write(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}
function commit(dir: string, date: string, message: string): void {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], date);
}

const repo = join(scratch, 'repo');
mkdirSync(repo);
git(repo, ['init', '-q', '-b', 'main']);
write(repo, 'content/claims/fees.md', 'first\n');
write(repo, 'content/sources/port.md', 'port\n');
commit(repo, '2024-01-10T08:00:00Z', 'Add the claim and the source');
write(repo, 'content/quotes/paid.md', 'paid\n');
commit(repo, '2024-02-20T12:00:00Z', 'Add a quote');
write(repo, 'content/claims/fees.md', 'corrected\n');
git(repo, ['mv', 'content/sources/port.md', 'content/sources/harbour.md']);
commit(repo, '2024-03-05T16:30:00Z', 'Correct the claim; rename the source');
write(repo, 'content/events/new.md', 'not committed yet\n');

describe('lastChanged, from a repository with its whole history', () => {
  const history = readHistory(repo);

  it("dates each file by the newest commit that touched it, a renamed one by its new name's", () => {
    expect(history.state).toBe('full');
    expect(lastChanged(['content/quotes/paid.md'], history, repo)?.toISOString()).toBe('2024-02-20T12:00:00.000Z');
    expect(lastChanged(['content/claims/fees.md'], history, repo)?.toISOString()).toBe('2024-03-05T16:30:00.000Z');
    expect(lastChanged(['content/sources/harbour.md'], history, repo)?.toISOString()).toBe('2024-03-05T16:30:00.000Z');
  });

  it('takes the newest of several files, and knows no date for a file never committed', () => {
    expect(lastChanged(['content/quotes/paid.md', 'content/claims/fees.md'], history, repo)?.toISOString()).toBe('2024-03-05T16:30:00.000Z');
    expect(lastChanged(['content/events/new.md'], history, repo)).toBeUndefined();
    expect(historyWarning(history)).toBeUndefined();
  });
});

describe('the fallback', () => {
  it('in a shallow clone, leaves out the dates the boundary commit would falsify, and says so in one line', () => {
    const clone = join(scratch, 'shallow');
    git(scratch, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
    const history = readHistory(clone);
    expect(history.state).toBe('shallow');
    // Changed in the newest commit: known.
    expect(lastChanged(['content/claims/fees.md'], history, clone)?.toISOString()).toBe('2024-03-05T16:30:00.000Z');
    // Last changed in the boundary commit, which shows every file as added: unknown, not wrong.
    expect(lastChanged(['content/quotes/paid.md'], history, clone)).toBeUndefined();
    const warning = historyWarning(history) ?? '';
    expect(warning).toContain('The git history is shallow');
    expect(warning).toContain('fetch-depth: 0');
    expect(warning.split('\n')).toHaveLength(1);
  });

  it('without any history, knows no date and says why', () => {
    const plain = join(scratch, 'plain');
    write(plain, 'content/claims/fees.md', 'x\n');
    const history = readHistory(plain);
    expect(history.state).toBe('none');
    expect(lastChanged(['content/claims/fees.md'], history, plain)).toBeUndefined();
    expect(historyWarning(history)).toMatch(/^No git history \(the project is not a git repository\): /);
  });
});
