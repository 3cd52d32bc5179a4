import type { Nodes, Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { codePointOf, type Problem } from '../problems.ts';
import { BODY_BOUNDS, characters } from '../schemas/common.ts';
import { allRecords, at, eachRecord, type AnyRec, type Rule } from './context.ts';

// Fixes name Markdown's link form in words: Astro prints an error's `[words](address)` as a link,
// and the build's report would lose the brackets an editor needs to see.

/**
 * One policy for every text an editor writes: the article, the notes below each record's
 * frontmatter, and every text field. What a page could not show as written is refused here, by
 * the check that also guards the build and `astro dev`, never dropped on the way to the page:
 *
 * - links only to `http:` and `https:` addresses, read as the browser reads them (entities decoded,
 *   tabs and newlines removed), and no images at all: an article's text has none, and a note links
 *   to pictures rather than showing them;
 * - no raw HTML, in the text or in a field;
 * - no character that hides or reorders what a reader sees: bidirectional overrides and isolates,
 *   control characters, lone surrogates.
 *
 * The sanitizer of the notes (src/plugins/sanitize-schema.ts) stays behind this as a second wall.
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */

/** The article text is read as the site renders it (no GFM); notes as the site's Markdown processor reads them (GFM, directives). */
const articleParser = unified().use(remarkParse);
const noteParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const C1_NAMES = [
  'PADDING CHARACTER',
  'HIGH OCTET PRESET',
  'BREAK PERMITTED HERE',
  'NO BREAK HERE',
  'INDEX',
  'NEXT LINE',
  'START OF SELECTED AREA',
  'END OF SELECTED AREA',
  'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET',
  'PARTIAL LINE FORWARD',
  'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED',
  'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING',
  'PRIVATE USE ONE',
  'PRIVATE USE TWO',
  'SET TRANSMIT STATE',
  'CANCEL CHARACTER',
  'MESSAGE WAITING',
  'START OF GUARDED AREA',
  'END OF GUARDED AREA',
  'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
];

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Everything refused, in one pattern: C0 but tab and newline, DEL, C1, the bidi controls, and a surrogate without its other half. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Invisible characters refused in an article's text: they sit inside words ("Isla\u00ADmabad"),
 * so a name or an anchor copied from the words a reader sees does not match them. They come
 * with text copied from web pages. A joiner is writing, not a slip, beside a letter of a script
 * that shapes with it (Persian, Urdu, Hindi, Bengali…) or in an emoji sequence, and is kept there.
 */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const JOINED = /^(?:[\p{M}\p{Extended_Pictographic}\uFE0F]|(?!\p{Script=Latin})\p{L})$/u;

/** Where the refused invisible characters of an article's text are. */
function* invisibles(text: string): Generator<{ code: number; index: number }> {
  for (const match of text.matchAll(INVISIBLE)) {
    const code = match[0].charCodeAt(0);
    const before = [...text.slice(Math.max(0, match.index - 2), match.index)].at(-1) ?? '';
    const after = String.fromCodePoint(text.codePointAt(match.index + 1) ?? 32);
    if ((code === 0x200c || code === 0x200d) && (JOINED.test(before) || JOINED.test(after))) continue;
    yield { code, index: match.index };
  }
}

/**
 * An article's text without the invisible characters refused in it, the bidirectional controls
 * too: what anchors and names would match once they are deleted.
 */
export function withoutInvisible(text: string): string {
  let out = '';
  let from = 0;
  for (const { index } of invisibles(text)) {
    out += text.slice(from, index);
    from = index + 1;
  }
  return (from === 0 ? text : out + text.slice(from)).replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: how the Unicode standard names a code point. */
export function codePointName(code: number): string {
  const hex = codePointOf(code);
  if (code < 0x20) return `${hex} ${C0_NAMES[code] ?? 'CONTROL'}`;
  if (code === 0x7f) return `${hex} DELETE`;
  if (code >= 0x80 && code <= 0x9f) return `${hex} ${C1_NAMES[code - 0x80] ?? 'CONTROL'}`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (half of a character: a lone surrogate)`;
  return `${hex} ${BIDI_NAMES[code] ?? INVISIBLE_NAMES[code] ?? ''}`.trimEnd();
}

/** Why each kind of refused character is refused, and what to do, in an editor's words. */
function explain(code: number): { why: string; fix: string } {
  if (BIDI_NAMES[code]) {
    return {
      why: 'an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds',
      fix: 'Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.',
    };
  }
  if (INVISIBLE_NAMES[code]) {
    return {
      why: 'an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them',
      fix: 'Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.',
    };
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return {
      why: 'which no page, feed or picture can show',
      fix: 'Write the whole character instead, or remove the `\\u` escape that made it.',
    };
  }
  return {
    why: 'an invisible control character that breaks pages, feeds and pictures',
    fix: 'Delete it. If it came from an escape in double quotes (`\\0`, `\\a`, `\\x07`, `\\u0000`), remove the escape.',
  };
}

/** Each refused character of a text, once a code point: the first place it occurs and how often. An article's text also refuses invisible characters. */
export function refusedCharacters(text: string, article = false): { code: number; index: number; count: number }[] {
  const found = new Map<number, { code: number; index: number; count: number }>();
  const refused = [...[...text.matchAll(REFUSED)].map((match) => ({ code: match[0].codePointAt(0) ?? 0, index: match.index })), ...(article ? invisibles(text) : [])];
  for (const { code, index } of refused.sort((a, b) => a.index - b.index)) {
    const seen = found.get(code);
    if (seen) seen.count++;
    else found.set(code, { code, index, count: 1 });
  }
  return [...found.values()];
}

function characterProblem(field: string, code: number, count: number, word?: string): Pick<Problem, 'message' | 'fix'> {
  const { why, fix } = explain(code);
  const inside = word ? `${count > 1 ? 'first ' : ''}inside “${word}”` : '';
  const more = count > 1 || inside ? ` (${[count > 1 ? `${count} times` : '', inside].filter(Boolean).join(', ')})` : '';
  return { message: `${field} holds ${codePointName(code)}${more}, ${why}.`, fix };
}

/** An invisible character is found by the word it sits in, shown without it. */
function wordAround(text: string, code: number, index: number): string | undefined {
  return INVISIBLE_NAMES[code] ? shorten(withoutInvisible(`${/\S*$/.exec(text.slice(0, index))?.[0]}${/^\S*/.exec(text.slice(index))?.[0]}`), 40) : undefined;
}

function shorten(text: string, length = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return characters(flat) > length ? `${[...flat].slice(0, length).join('')}…` : flat;
}

/** Why a link's address cannot be published, or undefined when it can: only absolute http and https. */
export function refusedAddress(address: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    // Not absolute: a path or a fragment, relative to whichever page shows it.
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return undefined;
  if (url) return `goes to a \`${url.protocol}\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content`;
  if (address.trim() === '') return 'has no address';
  return `goes to \`${shorten(address, 40)}\`, a relative address: it would point to a different place from each page that shows it, or out of the site, so only full \`http:\` and \`https:\` addresses are published`;
}

const LINK_FIX = 'Write the full address of the web page, starting with `https://`. To link to a record of this site, use a cross-link: `:claim[the words]{#its-id}`.';

/** The problems of a markdown body: raw HTML, images, links and definitions that are not http or https. */
function bodyProblems(record: AnyRec, report: (problem: Problem) => void): void {
  const isArticle = record.collection === 'articles';
  const field = isArticle ? '(article text)' : '(note)';
  const what = isArticle ? 'The article text' : 'The note';
  const lineOf = (index: number) => record.bodyLine + (record.body.slice(0, index).match(/\n/g)?.length ?? 0);
  const columnOf = (index: number) => index - record.body.lastIndexOf('\n', index - 1);
  const where = (node: Nodes) => ({
    file: record.file,
    line: record.bodyLine + (node.position?.start.line ?? 1) - 1,
    column: node.position?.start.column ?? 1,
    field,
  });

  const limit = isArticle ? BODY_BOUNDS.article : BODY_BOUNDS.note;
  const length = characters(record.body);
  if (length > limit) {
    report({
      file: record.file,
      line: record.bodyLine,
      column: 1,
      field,
      message: `${what} is ${length.toLocaleString('en')} characters long; the limit is ${limit.toLocaleString('en')}.`,
      fix: isArticle
        ? 'Publish a text this long as two articles (its parts), or keep only the part the analysis is about.'
        : 'Shorten the note: say what the reader needs beside the record, and link to the rest with an `https://` address.',
    });
  }

  for (const { code, index, count } of refusedCharacters(record.body, isArticle)) {
    report({ file: record.file, line: lineOf(index), column: columnOf(index), field, ...characterProblem(what, code, count, wordAround(record.body, code, index)) });
  }

  if (record.body.trim() === '') return;
  const tree: MdastRoot = (isArticle ? articleParser : noteParser).parse(record.body);
  const htmlLines = new Set<number>();
  visit(tree, (node) => {
    if (node.type === 'html') {
      const line = where(node).line;
      // `<b>words</b>`: the opening tag says it; its closing tag on the same line adds nothing.
      if (node.value.startsWith('</') && htmlLines.has(line)) return;
      htmlLines.add(line);
      report({
        ...where(node),
        message: `${what} holds raw HTML (\`${shorten(node.value)}\`): the site never publishes HTML, and would drop it together with the words it holds.`,
        fix: isArticle
          ? "Delete the tag and keep the words: the text is the article's words as printed, without its markup. To show `<` as a character, write `\\<`."
          : 'Write it as Markdown instead: for a link, the words in square brackets and the `https://` address right after them in round brackets; for emphasis, `*words*`. To show `<` as a character, write `\\<`.',
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      report({
        ...where(node),
        message: `${what} shows an image (\`![${shorten(node.alt ?? '', 30)}]\`): images are not published, in an article's text or in a note.`,
        fix: 'Link to the picture instead: words in square brackets, and its `https://` address right after them in round brackets.',
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      const why = refusedAddress(node.url);
      if (why) report({ ...where(node), message: `A link in ${what.toLowerCase()} ${why}.`, fix: LINK_FIX });
    }
  });
}

/** Raw HTML in a field's text: tags as the site's Markdown reads them, so `a < b` and `<3` stay text. */
function tagsIn(text: string): string[] {
  if (!text.includes('<')) return [];
  const tags: string[] = [];
  visit(articleParser.parse(text), 'html', (node) => {
    // `<b>words</b>`: the opening tag says it; its closing tag adds nothing.
    if (!(node.value.startsWith('</') && tags.length > 0)) tags.push(node.value);
  });
  return tags;
}

/** Every text value of a record's fields, with its path. */
function* textsOf(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
  }
}

/**
 * A source's names (`name`, `aliases`, `nativeName.text`) refuse invisible characters as an
 * article's text does: they are matched with the article's words and with what editors write for
 * the source (`Omar Samad` for `omar-samad`), and searched for by readers, and a zero-width space
 * inside one would match none of them.
 */
function isName(record: AnyRec, path: readonly PropertyKey[]): boolean {
  return record.collection === 'sources' && (path[0] === 'name' || path[0] === 'aliases' || (path[0] === 'nativeName' && path[1] === 'text'));
}

export const textPolicy: Rule = ({ records }) =>
  eachRecord(allRecords(records), (record, report) => {
    for (const { path, text } of textsOf(record.data)) {
      const where = at(record, path);
      for (const { code, index, count } of refusedCharacters(text, isName(record, path))) {
        report({ ...where, ...characterProblem(`\`${where.field}\``, code, count, wordAround(text, code, index)) });
      }
      for (const tag of tagsIn(text)) {
        report({
          ...where,
          message: `\`${where.field}\` holds raw HTML (\`${shorten(tag)}\`): fields are published as plain text, so the tag would show as written, or break where the text is reused.`,
          fix: 'Remove the tag and keep the words. If the angle brackets are the article\'s own, write the words without them.',
        });
      }
    }
    bodyProblems(record, report);
  });
