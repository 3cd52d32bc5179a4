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
