import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * What the build's caches share (share cards, src/build/card-cache.ts; graph layouts,
 * src/build/layout-cache.ts): where they live, the versions of the packages that make what they keep
 * (part of every key), and how a file goes in.
 */

/** A cache folder inside node_modules/.cache, where build tools keep caches: ignored by git, cleared by a clean install. */
export function cacheDir(name: string): string {
  return join(process.cwd(), 'node_modules', '.cache', name);
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
