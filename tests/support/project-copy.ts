import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { claimlineProject } from '../../scripts/bench/project.ts';

export { BENCH_CONFIG } from '../../scripts/bench/project.ts';

/**
 * A copy of the project at `dir` for a build a test makes, as the bench makes one (code copied,
 * packages linked, Astro's caches its own), with a copy of `content` as its `content/` when given.
 * Unlike a bench project it shares the repository's `node_modules/.cache`: share cards and thread
 * paths' layouts are named by a hash of what goes into them, so one drawn for any build is right for all.
 */
export function projectCopy(dir: string, content?: string): void {
  const root = process.cwd();
  claimlineProject(root, dir);
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  symlinkSync(join(root, 'node_modules', '.cache'), join(dir, 'node_modules', '.cache'));
}
