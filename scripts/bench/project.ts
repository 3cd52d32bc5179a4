/**
 * Bench projects live outside the repository (other people build and test in its `content/` and
 * `dist/`): a copy of the site's code with a generated `content/`, using the repository's installed
 * packages through symlinks. Every cache stays inside the bench project: Astro's and Vite's (moved
 * by a small wrapper config) and anything kept in `node_modules/.cache`; so bench builds are cold
 * and never write into the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries of the repository that are not the site's code. */
const NOT_CODE = new Set(['node_modules', 'dist', 'content', '.git', '.astro', 'screenshots', 'tests', '.ci']);

export const BENCH_CONFIG = 'bench.config.ts';

/**
 * A copy of the site at `dir`: the working tree by default, or a commit (`ref`) so that other
 * people's half-saved edits do not end up in a measurement.
 */
export function claimlineProject(repo: string, dir: string, ref?: string, drop: { pages?: string[]; integrations?: string[] } = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (ref) {
    const archive = execFileSync('git', ['archive', '--format=tar', ref], { cwd: repo, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    for (const name of readdirSync(dir)) if (NOT_CODE.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  } else {
    for (const name of readdirSync(repo)) {
      if (NOT_CODE.has(name)) continue;
      cpSync(join(repo, name), join(dir, name), { recursive: true });
    }
  }
  linkModules(repo, dir);
  // To see what one page family or integration costs, a bench run can build without it.
  for (const page of drop.pages ?? []) {
    const path = join(dir, 'src', 'pages', page);
    if (!existsSync(path)) throw new Error(`There is no \`src/pages/${page}\` to leave out.`);
    rmSync(path, { recursive: true, force: true });
  }
  const dropped = JSON.stringify(drop.integrations ?? []);
  writeFileSync(
    join(dir, BENCH_CONFIG),
    `import config from './astro.config.ts';

/** The site's own config, with Astro's and Vite's caches kept inside this bench project. */
export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => !${dropped}.includes(integration.name)),
  cacheDir: './.bench-cache/astro',
  vite: { ...config.vite, cacheDir: './.bench-cache/vite' },
};
`,
  );
}

/**
 * A `node_modules` of the bench project's own whose packages are symlinks to the repository's. Not
 * one symlink to the whole folder: tools keep caches in `node_modules/.cache` (the share cards do,
 * relative to the working directory), and a bench build must neither fill the repository's cache
 * nor find its own work already done there.
 */
export function linkModules(repo: string, dir: string): void {
  const target = join(dir, 'node_modules');
  // An older bench project linked the whole folder: never add links inside the repository's.
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) rmSync(target);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (CACHES.has(name) || existsSync(join(target, name))) continue;
    symlinkSync(join(repo, 'node_modules', name), join(target, name));
  }
}

/** Cache folders inside `node_modules` that belong to a project, not to the packages. */
const CACHES = new Set(['.cache', '.astro', '.vite']);

/**
 * Remove what a previous build left, caches included, so the next one is cold. `keep` keeps
 * `node_modules/.cache` (the share cards), for a rebuild as an editor's second build meets it.
 */
export function cleanBuild(dir: string, keep = false): void {
  const caches = [...CACHES].filter((cache) => !(keep && cache === '.cache')).map((cache) => join('node_modules', cache));
  for (const name of ['dist', '.astro', '.bench-cache', ...caches]) rmSync(join(dir, name), { recursive: true, force: true });
}
