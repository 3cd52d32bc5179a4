/**
 * The build's settings from the environment, read the same way: `BUILD_WORKERS` (src/build/build-pool.ts)
 * and `BUILD_CONCURRENCY` (astro.config.ts). A value that is not a whole number stops the build
 * with a message naming the variable, rather than a validation error from deep inside Astro.
 */

/** A whole number from `env[name]`, at least `min`; `fallback` when unset or empty. */
export function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, min: number, fallback: number, meaning: string): number {
  const asked = env[name];
  if (asked === undefined || asked === '') return fallback;
  const n = Number(asked);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of ${meaning}; it is "${asked}".`);
  return n;
}

/** How many pages the build renders at a time: `BUILD_CONCURRENCY`, 8 by default. */
export function buildConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberSetting(env, 'BUILD_CONCURRENCY', 1, 8, 'pages rendered at a time, 1 or more (1 renders them one by one)');
}
