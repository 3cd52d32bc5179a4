import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardCounts } from '../cards.ts';
import { cardCacheDir, cardSetKey, keepCardSet, placeCardFiles, readCardSet, type PlacedCard } from '../card-set.ts';

/**
 * The code that works out and draws the cards (the content check, the model, satori and resvg),
 * loaded only by a build that needs it: a build of the content and code of the build before takes
 * its cards from the card set (src/build/card-set.ts) and never loads it, nor does a build without
 * this integration pay for it as its config is read. It is loaded by Node itself: Astro reads the
 * config through a Vite module runner that it closes before any build hook runs.
 */
const drawing = () => createRequire(import.meta.url)('../cards.ts') as typeof import('../cards.ts');

/**
 * The share cards: a 1200 × 630 PNG per claim and per quote, at `cards/claims/<id>.png` and
 * `cards/quotes/<id>.png` (src/build/cards.ts). A build works them out from the content and draws
 * those not in the card cache as it starts (`astro:build:start`), before Vite or Astro writes
 * anything to `dist/`: a card that cannot be drawn stops the build with its record's name and leaves
 * the last `dist/` as it was. A build of unchanged content and code takes the same cards from the
 * cache's card set instead. Once the pages are written, the cards go into `dist/` from the cache (one
 * deleted from it since is drawn again). `astro dev` serves each card from a route instead
 * (src/build/card-route.ts), drawn when it is asked for.
 */
export default function cards({ cacheDir }: { cacheDir?: string } = {}): AstroIntegration {
  let root = '';
  let host = '';
  let cache = '';
  let set: PlacedCard[] = [];
  let counts: CardCounts | undefined;
  let took = 0;
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
        cache = cacheDir ?? cardCacheDir();
        const key = cardSetKey(root, host);
        const kept = key ? readCardSet(cache, key) : undefined;
        if (kept) {
          set = kept;
          counts = { drawn: 0, cached: kept.length };
        } else {
          // The content was checked before this hook, by the collections' loaders: the same check gives the cards.
          const { shareCards, drawCards, placedCards } = drawing();
          const list = shareCards(root, host);
          counts = await drawCards(list, { cacheDir: cache });
          set = placedCards(list, cache);
          if (key) keepCardSet(cache, key, set);
        }
        took = performance.now() - start;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!counts) throw new Error('The share cards were never drawn: the astro:build:start hook did not run.');
        const outDir = fileURLToPath(dir);
        const lost = new Set(placeCardFiles(set, outDir));
        if (lost.size > 0) {
          const { shareCards, placeCards } = drawing();
          await placeCards(
            shareCards(root, host).filter(({ path }) => lost.has(path)),
            outDir,
            cache,
          );
        }
        logger.info(
          `${set.length} share cards in cards/ (${counts.drawn} drawn, ${counts.cached} from the cache), ready in ${(took / 1000).toFixed(1)} s before the pages`,
        );
      },
    },
  };
}
