import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, PROJECT, TWO_STORIES } from './support.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts'), ...args], { encoding: 'utf8', cwd: PROJECT });

describe('npm run check:content', () => {
  it('says valid content is valid, with counts, and exits 0', () => {
    const result = run(TWO_STORIES);
    expect(result.status).toBe(0);
    // The fixture keeps one source no record names, which is a warning and does not fail the check.
    expect(result.stdout).toMatch(/^Content is valid: 2 articles, 18 sources, 25 claims, 9 quotes, 9 events \(checked in [\d.]+ s, with 1 warning above\)\.$/m);
    // One story record is "1 story".
    expect(run('tests/fixtures/corpora/one-story').stdout).toMatch(/, 1 story \(checked in/);
  });

  it('prints every problem of a tree, one line each, then a count and where to read more, and exits 1', () => {
    const result = run(join(BROKEN, 'unknown-kind-or-status'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 3).every((line) => /^content\/\S+\.md:\d+:\d+ {2}\S+ {2}.+ {2}.+$/.test(line))).toBe(true);
    expect(lines.slice(-2)).toEqual([
      '3 problems in 2 files.',
      'Nothing is published until every problem above is fixed. What each message means: docs/editing-guide.md#when-the-check-fails',
    ]);
  });

  it('never prints a stack trace, even for a folder that is not there', () => {
    for (const root of [join(BROKEN, 'malformed-yaml'), join(BROKEN, 'yaml-mistakes'), join(BROKEN, 'does-not-exist')]) {
      const result = run(root);
      expect(result.status).toBe(1);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:/);
    }
    expect(run(join(BROKEN, 'does-not-exist')).stderr).toContain(`content:1:1  (folder)  There is no \`content/\` folder in \`${join(BROKEN, 'does-not-exist')}\`.`);
  });
});
