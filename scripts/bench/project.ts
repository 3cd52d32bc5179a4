/**
 * Bench projects live outside the repository (other people build and test in its `content/` and
 * `dist/`): a copy of the site's code with a generated `content/`, sharing the repository's
 * `node_modules` through a symlink. Astro's and Vite's caches default to `node_modules/.astro`
 * and `node_modules/.vite`, which would then be the repository's own; a small wrapper config moves
 * both into the bench project, so bench builds are cold and never touch the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

export function linkModules(repo: string, dir: string): void {
  const target = join(dir, 'node_modules');
  if (!existsSync(target)) symlinkSync(join(repo, 'node_modules'), target, 'dir');
}

/** Remove what a previous build left, so the next one is cold. */
export function cleanBuild(dir: string): void {
  for (const name of ['dist', '.astro', '.bench-cache']) rmSync(join(dir, name), { recursive: true, force: true });
}
