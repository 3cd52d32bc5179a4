import { findQuote } from '../anchor.ts';
import { yamlString } from '../anchor-hints.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * Quotation marks, opening then closing, as languages pair them: English “ ” and ‘ ’, German „ “
 * and ‚ ‘, Polish „ ”, French « » and ‹ ›, Danish » « and › ‹, Swedish ” ”, Urdu ” “, Japanese
 * 「 」 and 『 』, and the typewriter's " " and ' '.
 */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['‘', '’'],
  ['‚', '‘'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  ['›', '‹'],
  ['”', '”'],
  ['”', '“'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ["'", "'"],
];

const SINGLE = new Set(["'", '’', '‘']);
const LETTER = /[\p{L}\p{N}]/u;

/** Whether the mark at `i` is an apostrophe inside a word (`it’s`, `Pakistan's`), not a quotation mark. */
function inWord(text: string, i: number, mark: string): boolean {
  return SINGLE.has(mark) && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}

/**
 * The pair of marks a text is wrapped in: it begins with an opening mark, ends with the closing
 * mark of that pair, and the first closes only at the last (“a” and “b” is two quotes, not one
 * wrapped). Single marks are read warily, as they double as apostrophes: both ends must be marks,
 * so a text that begins with an elision (`'tis`, `'90s`) is not wrapped, and an apostrophe inside
 * a word (`it’s`) closes nothing.
 */
export function wrappingMarks(text: string): readonly [string, string] | undefined {
  const value = text.trim();
  for (const pair of QUOTE_PAIRS) {
    const [open, close] = pair;
    if (value.length < open.length + close.length + 1 || !value.startsWith(open) || !value.endsWith(close)) continue;
    const inner = value.slice(open.length, value.length - close.length);
    if (inner.trim() === '') continue;
    if (SINGLE.has(open) && /^(?:(?:tis|twas|em|n|cause|til)\b|\d)/i.test(inner)) continue;
    // Does the opening mark close before the end?
    let depth = 0;
    let closedEarly = false;
    for (let i = 0; i < value.length - close.length; i++) {
      const char = value[i] ?? '';
      if (inWord(value, i, char)) continue;
      if (open === close) {
        if (char === open && i > 0) closedEarly = true;
      } else if (char === open) depth++;
      else if (char === close && --depth === 0) closedEarly = true;
      if (closedEarly) break;
    }
    if (!closedEarly) return pair;
  }
  return undefined;
}

/** The opening mark a text begins with and never closes (`«words`), of the marks that open and close differently and are no apostrophes. */
function loneOpening(text: string): string | undefined {
  const value = text.trim();
  const pairs = QUOTE_PAIRS.filter(([open, close]) => open !== close && !SINGLE.has(open) && value.startsWith(open));
  const [first] = pairs;
  return first && !pairs.some(([, close]) => value.slice(first[0].length).includes(close)) ? first[0] : undefined;
}

/** A value as a plain YAML scalar when it reads as one, else quoted. */
function yamlValue(value: string): string {
  const plain =
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/\s$/.test(value) &&
    !/:(\s|$)|\s#/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i.test(value);
  return plain ? value : yamlString(value);
}

/**
 * A quote's `text` is the words without the quotation marks around them (the editing guide): the
 * site sets them in its own marks, in the page, the share card's alt text and `Quotation.text` of
 * the published data, and highlights the words in the article. Marks copied with the words would
 * show twice (“«…»”) and the highlight would cover them. Refused when the text begins with an
 * opening mark and ends with its closing one; marks inside the words are the speaker's and stay.
 */
export const quoteMarks: Rule = ({ records, analysis }) =>
  eachRecord(records.quotes.values(), (quote, report) => {
    // The article text, when the quote was found in it (the anchors rule ran before).
    const placedIn = (article: string | undefined) => (article !== undefined && analysis.ranges.has(`quotes/${quote.id}`) ? analysis.texts.get(article) : undefined);
    const text = quote.data.text;
    const pair = text === undefined ? undefined : wrappingMarks(text);
    const lone = text !== undefined && !pair ? loneOpening(text) : undefined;
    if (text !== undefined && lone) {
      // A warning: a quote of several paragraphs may open each with a mark it closes only at the end.
      report({
        ...at(quote, ['text']),
        severity: 'warning',
        message: `The quote's \`text\` begins with ${lone} and never closes it: most likely the article's mark was copied with the words, and readers would see it beside the site's own.`,
        fix: `Copy the words without it: \`text: ${yamlValue(text.trim().slice(lone.length).trim())}\`. If the speaker's words do open with it, leave it.`,
      });
    }
    if (text === undefined || !pair) return;
    const [open, close] = pair;
    const value = text.trim();
    const words = value.slice(open.length, value.length - close.length).trim();
    report({
      ...at(quote, ['text']),
      message: `The quote's \`text\` begins with ${open} and ends with ${close}: the site sets a quote's words in its own quotation marks, so readers would see them twice (“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”) and the highlight in the article would cover the marks.`,
      fix: `Copy only the words between the marks: \`text: ${yamlValue(words)}\`.${anchorFix(placedIn(quote.data.article), quote.data, words, pair)}`,
    });
  });

/**
 * What the quote's place in the article (its `text` with `prefix` and `suffix`) needs once the
 * marks are gone: the marks move to the end of `prefix` and the start of `suffix`, and when the
 * words alone occur elsewhere too, the marks become the `prefix` and `suffix` that pick this place.
 */
function anchorFix(articleText: string | undefined, data: { prefix?: string | undefined; suffix?: string | undefined }, words: string, [open, close]: readonly [string, string]): string {
  if (articleText === undefined) return ' The quote must then still be found in the article: the same words, with `prefix` and `suffix` beside `text` if they occur more than once.';
  const changes: string[] = [];
  const prefix = data.prefix === undefined ? undefined : `${data.prefix}${open}`;
  const suffix = data.suffix === undefined ? undefined : `${close}${data.suffix}`;
  if (prefix !== undefined) changes.push(`\`prefix: ${yamlString(prefix)}\``);
  if (suffix !== undefined) changes.push(`\`suffix: ${yamlString(suffix)}\``);
  const count = (anchor: { exact: string; prefix?: string; suffix?: string }) => findQuote(articleText, anchor).length;
  const moved = { exact: words, ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) };
  if (count(moved) === 1) {
    return changes.length > 0 ? ` Then move the marks to the words around it, as the article has them: ${changes.join(' and ')}.` : ' The words alone still match the article once, so nothing else changes.';
  }
  for (const extra of [{ prefix: prefix ?? open }, { suffix: suffix ?? close }, { prefix: prefix ?? open, suffix: suffix ?? close }]) {
    const anchor = { ...moved, ...extra };
    if (count(anchor) !== 1) continue;
    const add = [
      ...(anchor.prefix !== undefined ? [`\`prefix: ${yamlString(anchor.prefix)}\``] : []),
      ...(anchor.suffix !== undefined ? [`\`suffix: ${yamlString(anchor.suffix)}\``] : []),
    ];
    return ` The words alone occur more than once in the article, so keep this place with the marks beside \`text\`: ${add.join(' and ')}.`;
  }
  return ' The words alone occur more than once in the article: add `prefix` and `suffix` beside `text`, the marks and the words around them, to pick this place.';
}
