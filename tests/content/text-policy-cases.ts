import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv, wrappedConfig } from '../support/build-env.ts';
import { check, PROJECT } from './support.ts';

/** tests/fixtures/hostile/: a valid corpus (`base/`) and one folder a case, laid over it. */
export const HOSTILE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));

/**
 * A scratch project with `base/` and the case's files over it, and what the check says of it.
 * `prepare` may change the tree before the check (a link, a long file); the project is removed after.
 */
export function checkHostile(name: string, prepare?: (root: string) => void) {
  const root = hostileTree(name);
  try {
    prepare?.(root);
    return check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function hostileTree(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `claimline-hostile-${name}-`));
  cpSync(join(HOSTILE, 'base', 'content'), join(root, 'content'), { recursive: true });
  const overlay = join(HOSTILE, name, 'content');
  if (existsSync(overlay)) cpSync(overlay, join(root, 'content'), { recursive: true });
  return root;
}

/** `astro build` of a case, as `npm run build` runs it: its output, its exit status, and whether a page was written. */
export function buildHostile(name: string) {
  const root = hostileTree(name);
  try {
    for (const entry of ['src', 'public', 'node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(PROJECT, entry), join(root, entry));
    wrappedConfig(root, { cacheDir: './cache' });
    const run = spawnSync(join(PROJECT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...buildEnv(), NO_COLOR: '1', PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
      timeout: 120_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, published: existsSync(join(root, 'dist', 'index.html')) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
