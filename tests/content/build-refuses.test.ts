import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, wrappedConfig } from '../support/build-env.ts';
import { BROKEN, check, editContent, PROJECT } from './support.ts';

/**
 * What an editor sees when `npm run build` meets content with a mistake: the build stops, prints
 * the same report as `npm run check:content`, and nothing under it that points into the site's
 * code (a stack trace, a location in src/), which an editor would take for the place to fix.
 */
const work = mkdtempSync(join(tmpdir(), 'claimline-refuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(fixture: string, edit?: (root: string) => void) {
  const root = join(work, fixture);
  cpSync(join(BROKEN, fixture, 'content'), join(root, 'content'), { recursive: true });
  edit?.(root);
  for (const name of ['src', 'public', 'node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(PROJECT, name), join(root, name));
  // The project's own config, with Astro's caches kept in this scratch project.
  wrappedConfig(root, { cacheDir: './cache' });
  const run = spawnSync(join(PROJECT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnv(), NO_COLOR: '1', PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 120_000,
  });
  return { ...run, output: `${run.stdout}\n${run.stderr}`, dist: join(root, 'dist'), lines: check(root).lines };
}

describe('a build of content with a mistake', () => {
  it('stops with the checker’s report and no stack trace, and publishes nothing', () => {
    // A wrong value with the word "document" in it: Astro's hint for browser code ("document is
    // not defined") must not stand in for the report's own.
    const result = build('unknown-kind-or-status', (root) => editContent(root, 'claims/report-blames-drone-deal.md', 'status: disputed', 'status: in a document'));
    expect(result.status).not.toBe(0);
    expect(result.lines).toContain('`in a document` is not a valid `status`');
    expect(result.output).toContain(result.lines);
    expect(result.output).toContain('nothing is published until all are fixed');
    expect(result.output).toContain('Each line reads `file:line:column  field  what is wrong  how to fix it`');
    expect(result.output).not.toContain('Browser APIs');
    expect(result.output).not.toMatch(/Stack trace|Location:|src\/lib\/|\bat \S+ \(/);
    expect(existsSync(join(result.dist, 'index.html'))).toBe(false);
  }, 150_000);
});
