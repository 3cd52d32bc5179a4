import { describeChar } from './anchor.ts';

/**
 * Characters that look alike on screen and are the usual reason a passage copied by hand does not
 * match: apostrophes and quotation marks (straight or curly), dashes and hyphens, kinds of space,
 * and capitals. Each folds to one stand-in, one character for one, so offsets stay comparable.
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
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
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
 */
export function lookAlikeHint(text: string, exact: string): string | undefined {
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
    `The article has ${theirs} where the anchor has ${ours}, ${where}` +
    `${more > 0 ? ` (and ${more} more difference${more === 1 ? '' : 's'} further on)` : ''}. ` +
    'Copy the words from the article instead of typing them, so every quote mark and dash is the same.'
  );
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
