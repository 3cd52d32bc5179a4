import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CACHE_DIR } from '../card-cache.ts';
import { placeCards, drawCards, shareCards, type CardCounts, type ShareCard } from '../cards.ts';

/**
 * The share cards: a 1200 × 630 PNG per claim and per quote, at `cards/claims/<id>.png` and
 * `cards/quotes/<id>.png`. A build works them out from the content, draws those not in the card
 * cache and puts them into `dist/` once the pages are written (src/build/cards.ts). `astro dev`
 * serves each from a route instead (src/build/card-route.ts), drawn when it is asked for.
 * A card that cannot be drawn stops the build with a message naming it.
 */
export default function cards({ cacheDir = DEFAULT_CACHE_DIR }: { cacheDir?: string } = {}): AstroIntegration {
  let root = '';
  let host = '';
  let list: ShareCard[] = [];
  let drawing: Promise<CardCounts> | undefined;
  const at = process.env['CLAIMLINE_CARDS_AT'] ?? 'done';
  const draw = () => {
    list = shareCards(root, host);
    return drawCards(list, { cacheDir });
  };
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
        if (at !== 'start') return;
        drawing = new Promise<void>((next) => setImmediate(next)).then(draw);
        // Its failure is reported at the end of the build, where it is awaited.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const counts = await (drawing ?? draw());
        placeCards(list, fileURLToPath(dir), cacheDir);
        logger.info(
          `${list.length} share cards in cards/ (${counts.drawn} drawn, ${counts.cached} from the cache), ${((performance.now() - start) / 1000).toFixed(1)} s after the pages`,
        );
      },
    },
  };
}
