/**
 * The fixture corpus tests/fixtures/corpora/two-stories (the seed's analysis, and an invented wire
 * story that shares the source geo-news), for tests that need known records.
 *
 * As a vitest global setup it builds the corpus once a run, in a copy of the project
 * (tests/support/project-copy.ts), under a sub-path and a site address of its own, so the same
 * build also shows that every link keeps the base. Test files find it with `twoStoriesSite()`
 * (tests/support/site.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BENCH_CONFIG, projectCopy } from './project-copy.ts';
import { buildEnv } from './build-env.ts';

/** The fixture's own folder: `content/` under it, as `checkContent(TWO_STORIES)` reads it. */
export const TWO_STORIES = resolve('tests/fixtures/corpora/two-stories');

const BASE = '/analysis/';
const SITE_URL = 'https://example.org';

export default function setup(project: TestProject): () => void {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'claimline-two-stories-'));
  const dir = join(work, 'site');
  projectCopy(dir, join(TWO_STORIES, 'content'));
  const started = performance.now();
  const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', BENCH_CONFIG], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: BASE, SITE_URL, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 300_000,
  });
  if (build.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`The build of the two-stories fixture failed (status ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  console.log(`Built the two-stories fixture in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  project.provide('twoStoriesSite', { dist: join(dir, 'dist') });
  return () => rmSync(work, { recursive: true, force: true });
}
