import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPool, type DrawnCard } from './build-pool.ts';
import type { CardInput } from './cards.ts';
import { cardKey, DEFAULT_CACHE_DIR } from './cards-cache.ts';

/**
 * Share cards asked for ahead: drawing a card takes 20 to 30 ms of one core, most of a cold build,
 * so the card routes hand every card that is not in the cache to the build's workers
 * (src/lib/build-pool.ts) as soon as their paths are known, and each card's endpoint waits for
 * its own and reads it from the cache. The cards are the same, byte for byte, as drawn in the
 * build's own thread.
 */

/** The host the cards name, as a card endpoint sees it (`site` in astro.config.ts), for the cards asked for ahead. */
export function siteHost(): string {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '';
}

const pending = new Map<string, Promise<DrawnCard>>();

/**
 * Start drawing, in workers, every card of `inputs` that the cache does not have yet. Cards already
 * asked for are not asked again. Does nothing when there are no workers.
 */
export function prefetchCards(inputs: readonly CardInput[], cacheDir = DEFAULT_CACHE_DIR): void {
  for (const input of inputs) {
    const key = cardKey(input);
    if (pending.has(key) || existsSync(join(cacheDir, `${key}.png`))) continue;
    const pool = buildPool();
    if (!pool) return;
    const drawn = pool.draw(input, cacheDir);
    // A failure is reported by the card's own endpoint, which draws it again in its thread.
    drawn.catch(() => undefined);
    pending.set(key, drawn);
  }
}

/** The card being drawn in a worker, if it was asked for; forgotten once taken. */
export function takePrefetched(input: CardInput): Promise<DrawnCard> | undefined {
  const key = cardKey(input);
  const drawn = pending.get(key);
  pending.delete(key);
  return drawn;
}
