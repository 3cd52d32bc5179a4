import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { projectCopy } from '../support/project-copy.ts';

/**
 * An editor adds a second article to the project, as the editing guide says: `npm run new` for the
 * article and a claim (with flags, as from a script), then the content check, the build, and the
 * site tests (`*.site.test.ts`) against the new build. All in a copy of the project with its
 * `content/`, so the repository is left as it was.
 */
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'claimline-second-'));
const dir = join(work, 'site');
const ARTICLE = 'lowmarsh-ferry-pier';

/** An npm command in the copy, as an editor runs it, with no terminal to ask in. */
function npm(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync('npm', args, {
    cwd: options.cwd ?? dir,
    encoding: 'utf8',
    env: { ...buildEnv(), ...options.env },
    input: '',
    timeout: options.timeout ?? 120_000,
  });
}
const output = (run: SpawnSyncReturns<string>) => `${run.stdout}\n${run.stderr}`;

beforeAll(() => {
  projectCopy(dir, join(ROOT, 'content'));
  writeFileSync(
    join(work, 'text.txt'),
    'The council of Lowmarsh voted on Monday to close the old ferry pier, according to Geo News.\n\nCouncillors said the pier was no longer safe to use.\n',
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a second article, added with npm run new', () => {
  it('is written with a claim on its words, by a source the first article also cites', () => {
    const article = npm([
      'run',
      'new',
      '--',
      'article',
      '--id',
      ARTICLE,
      '--title',
      'Lowmarsh council votes to close its ferry pier, as Geo News reports',
      '--published',
      '2025-06-02',
      '--summary',
      'The article passes on a Geo News report that the Lowmarsh council voted to close the old ferry pier.',
      '--text-file',
      join(work, 'text.txt'),
    ]);
    expect(article.status, output(article)).toBe(0);
    const claim = npm([
      'run',
      'new',
      '--',
      'claim',
      '--article',
      ARTICLE,
      '--id',
      'lowmarsh-pier-to-close',
      '--statement',
      'The Lowmarsh council voted to close the old ferry pier.',
      '--kind',
      'report',
      '--exact',
      'voted on Monday to close the old ferry pier',
      '--source',
      'geo-news',
      '--verb',
      'according to',
    ]);
    expect(claim.status, output(claim)).toBe(0);
    expect(existsSync(join(dir, 'content', 'articles', `${ARTICLE}.md`))).toBe(true);
    expect(existsSync(join(dir, 'content', 'claims', 'lowmarsh-pier-to-close.md'))).toBe(true);
  });

  it('passes npm run check:content', () => {
    const check = npm(['run', 'check:content']);
    expect(check.status, output(check)).toBe(0);
  });

  it('builds with npm run build', () => {
    // With the repository's history, as the editor's own clone has it: the pages the new article
    // leaves alone get the same "last changed" dates as in dist/, and so are the same, byte for byte.
    const gitDir = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: ROOT, encoding: 'utf8' });
    const history = gitDir.status === 0 ? { GIT_DIR: gitDir.stdout.trim(), GIT_WORK_TREE: dir } : {};
    const build = npm(['run', 'build'], { timeout: 300_000, env: history });
    expect(build.status, output(build)).toBe(0);
    expect(existsSync(join(dir, 'dist', 'articles', ARTICLE, 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'claims', 'lowmarsh-pier-to-close', 'index.html'))).toBe(true);
  }, 310_000);

  it('passes the site tests', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'site'], {
      cwd: ROOT,
      encoding: 'utf8',
      // The pages the new article leaves as they were are opened in the browser by the site tests of
      // dist/ in the same run; this one opens the others.
      env: { ...buildEnv(), CLAIMLINE_DIST: join(dir, 'dist'), CLAIMLINE_CHECKED_DIST: join(ROOT, 'dist'), NO_COLOR: '1' },
      timeout: 590_000,
    });
    const lines = output(run).trim().split('\n');
    expect(run.status, lines.slice(-80).join('\n')).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^Tests: [1-9]\d* passed, 0 failed$/);
  }, 600_000);
});
