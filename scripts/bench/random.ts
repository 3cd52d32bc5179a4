/**
 * A small seeded random source, so a benchmark corpus is the same on every run and every machine:
 * two runs that differ in timing then differ in the code, not in the content.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1): mulberry32. */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list.');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * An index in [0, n) with a Zipf-like skew: a few items are picked often and most rarely, as a
   * few outlets and governments turn up in many articles and most sources in one.
   */
  zipf(n: number, exponent = 1.1): number {
    // Inverse-CDF of a continuous power law on [1, n + 1), floored.
    const u = this.next();
    const a = 1 - exponent;
    const x = (1 + u * ((n + 1) ** a - 1)) ** (1 / a);
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
/** 70 two-letter syllables: a name is a fixed number of them, so different numbers give different names. */
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const SPACE = SYLLABLES.length ** 3;
/** Coprime with 70³, so `n * STRIDE mod 70³` visits every name once and neighbours do not look alike. */
const STRIDE = 7919;

/**
 * The n-th made-up name, capitalised: "Kabedo", "Tisuva". Distinct for n below 343,000 and never a
 * real word, so an anchor that contains one cannot occur by chance anywhere else in an article.
 */
export function madeUpName(n: number): string {
  if (n < 0 || n >= SPACE) throw new Error(`Only ${SPACE} made-up names exist; asked for number ${n}.`);
  let x = (n * STRIDE) % SPACE;
  let word = '';
  for (let i = 0; i < 3; i++) {
    word = (SYLLABLES[x % SYLLABLES.length] as string) + word;
    x = Math.floor(x / SYLLABLES.length);
  }
  return word[0]?.toUpperCase() + word.slice(1);
}
