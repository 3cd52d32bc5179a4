import type { AstroIntegration } from 'astro';
import { buildPool } from '../build-pool.ts';

/**
 * Starts the build's first worker (src/build/build-pool.ts) as `astro build` starts: it loads and runs
 * elkjs and the card renderer once while Astro checks the content and bundles the site (about a
 * second; src/build/build-worker.ts), so the first graph layouts and share cards wait for nothing.
 * More workers start when the work asks for them. `astro dev` starts none.
 */
export default function buildWorkers(): AstroIntegration {
  return {
    name: 'claimline-build-workers',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') buildPool();
      },
    },
  };
}
