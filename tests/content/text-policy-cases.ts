import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from './support.ts';

/** tests/fixtures/hostile/: a valid corpus (`base/`) and one folder a case, laid over it. */
export const HOSTILE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));

/**
 * A scratch project with `base/` and the case's files over it, and what the check says of it.
 * `prepare` may change the tree before the check (a link, a long file); the project is removed after.
 */
export function checkHostile(name: string, prepare?: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), `claimline-hostile-${name}-`));
  try {
    cpSync(join(HOSTILE, 'base', 'content'), join(root, 'content'), { recursive: true });
    const overlay = join(HOSTILE, name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(root, 'content'), { recursive: true });
    prepare?.(root);
    return check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
