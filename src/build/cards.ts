import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { checkContent } from '../content/check.ts';
import { formatProblem } from '../content/problems.ts';
import { claimCard, quoteCard, type CardInput } from '../model/cards.ts';
import { CorpusIndex } from '../model/corpus.ts';
import { renderCard } from '../render/cards.ts';
import { cardKey, cardLogLine, DEFAULT_CACHE_DIR } from './card-cache.ts';
import { keepFile } from './cache.ts';
import { placeCardFiles, type PlacedCard } from './card-set.ts';

/**
 * The share cards of a build: a card per claim and per quote, worked out from the content (the same
 * check the collections' loaders run), drawn into the card cache unless they are there already,
 * and put into `dist/` as hard links to their files in the cache (a copy where links cannot be
 * made). The cards integration (src/build/integrations/cards.ts) runs this once a build.
 */

export interface ShareCard {
  /** Where it goes in `dist/`: `cards/claims/<id>.png`. */
  path: string;
  input: CardInput;
}

/** Every card of the content under `root`, for a site at `host` (`claimline.example.org`, shown small on each card). */
export function shareCards(root: string, host: string): ShareCard[] {
  const checked = checkContent(root);
  if (checked.problems.length > 0) {
    // The collections' loaders refuse the same content first; this is only reached if they did not run.
    const shown = checked.problems.slice(0, 5).map(formatProblem).join('\n');
    throw new Error(
      `The content has ${checked.problems.length} problem(s), so no share card is drawn:\n${shown}${checked.problems.length > 5 ? '\n…' : ''}\nRun \`npm run check:content\` to see them all.`,
    );
  }
  const index = CorpusIndex.fromCheck(checked);
  return [
    ...[...index.claims.values()].map((claim) => ({ path: `cards/claims/${claim.id}.png`, input: claimCard(index, claim, host) })),
    ...[...index.quotes.values()].map((quote) => ({ path: `cards/quotes/${quote.id}.png`, input: quoteCard(index, quote, host) })),
  ];
}

export interface CardCounts {
  drawn: number;
  cached: number;
}

/** The file in `cacheDir` that holds a card. */
export const cachedFile = (input: CardInput, cacheDir: string) => join(cacheDir, `${cardKey(input)}.png`);

/**
 * Draw into `cacheDir` every card not there yet. Logs a line a card drawn, with its time (a rebuild
 * with every card cached prints none). A card that cannot be drawn stops the build with its record's
 * name: a text no card font has glyphs for says which font to add.
 */
export async function drawCards(
  cards: readonly ShareCard[],
  { cacheDir = DEFAULT_CACHE_DIR, say = (line: string) => console.log(line) }: { cacheDir?: string; say?: (line: string) => void } = {},
): Promise<CardCounts> {
  const counts: CardCounts = { drawn: 0, cached: 0 };
  // A few cards in flight at once: resvg's render and the PNG's deflate run in libuv's threads while
  // the build's own thread lays out the next card with satori, so the cards use every core without a
  // worker pool (which loads satori, resvg and the fonts once a thread; docs/performance.md).
  const limit = pLimit(availableParallelism() + 1);
  const draw = async ({ path, input }: ShareCard) => {
    const file = cachedFile(input, cacheDir);
    if (existsSync(file)) {
      counts.cached++;
      return;
    }
    const start = performance.now();
    let png: Buffer;
    try {
      png = await renderCard(input);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        message.includes(`\`${input.id}\``) ? message : `The share card for ${input.kind} \`${input.id}\` (${path}) could not be drawn: ${message}`,
        {
          cause: error,
        },
      );
    }
    keepFile(file, png);
    counts.drawn++;
    say(cardLogLine(path, { ms: performance.now() - start, cached: false }));
  };
  await Promise.all(cards.map((card) => limit(() => draw(card))));
  return counts;
}

/**
 * Put every card, drawn into `cacheDir` before, into `outDir`. A card whose file has gone from the
 * cache since (the cache deleted or cleaned mid-build) is drawn again: it was drawn once already,
 * so it can be.
 */
export async function placeCards(cards: readonly ShareCard[], outDir: string, cacheDir = DEFAULT_CACHE_DIR): Promise<void> {
  const missing = new Set(placeCardFiles(placedCards(cards, cacheDir), outDir));
  const lost = cards.filter(({ path }) => missing.has(path));
  for (const { input } of lost) keepFile(cachedFile(input, cacheDir), await renderCard(input));
  placeCardFiles(placedCards(lost, cacheDir), outDir);
}

/** Where each card goes in `dist/`, and its file in `cacheDir`. */
export const placedCards = (cards: readonly ShareCard[], cacheDir = DEFAULT_CACHE_DIR): PlacedCard[] =>
  cards.map(({ path, input }) => ({ path, file: cachedFile(input, cacheDir) }));
