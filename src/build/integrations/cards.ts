import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CACHE_DIR } from '../card-cache.ts';
import { placeCards, drawCards, shareCards, type CardCounts, type ShareCard } from '../cards.ts';

/**
 * The share cards: a 1200 × 630 PNG per claim and per quote, at `cards/claims/<id>.png` and
 * `cards/quotes/<id>.png` (src/build/cards.ts). A build works them out from the content and draws
 * those not in the card cache as it starts (`astro:build:start`), before Vite or Astro writes
 * anything to `dist/`: a card that cannot be drawn stops the build with its record's name and leaves
 * the last `dist/` as it was. Once the pages are written, the cards go into `dist/` from the cache
 * (one deleted from it since is drawn again). `astro dev` serves each card from a route instead
 * (src/build/card-route.ts), drawn when it is asked for.
 */
export default function cards({ cacheDir = DEFAULT_CACHE_DIR }: { cacheDir?: string } = {}): AstroIntegration {
  let root = '';
  let host = '';
  let list: ShareCard[] = [];
  let counts: CardCounts | undefined;
  let drawing = 0;
  return {
    name: 'claimline-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/cards/[folder]/[id].png', entrypoint: new URL('../card-route.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:start': async () => {
        const start = performance.now();
        // The content was checked before this hook, by the collections' loaders: the same check gives the cards.
        list = shareCards(root, host);
        counts = await drawCards(list, { cacheDir });
        drawing = performance.now() - start;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!counts) throw new Error('The share cards were never drawn: the astro:build:start hook did not run.');
        await placeCards(list, fileURLToPath(dir), cacheDir);
        logger.info(
          `${list.length} share cards in cards/ (${counts.drawn} drawn, ${counts.cached} from the cache), drawn in ${(drawing / 1000).toFixed(1)} s before the pages`,
        );
      },
    },
  };
}
