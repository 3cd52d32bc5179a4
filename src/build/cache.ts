import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * What the build's caches share (share cards, src/build/card-cache.ts; thread paths'
 * layouts, src/build/layout-cache.ts): where they live, the versions of the packages that make what they keep
 * (part of every key), and how a file goes in.
 */

/** True when files can be written in `dir`, which is made if it is missing. */
function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.probe.${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * A cache folder inside node_modules/.cache, where build tools keep caches: ignored by git, cleared
 * by a clean install. A cache only saves time: when that folder cannot be written (a read-only
 * checkout, a locked-down CI runner), the build keeps its cache in the system's temporary folder
 * instead, and says so once, so it is slower the next time but never fails.
 */
export function cacheDir(name: string, root = process.cwd()): string {
  const dir = join(root, 'node_modules', '.cache', name);
  if (writable(dir)) return dir;
  const fallback = join(tmpdir(), `claimline-cache-${name}`);
  console.warn(`[cache] ${dir} cannot be written; keeping this build's ${name} cache in ${fallback} instead.`);
  return fallback;
}

/** The installed version of an npm package, as Node finds it from the project root. */
export function packageVersion(pkg: string): string {
  return (createRequire(join(process.cwd(), 'package.json'))(`${pkg}/package.json`) as { version: string }).version;
}

/** Write a cache file, then rename it into place: a build stopped half-way never leaves half a file to be read later. */
export function keepFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
