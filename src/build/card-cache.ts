import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFile, packageVersion } from './cache.ts';
import { cardCacheDir } from './card-set.ts';
import type { CardInput } from '../model/cards.ts';
import { CARD_RENDERER_VERSION, renderCard } from '../render/cards.ts';
import { fontFingerprint } from '../render/fonts.ts';

/**
 * Share cards are the slowest part of the build (tens of milliseconds each, against well under one
 * for a page), and most do not change between builds. Each card is stored under a hash of
 * everything that goes into it: its words, the renderer's version, the fonts, and the versions of
 * satori and resvg. An unchanged claim is read back, not drawn again; any change to what it shows
 * or how it is drawn gives a new hash and a fresh card.
 */

/** `node_modules/.cache/claimline-cards`. */
export const DEFAULT_CACHE_DIR = cardCacheDir();

export interface CardResult {
  png: Buffer;
  /** True when read from the cache. */
  cached: boolean;
  /** Time to produce it, in milliseconds. */
  ms: number;
  key: string;
}

let tools: string | undefined;

/** The packages and fonts that draw a card, read once a build. */
function toolVersions(): string {
  tools ??= JSON.stringify({ satori: packageVersion('satori'), resvg: packageVersion('@resvg/resvg-js'), fonts: fontFingerprint() });
  return tools;
}

/**
 * The cache key of a card: a SHA-256 of its inputs and of everything that draws it. `renderer` is
 * the version of the drawing and its encoding (`CARD_RENDERER_VERSION`).
 */
export function cardKey(input: CardInput, renderer = CARD_RENDERER_VERSION): string {
  return createHash('sha256').update(`renderer ${renderer}\0`).update(toolVersions()).update('\0').update(JSON.stringify(input)).digest('hex');
}

export interface CardOptions {
  /** Where cards are kept. Default: `node_modules/.cache/claimline-cards`. */
  cacheDir?: string;
  /** Draw even when a cached card exists (still stores the result). Default: false. */
  fresh?: boolean;
}

export async function cachedCard(input: CardInput, options: CardOptions = {}): Promise<CardResult> {
  const dir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const start = performance.now();
  const key = cardKey(input);
  const file = join(dir, `${key}.png`);
  if (!options.fresh) {
    try {
      return { png: readFileSync(file), cached: true, ms: performance.now() - start, key };
    } catch {
      // Not cached yet.
    }
  }
  const png = await renderCard(input);
  keepFile(file, png);
  return { png, cached: false, ms: performance.now() - start, key };
}

/** One line per card for the build log: which card, how long, and whether it was drawn or cached. */
export function cardLogLine(path: string, result: Pick<CardResult, 'ms' | 'cached'>): string {
  return `[cards] ${path} ${result.ms.toFixed(1)} ms (${result.cached ? 'cached' : 'rendered'})`;
}

/** A card as `astro dev` serves it from its route: drawn or read from the cache, logged with its time. */
export async function cardResponse(input: CardInput, path: string): Promise<Response> {
  const result = await cachedCard(input);
  console.log(cardLogLine(path, result));
  return new Response(new Uint8Array(result.png), { headers: { 'content-type': 'image/png' } });
}
