import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildPool, type DrawnCard } from './build-pool.ts';
import type { CardInput } from '../model/cards.ts';
import { cachedCard, cardKey, cardLogLine, DEFAULT_CACHE_DIR } from './card-cache.ts';

/**
 * The share cards of a build. Drawing a card takes 20 to 30 ms of one core, most of a cold build,
 * so the card routes (src/pages/cards/_card-route.ts) ask for every card as soon as their paths
 * are known: the build's workers (src/build/build-pool.ts) draw those not in the cache while the
 * pages render, and at the end the cards integration (src/build/integrations/cards.ts) puts each card
 * from the cache into `dist/`, as a hard link where it can (no copy of the 70 KB through this
 * thread, nor through Astro's page writer). The cards are the same, byte for byte, as drawn in the
 * build's own thread; `astro dev` serves each from its route instead.
 */

/** The host the cards name, as a card route sees it (`site` in astro.config.ts). */
export function siteHost(): string {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '';
}

export interface BuildCard {
  /** Where it goes in `dist/`: `cards/claims/<id>.png`. */
  path: string;
  input: CardInput;
  /** Its file in the cache. */
  file: string;
  /** The card being drawn in a worker, when it was not in the cache. */
  drawing?: Promise<DrawnCard> | undefined;
}

/**
 * Where, on `globalThis`, the card routes leave the build's cards for the integration: the routes
 * run in Astro's prerendering modules, the integration in Astro's own, and the two share no module.
 */
const BUILD_CARDS = Symbol.for('claimline.cards');

/** The cards this build is to write, by path in `dist/`. */
export function buildCards(): Map<string, BuildCard> {
  const host = globalThis as { [BUILD_CARDS]?: Map<string, BuildCard> };
  host[BUILD_CARDS] ??= new Map();
  return host[BUILD_CARDS];
}

/** Ask for cards to be written to `dist/`: each not in the cache starts drawing in a worker now. */
export function askForCards(cards: readonly { path: string; input: CardInput }[], cacheDir = DEFAULT_CACHE_DIR): void {
  const asked = buildCards();
  for (const { path, input } of cards) {
    if (asked.has(path)) continue;
    const file = join(cacheDir, `${cardKey(input)}.png`);
    const pool = existsSync(file) ? undefined : buildPool();
    const drawing = pool?.draw(input, cacheDir);
    // A failure is reported when the card is written: it is drawn again in this thread, whose error stops the build.
    drawing?.catch(() => undefined);
    asked.set(path, { path, input, file, drawing });
  }
}

/**
 * A file from the cache at `to`: a hard link, or a copy where links cannot be made. `made` holds the
 * folders already made, so that 25,000 cards in two folders do not ask for them 25,000 times.
 */
function place(from: string, to: string, made: Set<string>): void {
  const folder = dirname(to);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Write every card asked for into `outDir`, each once it is drawn, drawing here any a worker failed
 * (whose error, a text no card font can draw, stops the build). Logs a line a card drawn, with its
 * time (a rebuild with every card cached prints none of 25,000 lines); returns the counts.
 */
export async function writeCards(outDir: string, say: (line: string) => void): Promise<{ drawn: number; cached: number }> {
  const counts = { drawn: 0, cached: 0 };
  const cards = buildCards();
  const made = new Set<string>();
  try {
    for (const card of cards.values()) {
      let result: DrawnCard | undefined = card.drawing ? await card.drawing.catch(() => undefined) : { ms: 0, cached: true };
      if (!result || !existsSync(card.file)) result = await cachedCard(card.input, { cacheDir: dirname(card.file) });
      place(card.file, join(outDir, card.path), made);
      counts[result.cached ? 'cached' : 'drawn']++;
      if (!result.cached) say(cardLogLine(card.path, result) + (card.drawing ? ' in a worker' : ''));
    }
  } finally {
    cards.clear();
  }
  return counts;
}
