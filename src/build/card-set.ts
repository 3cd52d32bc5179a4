import { createHash, type Hash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, keepFile } from './cache.ts';

/**
 * The card set of a content: where each share card goes in `dist/` and which file of the card cache
 * it is, kept in the cache under a hash of everything that decides it (every file of `content/`,
 * the site's host, this code's `src/` and the installed packages as `package-lock.json` pins them).
 * A build whose content and code are those of a build before takes its cards from here: it neither
 * checks the content a second time (the collections' loaders have) nor works out and hashes each
 * card, nor loads the code that draws them. Nothing in this module draws; src/build/cards.ts does.
 */

/** `node_modules/.cache/claimline-cards`, where the cards and their sets are kept. */
export const cardCacheDir = (): string => cacheDir('claimline-cards');

/** A card in `dist/`: its path there (`cards/claims/<id>.png`) and its file in the card cache. */
export interface PlacedCard {
  path: string;
  file: string;
}

/** Bumped when what a set holds, or how its key is taken, changes. */
const SET_VERSION = 1;

/** The code that works out a card's words: this module's own `src/`, and the lockfile beside it. */
const SRC = fileURLToPath(new URL('../', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** Every file under `dir`, by path relative to it and bytes, in a fixed order; a symbolic link by its name alone. */
function hashTree(hash: Hash, dir: string, prefix: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) hashTree(hash, join(dir, entry.name), path);
    else if (entry.isFile())
      hash
        .update(`${path}\0`)
        .update(readFileSync(join(dir, entry.name)))
        .update('\0');
    else hash.update(`${path}\0(not a file)\0`);
  }
}

/**
 * The key of the card set of the content under `root` for a site at `host`. Undefined when part of
 * it cannot be read: the build then works the cards out from the content, which says what is wrong.
 */
export function cardSetKey(root: string, host: string): string | undefined {
  try {
    const hash = createHash('sha256').update(`card set ${SET_VERSION}\0${host}\0`);
    hash.update(existsSync(LOCKFILE) ? readFileSync(LOCKFILE) : 'no lockfile').update('\0');
    hashTree(hash, SRC, 'src');
    hashTree(hash, join(root, 'content'), 'content');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

const setFile = (cacheDir: string, key: string) => join(cacheDir, 'sets', `${key}.json`);

/** The card set kept under `key`, if there is one and every card of it is still in the cache. */
export function readCardSet(cacheDir: string, key: string): PlacedCard[] | undefined {
  let set: [string, string][];
  try {
    set = JSON.parse(readFileSync(setFile(cacheDir, key), 'utf8')) as [string, string][];
  } catch {
    return undefined;
  }
  const cards = set.map(([path, name]) => ({ path, file: join(cacheDir, name) }));
  if (!cards.every(({ file }) => existsSync(file))) return undefined;
  // Used now: the last to go when sets are let go, oldest use first.
  const now = new Date();
  try {
    utimesSync(setFile(cacheDir, key), now, now);
  } catch {
    // A read-only cache still gives its cards.
  }
  return cards;
}

/**
 * How many card sets the cache keeps: the content of this build and of those before it. The test
 * suite's fixture sites share the repository's card cache (tests/support/project-copy.ts) and build
 * half a dozen contents, so a few would leave none for the site's own next build.
 */
export const KEPT_SETS = 16;

/**
 * Keep a content's card set under `key`, for the next build of the same content and code, and let
 * go those beyond the last `KEPT_SETS` used (a set names every card, 2.5 MB at 25,000 cards, and a
 * CI cache restored from an earlier run would otherwise gather one for every edit ever built).
 */
export function keepCardSet(cacheDir: string, key: string, cards: readonly PlacedCard[]): void {
  keepFile(setFile(cacheDir, key), JSON.stringify(cards.map(({ path, file }) => [path, basename(file)])));
  const folder = join(cacheDir, 'sets');
  const sets = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time || (a.name === `${key}.json` ? -1 : 1));
  for (const { name } of sets.slice(KEPT_SETS)) rmSync(join(folder, name), { force: true });
}

/**
 * Put each card's file from the cache into `outDir`: a hard link, or a copy where links cannot be
 * made. Returns the paths of the cards whose files have gone from the cache since (the cache deleted
 * or cleaned mid-build), for the caller to draw again.
 */
export function placeCardFiles(cards: readonly PlacedCard[], outDir: string): string[] {
  const made = new Set<string>();
  const missing: string[] = [];
  for (const { path, file } of cards) {
    const to = join(outDir, path);
    const folder = dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    rmSync(to, { force: true });
    try {
      linkSync(file, to);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT' && !existsSync(file)) {
        missing.push(path);
        continue;
      }
      copyFileSync(file, to);
    }
  }
  return missing;
}
