import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CACHE_DIR } from '../card-cache.ts';
import { placeCards, drawCards, shareCards, type CardCounts, type ShareCard } from '../cards.ts';

/**
 * The share cards: a 1200 × 630 PNG per claim and per quote, at `cards/claims/<id>.png` and
 * `cards/quotes/<id>.png` (src/build/cards.ts). A build works them out from the content as it
 * starts and draws those not in the card cache in its own thread while Vite bundles the site and
 * Astro renders the pages, which leave it idle for moments (files written, the bundler's own
 * threads); once the pages are written, it waits for the last cards and puts them all into `dist/`.
 * That is quicker than drawing them after the pages, and a pool of worker threads was not
 * (docs/performance.md). `astro dev` serves each card from a route instead (src/build/card-route.ts),
 * drawn when it is asked for. A card that cannot be drawn stops the build with a message naming it.
 */
export default function cards({ cacheDir = DEFAULT_CACHE_DIR }: { cacheDir?: string } = {}): AstroIntegration {
  let root = '';
  let host = '';
  let list: ShareCard[] = [];
  let drawing: Promise<CardCounts> | undefined;
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
      'astro:build:start': () => {
        // Begun once this hook has returned, while Vite bundles; awaited, failure included, once the
        // pages are written. The content was checked before this hook: the same check gives the cards.
        drawing = new Promise<void>((next) => setImmediate(next)).then(() => {
          list = shareCards(root, host);
          return drawCards(list, { cacheDir });
        });
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        if (!drawing) throw new Error('The share cards were never started: the astro:build:start hook did not run.');
        const counts = await drawing;
        placeCards(list, fileURLToPath(dir), cacheDir);
        logger.info(
          `${list.length} share cards in cards/ (${counts.drawn} drawn, ${counts.cached} from the cache), ${((performance.now() - start) / 1000).toFixed(1)} s after the pages`,
        );
      },
    },
  };
}
