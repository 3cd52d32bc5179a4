import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCards } from '../cards-build.ts';

/**
 * Puts the build's share cards into `dist/cards/` once the pages are built: the card routes asked
 * for them, and the build's workers drew them while the pages rendered (src/build/cards-build.ts).
 * A card that cannot be drawn stops the build with a message naming it.
 */
export default function cards(): AstroIntegration {
  return {
    name: 'claimline-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const counts = await writeCards(fileURLToPath(dir), (line) => console.log(line));
        if (counts.drawn + counts.cached > 0) {
          logger.info(
            `${counts.drawn + counts.cached} share cards in cards/ (${counts.drawn} drawn, ${counts.cached} from the cache), ${((performance.now() - start) / 1000).toFixed(1)} s after the pages`,
          );
        }
      },
    },
  };
}
