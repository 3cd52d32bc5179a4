import type { Anchor } from './schemas/anchor.ts';
import { codePointOf } from './problems.ts';

/** A resolved anchor: the half-open range `[start, end)` in the article text. */
export interface TextRange {
  start: number;
  end: number;
}

export type AnchorResult =
  | ({ ok: true } & TextRange)
  | { ok: false; reason: 'none'; hint: string }
  | { ok: false; reason: 'many'; count: number; hint: string };

const SNIPPET = 24;

function show(text: string): string {
  return text.replace(/\n/g, '⏎');
}

/**
 * All offsets where `exact` occurs with `prefix` right before it and `suffix` right after, as
 * W3C text quote selectors are defined. Matching is exact, character for character: no fuzzy
 * re-anchoring, which is how annotation tools attach notes to the wrong text without a word.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export function findQuote(text: string, anchor: Anchor): number[] {
  const found: number[] = [];
  if (!anchor.exact) return found;
  for (const at of occurrences(text, anchor.exact)) {
    if (anchor.prefix !== undefined && !text.endsWith(anchor.prefix, at)) continue;
    if (anchor.suffix !== undefined && !text.startsWith(anchor.suffix, at + anchor.exact.length)) continue;
    found.push(at);
  }
  return found;
}

/**
 * Every offset where `exact` starts in `text`, overlapping ones included, in order. An article's
 * anchors are all resolved against its one text, so scanning the whole text for each made
 * resolution quadratic in a long article's claims (issue 6). Past a length where that starts to
 * show, each text gets an index of where every run of `GRAM` characters starts (a hash table of
 * chained offsets, about 16 bytes a character), and an anchor only checks the offsets that its
 * rarest run of characters leads to (anchors often start alike: "According to"). Short texts and
 * short anchors are scanned: faster than building anything.
 */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (text.length < INDEXED_TEXT_LENGTH || exact.length < GRAM) {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
    return found;
  }
  const index = textIndex(text);
  // The run of the anchor that fewest offsets of the text share, and where it sits in the anchor.
  let bucket = -1;
  let shift = 0;
  const last = exact.length - GRAM;
  for (let i = 0, tried = 0; tried < 64; i = Math.min(i + GRAM, last), tried++) {
    const candidate = gramHash(exact, i) & index.mask;
    if (bucket === -1 || (index.counts[candidate] as number) < (index.counts[bucket] as number)) {
      bucket = candidate;
      shift = i;
    }
    if (i === last) break;
  }
  for (let at = index.heads[bucket] as number; at !== -1; at = index.next[at] as number) {
    if (at >= shift && text.startsWith(exact, at - shift)) found.push(at - shift);
  }
  return found;
}

const GRAM = 8;
const INDEXED_TEXT_LENGTH = 16_384;
const INDEXES_KEPT = 8;

interface TextIndex {
  /** The first offset of each hash bucket, or -1. */
  heads: Int32Array;
  /** How many offsets each bucket holds. */
  counts: Int32Array;
  /** The next offset in the same bucket, or -1: buckets run in increasing offset order. */
  next: Int32Array;
  mask: number;
}

/** The last few texts' indexes: the checker, the page model and the marking plugin each resolve many anchors against one text. */
const indexes = new Map<string, TextIndex>();

function gramHash(text: string, at: number): number {
  let hash = 0;
  for (let i = 0; i < GRAM; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(at + i)) | 0;
  return hash ^ (hash >>> 15);
}

function textIndex(text: string): TextIndex {
  const known = indexes.get(text);
  if (known) return known;
  const starts = text.length - GRAM + 1;
  let size = 1;
  while (size < starts * 2) size <<= 1;
  const index: TextIndex = { heads: new Int32Array(size).fill(-1), counts: new Int32Array(size), next: new Int32Array(starts), mask: size - 1 };
  // From the end, so each bucket's chain runs from the first offset to the last.
  for (let at = starts - 1; at >= 0; at--) {
    const bucket = gramHash(text, at) & index.mask;
    index.next[at] = index.heads[bucket] as number;
    index.heads[bucket] = at;
    index.counts[bucket] = (index.counts[bucket] as number) + 1;
  }
  indexes.set(text, index);
  if (indexes.size > INDEXES_KEPT) indexes.delete(indexes.keys().next().value as string);
  return index;
}

/** The longest start of `needle` found in `text`, by binary search: `indexOf` of a prefix is monotone. */
function longestFoundPrefix(text: string, needle: string): { length: number; at: number } {
  let low = 0;
  let high = needle.length;
  let at = -1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const index = text.indexOf(needle.slice(0, mid));
    if (index === -1) high = mid - 1;
    else {
      low = mid;
      at = index;
    }
  }
  return { length: low, at };
}

/**
 * A character named for an editor: "a curly apostrophe (’, U+2019)" rather than a glyph they cannot
 * tell apart from another, with its code point to search for. Letters that look alike across
 * Arabic and Persian keyboards get their names; a combining mark is shown on a dotted circle.
 */
export function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  const names: Record<string, string> = {
    "'": "a straight apostrophe (', U+0027)",
    '’': 'a curly apostrophe (’, U+2019)',
    '‘': 'an opening curly quote (‘, U+2018)',
    '"': 'a straight double quote (", U+0022)',
    '“': 'an opening curly double quote (“, U+201C)',
    '”': 'a closing curly double quote (”, U+201D)',
    '—': 'an em dash (—, U+2014)',
    '–': 'an en dash (–, U+2013)',
    '-': 'a hyphen (-, U+002D)',
    ' ': 'a space',
    '\u00a0': 'a non-breaking space (U+00A0)',
    '\u202f': 'a narrow non-breaking space (U+202F)',
    '\t': 'a tab',
    '\n': 'a paragraph break',
    '\u00ad': 'a soft hyphen (U+00AD)',
    '\u200b': 'a zero-width space (U+200B)',
    '\u200c': 'a zero-width non-joiner (U+200C)',
    '\u200d': 'a zero-width joiner (U+200D)',
    '\u2060': 'a word joiner (U+2060)',
    '\ufeff': 'a zero-width no-break space (U+FEFF)',
    '\u200e': 'a left-to-right mark (U+200E)',
    '\u200f': 'a right-to-left mark (U+200F)',
    '\u061c': 'an Arabic letter mark (U+061C)',
    'ي': 'an Arabic yeh (ي, U+064A)',
    'ی': 'a Persian yeh (ی, U+06CC)',
    'ى': 'an alef maksura (ى, U+0649)',
    'ك': 'an Arabic kaf (ك, U+0643)',
    'ک': 'a keheh, the Persian kaf (ک, U+06A9)',
    'ـ': 'a tatweel, the stretching line (ـ, U+0640)',
    ',': 'a comma (,, U+002C)',
    '，': 'a full-width comma (，, U+FF0C)',
    '、': 'an ideographic comma (、, U+3001)',
    '。': 'an ideographic full stop (。, U+3002)',
    '\u3000': 'a full-width space (U+3000)',
    '׳': 'a geresh (׳, U+05F3)',
    '״': 'a gershayim (״, U+05F4)',
  };
  const named = names[char];
  if (named) return named;
  const code = codePointOf(char);
  // Any other character that shows as nothing, or as a gap, between backticks: its code point.
  if (/^[\p{Cc}\p{Cf}\p{Z}]$/u.test(char)) return `an invisible character (${code})`;
  if (/^\p{M}$/u.test(char)) return `the mark ◌${char} (${code})`;
  return /^[\x21-\x7e]$/.test(char) ? `\`${char}\`` : `\`${char}\` (${code})`;
}

/**
 * Scripts written without spaces between words: two characters are already a word or more, and
 * word boundaries are a dictionary's guesses.
 */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The whole character (a code point, two UTF-16 units beyond the BMP) that ends at the offset `at` of `text`; undefined at its start. */
export function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const pair = at > 1 && /[\udc00-\udfff]/.test(text[at - 1] ?? '');
  return String.fromCodePoint(text.codePointAt(at - (pair ? 2 : 1)) ?? 0);
}

/** The whole character that starts at the offset `at` of `text`. */
export const charAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 0);

/**
 * The longest part of `exact`, from its second character on, that `text` has: where a beginning the
 * article does not have gives way to the article's own words. Only asked when an anchor is not found.
 */
function longestFoundPart(text: string, exact: string): { from: number; length: number; at: number } {
  let best = { from: 0, length: 0, at: -1 };
  for (let from = 1; from < exact.length && exact.length - from > best.length; from++) {
    // Never from the second half of a character beyond the BMP.
    if (/[\udc00-\udfff]/.test(exact[from] ?? '')) continue;
    const found = longestFoundPrefix(text, exact.slice(from));
    if (found.length > best.length) best = { from, ...found };
  }
  return best;
}

/** Explain where a passage that is not in the text stops matching it. */
function missHint(text: string, exact: string): string {
  const { length, at } = longestFoundPrefix(text, exact);
  // A match of a few letters could be anywhere in a text written with spaces; two Chinese characters are a word.
  const enough = UNSPACED.test(exact.slice(0, Math.max(length, 1))) ? 2 : 8;
  if (length < Math.min(enough, exact.length) || at === -1) {
    // The first character may be the one that differs (`Ismail` for the article's `İsmail`): the rest, found after another character.
    const ours = charAt(exact, 0);
    const rest = longestFoundPrefix(text, exact.slice(ours.length));
    const before = charBefore(text, rest.at);
    // The anchor's beginning is not the article's (a summary, "据报道", "Reportedly"), but more of it is: say which part it has.
    const part = longestFoundPart(text, exact);
    if (part.length >= 2 * enough && part.length > rest.length) {
      const found = exact.slice(part.from, part.from + part.length).trim();
      const missing = exact.slice(0, part.from).trim();
      const from = Math.max(0, part.at - SNIPPET);
      // Whole words before it, as the other hints show them: "…said the fees", not "…aid the fees".
      const lead = from > 0 ? text.slice(from, part.at).replace(/^\S*\s+(?=\S)/u, '') : text.slice(0, part.at);
      const shown = (words: string) => show([...words].length > SNIPPET * 2 ? `${[...words].slice(0, SNIPPET * 2).join('')}…` : words);
      const reads = `${from > 0 ? '…' : ''}${lead}${text.slice(part.at, part.at + part.length)}`;
      return `The article has “${shown(found)}”, as the anchor does, but not “${shown(missing)}” before it: there the article reads “${shown(reads)}”. Copy the words from the article character for character: an anchor quotes the article, it does not sum it up.`;
    }
    if (before !== undefined && rest.length >= Math.min(enough, exact.length - ours.length) && rest.length > 0 && before !== '\n') {
      const passage = show(text.slice(rest.at - before.length, rest.at + Math.min(rest.length, SNIPPET)));
      return `The article has ${describeChar(before)} where the anchor has ${describeChar(ours)}, at the very start: the article's words read “${passage}…”. Copy the words from the article character for character.`;
    }
    return 'No passage of the article starts with these words. Copy the words from the article itself.';
  }
  const theirs = text[at + length];
  const ours = exact[length];
  // Whole words of context: "…said the fees", not "…aid the fees".
  const from = Math.max(0, at + length - SNIPPET);
  const cut = from > 0 && /\S/u.test(text[from - 1] ?? '') ? text.slice(from, at + length).replace(/^\S*\s+/u, '') : text.slice(from, at + length);
  const context = show(cut);
  // A doubled space, which neither side shows: named, with the word before it.
  const word = /(\S+)\s*$/u.exec(exact.slice(0, length))?.[1];
  if (ours === ' ' && exact[length - 1] === ' ' && word) {
    return `The anchor has two spaces after “${word}” where the article has one. Delete one of the two spaces.`;
  }
  if (theirs === ' ' && text[at + length - 1] === ' ' && word) {
    return `The article has two spaces after “${word}” where the anchor has one. Write two spaces there in the anchor too (copy the words from the article), or make them one in the article's text if they came in when it was pasted.`;
  }
  return `The article matches up to “…${context}”, then has ${describeChar(theirs)} where the anchor has ${describeChar(ours)}. Copy the words from the article character for character.`;
}

export function resolveAnchor(text: string, anchor: Anchor): AnchorResult {
  const found = findQuote(text, anchor);
  if (found.length === 1) {
    const start = found[0] as number;
    return { ok: true, start, end: start + anchor.exact.length };
  }
  if (found.length === 0) {
    const bare = findQuote(text, { exact: anchor.exact });
    if (bare.length > 0) {
      const side = anchor.prefix !== undefined && !bare.some((at) => text.endsWith(anchor.prefix as string, at)) ? 'prefix' : 'suffix';
      return {
        ok: false,
        reason: 'none',
        hint: `The words occur in the article, but never with this ${side} next to them. Copy the ${side} from the text right ${side === 'prefix' ? 'before' : 'after'} the words, or remove it.`,
      };
    }
    return { ok: false, reason: 'none', hint: missHint(text, anchor.exact) };
  }
  const first = found[0] as number;
  const second = found[1] as number;
  const before = (at: number) => show(text.slice(Math.max(0, at - 12), at));
  return {
    ok: false,
    reason: 'many',
    count: found.length,
    hint: `Add a \`prefix\` (the text right before) or a \`suffix\` (right after) that tells them apart: the first is after “…${before(first)}”, the second after “…${before(second)}”.`,
  };
}
