import { distance } from 'fastest-levenshtein';
import { charAt, charBefore, UNSPACED } from './anchor.ts';
import { articleTree } from './article-text.ts';
import { visit } from 'unist-util-visit';

/**
 * Words an editor copies from an article (a verb, the article's name for a source, a hedge) are
 * found as whole words: `mphas` is not a word of "emphasised". Word boundaries come from
 * `Intl.Segmenter`, the Unicode word-break rules with the dictionaries of scripts written without
 * spaces, so the same check holds for any script, not only where `\b` knows the letters.
 *
 * Those dictionaries guess, and can join the article's word to the next one's first syllable
 * (Thai ระบุว่าการ for ระบุว่า + การ...): for chain words, between two letters of a script written
 * without spaces, any boundary between letters (grapheme clusters: a letter with its vowel and
 * tone marks) is taken as a word's edge.
 */
/**
 * A name as names are matched across records and fields (two sources of one name, an article's
 * publisher and the source it names): one Unicode form, capitals and runs of spaces aside.
 */
/** A text to find as it is, in a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a source goes by: its `name`, its `aliases` and its name in its own script. */
export function namesOfSource(data: { name?: string | undefined; aliases?: readonly string[] | undefined; nativeName?: { text?: string | undefined } | undefined }): string[] {
  return [data.name, ...(data.aliases ?? []), data.nativeName?.text].filter((name): name is string => typeof name === 'string');
}

export const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

export interface Found {
  start: number;
  end: number;
}

/** What is worked out once of a text: its words and letters as ICU segments them, its case fold and phrases found in it, by language; where its lines start. */
interface TextFacts {
  words: Map<string, Intl.Segments>;
  letters?: Intl.Segments;
  folded?: string;
  found: Map<string, readonly Found[]>;
  lineStarts?: number[];
}

/**
 * Facts of each text, kept: articles are long and few, and every record of one asks of the same
 * text. Keyed by the text itself (a string keeps its hash once worked out), never by a new string
 * built from it, which would be hashed again, whole, at every look-up.
 */
const cache = new Map<string, TextFacts>();

function factsOf(text: string): TextFacts {
  let facts = cache.get(text);
  if (!facts) {
    if (cache.size >= 64) cache.clear();
    cache.set(text, (facts = { words: new Map(), found: new Map() }));
  }
  return facts;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter a language and granularity, made once; a tag the runtime cannot read gets the default rules. */
export function segmenter(language: string | undefined, granularity: 'word' | 'grapheme' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}\u0000${language ?? ''}`;
  let made = segmenters.get(key);
  if (!made) {
    try {
      made = new Intl.Segmenter(language, { granularity });
    } catch {
      made = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, made);
  }
  return made;
}

/**
 * The segment of `segments` that holds the offset `at`: ICU finds it from the nearest safe point,
 * so asking about a few offsets of a long article costs a few look-ups, not a pass over it.
 */
function around(segments: Intl.Segments, text: string, at: number): Found {
  if (at >= text.length) return { start: text.length, end: text.length };
  const segment = segments.containing(Math.max(0, at));
  return segment ? { start: segment.index, end: segment.index + segment.segment.length } : { start: at, end: at };
}

/** The word (or the run of spaces or punctuation between words) of `text` that holds the offset `at`. */
function wordSegment(text: string, at: number, language: string): Found {
  const facts = factsOf(text);
  let segments = facts.words.get(language);
  if (!segments) facts.words.set(language, (segments = segmenter(language, 'word').segment(text)));
  return around(segments, text, at);
}

/** Whether a word starts or ends at the offset `at` of `text`. */
function isWordEdge(text: string, at: number, language: string): boolean {
  return at <= 0 || at >= text.length || wordSegment(text, at, language).start === at;
}

/**
 * `text` with case set aside, one UTF-16 unit for one so offsets stay those of `text`: Turkish
 * dotted and dotless I (İ i I ı) all fold to `i`, as the article's language may pair them either way.
 */
export function foldCase(text: string): string {
  // Only capitals and letters beyond ASCII can fold to something else; each is worked out once.
  return text.replace(/[^\0-@[-\x7f]/gu, foldChar);
}

const folds = new Map<string, string>();

function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded =
      char === 'İ' || char === 'ı' || char === 'I'
        ? 'i'
        : ([char.toUpperCase().toLowerCase(), char.toLowerCase()].find((f) => f.length === char.length) ?? char);
    folds.set(char, folded);
  }
  return folded;
}

function foldedOf(text: string): string {
  const facts = factsOf(text);
  return (facts.folded ??= foldCase(text));
}

/** The letter (a grapheme cluster: a letter with its marks) of `text` that holds the offset `at`. */
export function letterAt(text: string, at: number): Found {
  const facts = factsOf(text);
  facts.letters ??= segmenter(undefined, 'grapheme').segment(text);
  return around(facts.letters, text, at);
}

/** Whether the offset `at` of `text` lies between two letters (grapheme clusters), not inside one. */
export function isLetterEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || letterAt(text, at).start === at;
}

/** Whether the offset `at` of `text` lies between two letters of scripts written without spaces. */
function betweenUnspaced(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  return UNSPACED.test(charBefore(text, at) ?? '') && UNSPACED.test(charAt(text, at));
}

/**
 * Letters some languages write joined to the next word, though each is a word of its own: Arabic's
 * "and", "so", "with", "for", "like" and "the" (وأكدت is و + أكدت, "and she confirmed"), Hebrew's
 * "and", "the", "in", "as", "to", "from", "that". Copying the verb without them is copying the
 * article's verb, so a word that follows them starts a whole word.
 */
const PROCLITICS: Record<string, RegExp> = {
  ar: /^(?:[وف]?[بلك]?|[وف]?[بلك]?ال)$/u,
  he: /^[והבכלמש]{1,3}$/u,
};

/** Whether `start` is a word's start, or follows only proclitic letters of `language` within a word. */
function startsWord(text: string, start: number, language: string): boolean {
  if (isWordEdge(text, start, language)) return true;
  const proclitic = PROCLITICS[language.toLowerCase().split('-')[0] ?? ''];
  if (!proclitic) return false;
  const word = wordSegment(text, start, language).start;
  return start - word <= 3 && proclitic.test(text.slice(word, start));
}

/**
 * Every place `words` stands in `text` as whole words, case aside (Turkish I's included): callers
 * that show the words as the article's hold them to its letters (`asWritten`). With `byLetter`,
 * between two letters of scripts written without spaces any boundary between letters will do
 * (chain words: a verb of one character, 称, "said", that the dictionary joins to the name before it).
 */
export function findWhole(text: string, words: string, language = 'en', byLetter = false): readonly Found[] {
  const phrase = words.trim();
  if (phrase === '') return [];
  const facts = factsOf(text);
  const key = `${language}\u0000${byLetter ? 'letters' : 'words'}\u0000${phrase}`;
  const known = facts.found.get(key);
  if (known) return known;
  const folded = foldedOf(text);
  const target = foldCase(phrase);
  const isEdge = (at: number) => isWordEdge(text, at, language) || (byLetter && betweenUnspaced(text, at) && isLetterEdge(text, at));
  const found: Found[] = [];
  for (let start = folded.indexOf(target); start !== -1; start = folded.indexOf(target, start + 1)) {
    const end = start + target.length;
    if (isEdge(end) && (isEdge(start) || startsWord(text, start, language))) found.push({ start, end });
  }
  facts.found.set(key, found);
  return found;
}

/** Of the places `findWhole` finds, those where the article writes `words` letter for letter. */
export function asWritten(text: string, words: string, found: readonly Found[]): Found[] {
  return found.filter((f) => text.slice(f.start, f.end) === words.trim());
}

/**
 * What the article has of words an editor copied from it (a verb, a name, a hedge): where it writes
 * them letter for letter; else the forms it writes them in with other capitals; else the word they
 * occur inside, and the nearest words.
 */
export function articleWordsOf(text: string, words: string, language = 'en', paragraph?: Found): { found: Found[]; otherCase: string[]; inside?: string; nearest: string[] } {
  const anyCase = findWhole(text, words, language, true);
  const found = asWritten(text, words, anyCase);
  const otherCase = found.length > 0 ? [] : [...new Set(anyCase.map((f) => text.slice(f.start, f.end)))];
  if (found.length > 0 || otherCase.length > 0) return { found, otherCase, nearest: [] };
  const inside = wordInside(text, words, language);
  const nearest = [...new Set([...(inside ? [inside] : []), ...nearestWords(text, words, language, paragraph)])].slice(0, 3);
  return { found, otherCase, ...(inside ? { inside } : {}), nearest };
}

/** The word of `text` that `words` occurs inside, case aside, when it occurs only inside one. */
export function wordInside(text: string, words: string, language = 'en'): string | undefined {
  const phrase = words.trim();
  const part = phrase === '' ? -1 : foldedOf(text).indexOf(foldCase(phrase));
  return part === -1 ? undefined : wordAround(text, { start: part, end: part + phrase.length }, language);
}

/** A letter, mark or digit: what a word is made of. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Where the word of a text written with spaces lies that the offset `at` cuts in two (`lediyenin`
 * cuts “Belediyenin”), or undefined where `at` is a word's edge, lies between Arabic or Hebrew letters
 * joined to the next word, or between letters of scripts written without spaces.
 */
export function wordCutAt(text: string, at: number, language = 'en'): Found | undefined {
  if (at <= 0 || at >= text.length) return undefined;
  const before = charBefore(text, at) ?? '';
  const after = charAt(text, at);
  if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after) || UNSPACED.test(before) || UNSPACED.test(after)) return undefined;
  if (startsWord(text, at, language)) return undefined;
  return wordSegment(text, at, language);
}

/** The word of `text` that holds the place `at`, for saying "`mphas` is part of “emphasised”". */
export function wordAround(text: string, at: Found, language = 'en'): string {
  const start = isWordEdge(text, at.start, language) ? at.start : wordSegment(text, at.start, language).start;
  const end = isWordEdge(text, at.end, language) ? at.end : wordSegment(text, at.end, language).end;
  return text.slice(start, end);
}

/** The paragraph (a line of the article's text, as anchors see it) that holds an offset. */
export function paragraphAt(text: string, offset: number): Found & { index: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  const facts = factsOf(text);
  if (!facts.lineStarts) {
    facts.lineStarts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) facts.lineStarts.push(at + 1);
  }
  // The last line start at or before `start`, by halves.
  const starts = facts.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= start) low = middle;
    else high = middle - 1;
  }
  return { start, end: next === -1 ? text.length : next, index: low };
}

/**
 * The nearest phrases of the article to `words`: runs of as many words, by edit distance, closest
 * first, each once. Those in `near` (the claim's own paragraph) come before the rest on a tie.
 */
export function nearestWords(text: string, words: string, language = 'en', near?: Found, limit = 3): string[] {
  const target = foldCase(words.trim());
  const count = Math.max(1, [...segmenter(language, 'word').segment(target)].filter((s) => s.isWordLike).length);
  const tokens = [...segmenter(language, 'word').segment(text)].filter((s) => s.isWordLike);
  const scored = new Map<string, number>();
  for (let i = 0; i + count <= tokens.length; i++) {
    const first = tokens[i];
    const last = tokens[i + count - 1];
    if (!first || !last) continue;
    const start = first.index;
    const end = last.index + last.segment.length;
    const phrase = text.slice(start, end);
    if (phrase.includes('\n')) continue;
    const score = distance(foldCase(phrase), target) - (near && start >= near.start && end <= near.end ? 0.5 : 0);
    const before = scored.get(phrase);
    if (before === undefined || score < before) scored.set(phrase, score);
  }
  // Only near misses are worth naming: within about a third of the words' length.
  const most = Math.max(1, Math.floor(target.length / 3));
  return [...scored.entries()]
    .filter(([phrase, score]) => score <= most && foldCase(phrase) !== target)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([phrase]) => phrase);
}

/**
 * For an article body, the file line each offset of its text (as anchors see it) comes from, so a
 * message can point at the line of the article file, whatever the sentence.
 */
export function lineFinder(body: string, bodyLine: number): (offset: number) => number {
  const nodes: { start: number; value: string; line: number | undefined }[] = [];
  let length = 0;
  visit(articleTree(body), 'text', (node) => {
    nodes.push({ start: length, value: node.value, line: node.position?.start.line });
    length += node.value.length;
  });
  return (offset) => {
    // The text node that holds the offset, or the next with a known line (block separators have none).
    let i = nodes.findIndex((node) => offset < node.start + node.value.length);
    if (i === -1) i = nodes.length - 1;
    const node = nodes[i];
    if (!node) return bodyLine;
    if (node.line === undefined) {
      const next = nodes.slice(i + 1).find((n) => n.line !== undefined);
      return bodyLine + (next?.line ?? 1) - 1;
    }
    const inside = node.value.slice(0, Math.max(0, offset - node.start)).split('\n').length - 1;
    return bodyLine + node.line - 1 + inside;
  };
}

/**
 * The article's own words for a venue, to propose for `venueAs`: one of its names as the article
 * writes it, with the word before it (the article's preposition: "on Geo News", "to Dawn"),
 * preferring a mention in the record's own paragraph.
 */
export function venuePhrase(text: string, names: readonly string[], language = 'en', paragraph?: Found): string | undefined {
  const found = names.flatMap((name) => findWhole(text, name, language, true));
  const best = found.find((f) => paragraph && f.start >= paragraph.start && f.end <= paragraph.end) ?? found[0];
  if (!best) return undefined;
  const before = /([\p{L}\p{M}]+)\s+$/u.exec(text.slice(Math.max(0, best.start - 24), best.start));
  return `${before?.[1] ? `${before[1]} ` : ''}${text.slice(best.start, best.end)}`;
}
