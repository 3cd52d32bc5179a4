import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The environment for a build that a test starts, without what vitest (through Astro's Vite config)
 * puts into its own: `BASE_URL`, `SITE`, `MODE`, `NODE_ENV=test` and the like would override the
 * build's own base and mode. `BASE_PATH` is kept only when the test passes it again.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV', 'TEST', 'BASE_PATH']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Write `<dir>/astro.config.mjs`: the project's own config with `overrides` (a separate `cacheDir`,
 * an `outDir`), so that a build or dev server a test starts leaves `dist/` and the content data
 * store other builds read as they were. Returns its path.
 */
export function wrappedConfig(dir: string, overrides: Record<string, string>): string {
  const own = pathToFileURL(join(process.cwd(), 'astro.config.ts')).href;
  const extra = Object.entries(overrides)
    .map(([key, value]) => `, ${key}: ${JSON.stringify(value)}`)
    .join('');
  const file = join(dir, 'astro.config.mjs');
  writeFileSync(file, `import config from ${JSON.stringify(own)};\nexport default { ...config${extra} };\n`);
  return file;
}
