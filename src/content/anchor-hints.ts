import { charAt, describeChar } from './anchor.ts';
import { escapeRegExp } from './words.ts';

/**
 * Characters that look alike on screen and are the usual reason a passage copied by hand does not
 * match: apostrophes and quotation marks (straight or curly), dashes and hyphens, kinds of space,
 * the Arabic and Persian forms of yeh and kaf that keyboards of the two languages type, and
 * capitals (Turkish I, İ, ı and i among them). Each folds to one stand-in, one character for one, so offsets stay comparable.
 */
const LOOK_ALIKES: Record<string, string> = {
  '’': "'",
  '‘': "'",
  'ʼ': "'",
  '′': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '—': '-',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\n': ' ',
  'ی': 'ي',
  'ى': 'ي',
  'ک': 'ك',
  // Turkish dotted and dotless I, which other languages' capitals and small letters pair differently.
  'İ': 'i',
  'ı': 'i',
  // Digits: Persian and Arabic-Indic, Devanagari and full-width ones, which articles print and keyboards type as 0–9.
  ...Object.fromEntries(
    [0x06f0, 0x0660, 0x0966, 0xff10].flatMap((zero) => Array.from({ length: 10 }, (_, d) => [String.fromCharCode(zero + d), String(d)])),
  ),
};

function fold(text: string): string {
  let out = '';
  for (const char of text) {
    // Surrogate pairs stay as they are: `for...of` yields them whole, and they fold to themselves.
    const folded = LOOK_ALIKES[char] ?? char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

/**
 * The paragraphs' parts of the article's passage that `exact` runs over, when it runs over a
 * paragraph break (`\n` in the text): the same words but for look-alikes and white space, the
 * break typed as a space or copied as a blank line. Undefined when the words stay in one paragraph
 * or are not in the text. An anchor stays within one paragraph, as the editing guide says.
 */
export function crossedParagraphs(text: string, exact: string): string[] | undefined {
  const words = fold(exact).trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  for (const match of fold(text).matchAll(pattern)) {
    const passage = text.slice(match.index, match.index + match[0].length);
    if (passage.includes('\n')) return passage.split('\n').map((part) => part.trim()).filter((part) => part !== '');
  }
  return undefined;
}

/**
 * When a passage is not in the text only because of look-alike characters, say which and where:
 * "the article has a curly apostrophe (’) where the anchor has a straight apostrophe (')". Returns
 * undefined when the passage differs in more than look-alikes, and the general hint has to do.
 * `copied` names what the editor wrote, for words copied from the article that are not an anchor.
 */
export function lookAlikeHint(text: string, exact: string, copied = 'the anchor'): string | undefined {
  if (exact === '' || text.includes(exact)) return undefined;
  const at = fold(text).indexOf(fold(exact));
  if (at === -1) return undefined;
  const differences: { offset: number; theirs: string; ours: string }[] = [];
  for (let i = 0; i < exact.length; i++) {
    const theirs = text[at + i] as string;
    const ours = exact[i] as string;
    if (theirs !== ours) differences.push({ offset: i, theirs, ours });
  }
  const [first] = differences;
  if (!first) return undefined;
  const before = exact.slice(Math.max(0, first.offset - 20), first.offset).replace(/\n/g, ' ');
  const where = first.offset === 0 ? 'at the very start' : `after “${first.offset > 20 ? '…' : ''}${before}”`;
  const theirs = first.theirs.toLowerCase() === first.ours.toLowerCase() ? `\`${first.theirs}\`` : describeChar(first.theirs);
  const ours = first.theirs.toLowerCase() === first.ours.toLowerCase() ? `\`${first.ours}\`` : describeChar(first.ours);
  const more = differences.length - 1;
  return (
    `The article has ${theirs} where ${copied} has ${ours}, ${where}` +
    `${more > 0 ? ` (and ${more} more difference${more === 1 ? '' : 's'} further on)` : ''}. ` +
    `Copy the words from the article instead of typing them, so every ${/^\p{L}$/u.test(first.theirs) ? 'letter' : /^\p{Nd}$/u.test(first.theirs) ? 'digit' : 'quote mark and dash'} is the same.`
  );
}

/** A combining mark (a vowel sign, an accent) or an invisible format character: nothing a reader sees as a letter of its own. */
const UNSEEN = /^[\p{M}\p{Cf}]$/u;

/** `text` without its unseen characters, folded, and for each character kept its offset in `text`. */
function seen(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    if (!UNSEEN.test(char)) {
      const kept = fold(char);
      folded += kept;
      for (let i = 0; i < kept.length; i++) offsets.push(at + i);
    }
    at += char.length;
  }
  return { folded, offsets };
}

/**
 * When a passage is not in the text because of a character a reader does not see as one of its
 * own, say which, and where: an invisible format character (a right-to-left mark copied with an
 * Arabic text) or a combining mark (a vowel sign the article writes and the anchor does not, or the
 * other way round). Works from the first word, where the general hint can only say that no passage
 * starts with these words. `placeOf` names the article's line that holds an offset of `text`
 * ("line 14 of `content/articles/a.md`"), when it is known.
 */
export function unseenHint(text: string, exact: string, placeOf: (offset: number) => string | undefined = () => undefined): string | undefined {
  if (exact === '' || text.includes(exact)) return undefined;
  const ours = seen(exact);
  if (ours.folded === '') return undefined;
  const theirs = seen(text);
  const found = theirs.folded.indexOf(ours.folded);
  if (found === -1) return undefined;
  // The two passages side by side: the differences are unseen characters on one side, or look-alikes.
  const differences: { offset: number; where: number; article?: string; anchor?: string }[] = [];
  let i = theirs.offsets[found] as number;
  let j = 0;
  while (j < exact.length) {
    const a = charAt(text, i);
    const b = charAt(exact, j);
    if (i < text.length && a === b) {
      i += a.length;
      j += b.length;
    } else if (i < text.length && UNSEEN.test(a)) {
      differences.push({ offset: j, where: i, article: a });
      i += a.length;
    } else if (UNSEEN.test(b)) {
      differences.push({ offset: j, where: i, anchor: b });
      j += b.length;
    } else {
      differences.push({ offset: j, where: i, article: a, anchor: b });
      i += a.length;
      j += b.length;
    }
  }
  const [first] = differences;
  if (!first) return undefined;
  const before = exact.slice(Math.max(0, first.offset - 20), first.offset).replace(/\n/g, ' ');
  const where = first.offset === 0 ? 'at the very start' : `after “${first.offset > 20 ? '…' : ''}${before}”`;
  const more = differences.length - 1;
  const further = more > 0 ? ` (and ${more} more difference${more === 1 ? '' : 's'} further on)` : '';
  const invisible = (char: string) => /^\p{Cf}$/u.test(char);
  if (first.article !== undefined && first.anchor !== undefined) {
    return `The article has ${describeChar(first.article)} where the anchor has ${describeChar(first.anchor)}, ${where}${further}. Copy the words from the article instead of typing them.`;
  }
  if (first.article !== undefined) {
    const place = placeOf(first.where);
    const at = `${where}${place === undefined ? '' : ` on ${place}`}`;
    // A zero-width (non-)joiner is spelling in Persian, Urdu, the Indic scripts and emoji (می‌شود): the article keeps it.
    if (first.article === '\u200C' || first.article === '\u200D') {
      return `The article has ${describeChar(first.article)}, an invisible character its spelling uses, ${at}${further}, and the anchor does not. Copy the words from the article itself: copying keeps it (typing the word again leaves it out).`;
    }
    return invisible(first.article)
      ? `The article has ${describeChar(first.article)}, an invisible character, ${at}${further}, and the anchor does not. Delete it from the article text (it is invisible: move the cursor through the word, or search for it), or copy the words from the article with it.`
      : `The article has ${describeChar(first.article)} ${at}, and the anchor does not${further}. Copy the words from the article with their marks.`;
  }
  return invisible(first.anchor as string)
    ? `The anchor has ${describeChar(first.anchor)}, an invisible character, ${where}, and the article does not${further}. Delete it from the anchor, or copy the words from the article again.`
    : `The anchor has ${describeChar(first.anchor)} ${where}, and the article does not${further}. Copy the words from the article as they are written there.`;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Whole words before `at`, one more each time, until they occur before `exact` only once. */
function uniquePrefix(text: string, exact: string, at: number): string | undefined {
  let start = at;
  for (let words = 0; words < 6 && start > 0 && text[start - 1] !== '\n'; words++) {
    start = Math.max(text.lastIndexOf(' ', start - 2), text.lastIndexOf('\n', start - 2)) + 1;
    const prefix = text.slice(start, at);
    if (occurrences(text, prefix + exact).length === 1) return prefix;
  }
  return undefined;
}

/** Whole words after the passage, one more each time, until they occur after `exact` only once. */
function uniqueSuffix(text: string, exact: string, at: number): string | undefined {
  const from = at + exact.length;
  let end = from;
  for (let words = 0; words < 6 && end < text.length && text[end] !== '\n'; words++) {
    const stops = [text.indexOf(' ', end + 1), text.indexOf('\n', end)].filter((i) => i !== -1);
    end = stops.length > 0 ? Math.min(...stops) : text.length;
    const suffix = text.slice(from, end);
    if (occurrences(text, exact + suffix).length === 1) return suffix;
  }
  return undefined;
}

export function yamlString(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

/**
 * For a passage that occurs more than once, the shortest `prefix` (or `suffix`) of whole words that
 * picks out each occurrence, ready to paste: editors know which one they mean, not what makes it unique.
 * A quote has its `prefix` and `suffix` beside `text`; claims and events have them in `anchor`.
 */
export function ambiguityHint(text: string, exact: string, style: 'anchor' | 'quote' | 'flags' | 'prompt' = 'anchor'): string | undefined {
  const found = occurrences(text, exact);
  if (found.length < 2) return undefined;
  const options = found.slice(0, 3).map((at) => {
    const context = text.slice(Math.max(0, at - 24), at).replace(/\n/g, ' ');
    const prefix = uniquePrefix(text, exact, at);
    const suffix = prefix === undefined ? uniqueSuffix(text, exact, at) : undefined;
    const [name, value] = prefix !== undefined ? ['prefix', prefix] : suffix !== undefined ? ['suffix', suffix] : [undefined, undefined];
    const field =
      name === undefined || value === undefined
        ? 'a longer passage'
        : style === 'flags'
          ? `\`--${name} ${yamlString(value)}\``
          : style === 'prompt'
            ? `the ${name} “${value}”`
            : `\`${name}: ${yamlString(value)}\``;
    return `for the one after “…${context.trimStart()}”, ${style === 'prompt' ? 'give' : 'add'} ${field}`;
  });
  const lead = { anchor: 'Under `anchor`, beside `exact`', quote: 'Beside `text`', flags: 'To choose one', prompt: 'To choose one' }[style];
  return `${lead}, ${options.join('; ')}${found.length > 3 ? `; and so on for the other ${found.length - 3}` : ''}.`;
}
