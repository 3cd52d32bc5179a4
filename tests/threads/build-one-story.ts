/**
 * Build the one-story fixture in a copy of the project, as the two-stories fixture is built
 * (tests/support/two-stories.ts), under a base path, and return where the site is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from '../support/build-env.ts';
import { BENCH_CONFIG, projectCopy } from '../support/project-copy.ts';
import { ONE_STORY } from './one-story.ts';

export const ONE_STORY_BASE = '/s/';

export function buildOneStory(): { dist: string; remove: () => void } {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'claimline-one-story-'));
  const dir = join(work, 'site');
  projectCopy(dir, join(ONE_STORY, 'content'));
  const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', BENCH_CONFIG], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      BASE_PATH: ONE_STORY_BASE,
      SITE_URL: 'https://example.org',
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
    },
    timeout: 300_000,
  });
  const remove = () => rmSync(work, { recursive: true, force: true });
  if (build.status !== 0) {
    remove();
    throw new Error(`The build of the one-story fixture failed (status ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  return { dist: join(dir, 'dist'), remove };
}
