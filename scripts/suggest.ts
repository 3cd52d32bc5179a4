/**
 * `npm run suggest [-- <folder>] [--top N] [--min 0.3]`: pairs of claims in different articles that
 * may assert the same thing, best first, for an editor to confirm by adding `sameAs` (see the
 * editing guide, "Following a claim across articles"). Nothing is linked automatically.
 *
 * `npm run suggest -- --bench 20000` times the same search over that many generated claims.
 *
 * Above 1,500 claims, candidates come from MinHash signatures (bloom-filters' MinHash) bucketed by
 * bands, the usual locality-sensitive hashing: only claims that share a band are compared, so the
 * work grows with the claims, not with their pairs; below, every pair is compared. Each candidate is then scored by the Jaccard similarity of its
 * two claims' words: the editor's statement and the article's own words, split into words by the
 * runtime's Unicode word segmentation (any script), words that most claims share left out.
 */
import { resolve } from 'node:path';
import { MinHash } from 'bloom-filters';
import { normalizeDate } from '../src/content/schemas/date.ts';
import { checkContent } from '../src/content/check.ts';
import { CorpusIndex } from '../src/model/corpus.ts';
import { threadsOf } from '../src/model/threads.ts';
import { Random } from './bench/random.ts';

/** A claim as the search sees it. */
export interface SuggestClaim {
  id: string;
  article: string;
  /** The statement and the article's words for it. */
  text: string;
  /** Claims already in one thread are never suggested to each other. */
  thread?: string | undefined;
}

export interface Suggestion {
  a: string;
  b: string;
  /** Jaccard similarity of their words, 0 to 1. */
  score: number;
}

export interface SuggestOptions {
  /** Pairs below this score are left out. Default 0.3. */
  min?: number;
  /** Words in more than this share of the claims say nothing of what a claim asserts. Default 0.05 (and never fewer than 4 claims). */
  common?: number;
}

/** Up to this many claims, every pair is compared. */
const EVERY_PAIR_UP_TO = 1500;
const BANDS = 20;
const ROWS = 3;
/** Hashes stay below 2^20, so `a·x + b` stays exact in a double. */
const HASH_RANGE = 2 ** 20;
/** A bucket this full holds claims that share only a frequent pair of words; it is skipped. */
const BUCKET_LIMIT = 200;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, in any script, lower-cased and in one Unicode form. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) if (isWordLike) words.add(segment.toLocaleLowerCase());
  return words;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % HASH_RANGE;
}

function isPrime(n: number): boolean {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return n > 1;
}

/** The same hash functions on every run (bloom-filters' factory draws them at random), so the same corpus gives the same suggestions. */
function hashFunctions(count: number): { a: number; b: number; c: number }[] {
  let c = HASH_RANGE + 1;
  while (!isPrime(c)) c++;
  const random = new Random(16);
  return Array.from({ length: count }, () => ({ a: random.int(1, HASH_RANGE - 1), b: random.int(0, HASH_RANGE - 1), c }));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Pairs of claims of different articles, not already in one thread, whose words overlap, best first. */
export function suggestPairs(claims: readonly SuggestClaim[], options: SuggestOptions = {}): Suggestion[] {
  const min = options.min ?? 0.3;
  const words = claims.map((claim) => wordsOf(claim.text));
  const frequency = new Map<string, number>();
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const limit = Math.max(4, (options.common ?? 0.05) * claims.length);
  const telling = words.map((set) => new Set([...set].filter((word) => (frequency.get(word) ?? 0) <= limit)));

  const seen = new Set<number>();
  const out: Suggestion[] = [];
  const compare = (i: number, j: number) => {
    const key = i < j ? i * claims.length + j : j * claims.length + i;
    if (seen.has(key)) return;
    seen.add(key);
    const [a, b] = [claims[i] as SuggestClaim, claims[j] as SuggestClaim];
    if (a.article === b.article || (a.thread !== undefined && a.thread === b.thread)) return;
    const score = jaccard(telling[i] as Set<string>, telling[j] as Set<string>);
    if (score >= min) out.push(a.id < b.id ? { a: a.id, b: b.id, score } : { a: b.id, b: a.id, score });
  };
  const ranked = () => out.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  // A small corpus is compared pair by pair: quicker than sketching it, and no pair is missed.
  if (claims.length <= EVERY_PAIR_UP_TO) {
    for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) compare(i, j);
    return ranked();
  }

  const functions = hashFunctions(BANDS * ROWS);
  // One sketch, emptied for each claim: a new one costs more than the words it sketches.
  const sketch = new MinHash(BANDS * ROWS, functions);
  const buckets = new Map<number, number[]>();
  telling.forEach((set, i) => {
    if (set.size === 0) return;
    sketch._signature = new Array<number>(BANDS * ROWS).fill(Number.POSITIVE_INFINITY);
    sketch.bulkLoad([...set].map(fnv1a));
    const signature = sketch._signature;
    for (let band = 0; band < BANDS; band++) {
      // The band's rows hashed to 32 bits, beside the band's number: two claims that meet here by a
      // collision of this hash are only compared, never suggested for it.
      let hash = 0x811c9dc5;
      for (let row = band * ROWS; row < band * ROWS + ROWS; row++) hash = Math.imul(hash ^ (signature[row] as number), 0x01000193);
      const key = band * 2 ** 32 + (hash >>> 0);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });

  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > BUCKET_LIMIT) continue;
    for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) compare(bucket[x] as number, bucket[y] as number);
  }
  return ranked();
}

/** The claims of a checked corpus as the search sees them. */
export function claimsOf(index: CorpusIndex): SuggestClaim[] {
  const threads = threadsOf(index).byClaim;
  return [...index.claims.values()].map((claim) => {
    const range = index.range('claims', claim.id);
    const words = range ? index.texts.get(claim.data.article)?.slice(range.start, range.end) : claim.data.anchor.exact;
    return { id: claim.id, article: claim.data.article, text: `${claim.data.statement} ${words ?? ''}`, thread: threads.get(claim.id)?.id };
  });
}

/**
 * Which claim of a pair gets the link: the one in the later article points to the earlier one, as a
 * relay points to what it relays; a claim that already links elsewhere passes the link to its thread's root.
 * Undefined when that link would join two claims of one article, which the check refuses: each of
 * the pair is already in a thread with its own claim of that article.
 */
export function linkAdvice(index: CorpusIndex, pair: Suggestion): { from: string; to: string } | undefined {
  const date = (id: string) => normalizeDate(index.articles.get(index.claims.get(id)?.data.article ?? '')?.data.published).value ?? '9999';
  const [earlier, later] = date(pair.b) < date(pair.a) ? [pair.b, pair.a] : [pair.a, pair.b];
  const threads = threadsOf(index).byClaim;
  const from = index.claims.get(later)?.data.sameAs ? (threads.get(later)?.id ?? later) : later;
  const to = from === later ? earlier : (threads.get(earlier)?.id ?? earlier);
  return index.claims.get(from)?.data.article === index.claims.get(to)?.data.article ? undefined : { from, to };
}

/** Generated claims for `--bench`: random statements, one in fifty relayed with a few words changed. */
export function generatedClaims(count: number, seed = 7): { claims: SuggestClaim[]; planted: Set<string> } {
  const random = new Random(seed);
  const vocabulary = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}`);
  const claims: SuggestClaim[] = [];
  const planted = new Set<string>();
  while (claims.length < count) {
    const id = `c${claims.length}`;
    const words = Array.from({ length: random.int(8, 16) }, () => vocabulary[random.zipf(vocabulary.length)] as string);
    claims.push({ id, article: `a${Math.floor(claims.length / 8)}`, text: words.join(' ') });
    if (random.chance(0.02) && claims.length < count) {
      const relay = words.map((word) => (random.chance(0.15) ? (vocabulary[random.int(0, vocabulary.length - 1)] as string) : word));
      const other = `c${claims.length}`;
      claims.push({ id: other, article: `r${claims.length}`, text: relay.join(' ') });
      planted.add(`${id} ${other}`);
    }
  }
  return { claims, planted };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

function main(): void {
  const top = Number(option('--top') ?? 20);
  const min = Number(option('--min') ?? 0.3);
  const bench = option('--bench');
  if (bench !== undefined) {
    const { claims, planted } = generatedClaims(Number(bench));
    const started = performance.now();
    const pairs = suggestPairs(claims, { min });
    const ms = performance.now() - started;
    const found = pairs.filter((p) => planted.has(`${p.a} ${p.b}`) || planted.has(`${p.b} ${p.a}`)).length;
    console.log(
      `${claims.length} claims: ${pairs.length} pairs suggested in ${(ms / 1000).toFixed(2)} s; ${found} of ${planted.size} planted relays among them.`,
    );
    return;
  }
  const folder = process.argv.slice(2).find((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const result = checkContent(resolve(folder ?? '.'));
  const index = CorpusIndex.fromCheck(result);
  const files = new Map(result.corpus.claims.map((claim) => [claim.id, claim.file]));
  const started = performance.now();
  const pairs = suggestPairs(claimsOf(index), { min }).flatMap((pair) => {
    const advice = linkAdvice(index, pair);
    return advice ? [{ ...pair, ...advice }] : [];
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (pairs.length === 0) {
    console.log(`No pair of claims in different articles looks alike (${index.claims.size} claims, ${seconds} s).`);
    return;
  }
  console.log(
    `Pairs of claims that may assert the same thing, best first (${index.claims.size} claims, ${seconds} s). Nothing is linked: confirm each by reading both articles.\n`,
  );
  for (const pair of pairs.slice(0, top)) {
    const { from, to } = pair;
    const line = (id: string) => {
      const claim = index.claims.get(id);
      return `  ${id} (${claim?.data.article}): “${claim?.data.statement}”`;
    };
    console.log(
      `${pair.score.toFixed(2)}\n${line(pair.a)}\n${line(pair.b)}\n  If they assert the same thing: add \`sameAs: ${to}\` to ${files.get(from) ?? `content/claims/${from}.md`}\n`,
    );
  }
  if (pairs.length > top) console.log(`And ${pairs.length - top} more: \`npm run suggest -- --top ${pairs.length}\` lists them all.`);
}

if (import.meta.main) main();
