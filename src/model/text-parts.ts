import { annotationsFor, markersFor, renderAnnotatedArticle } from './annotations.ts';
import { once } from './memo.ts';
import type { CorpusIndex } from './corpus.ts';

/**
 * Where an article's annotated text is shown. A text of ordinary length sits beside the timeline on
 * every unfiltered page of the article. A long one (a long read, a transcript) would by itself pass
 * the page budget on every one of those pages, so it gets pages of its own instead, cut between
 * paragraphs: `articles/<id>/text/1/`, `text/2/`… and the timeline pages link into them.
 */

/** Annotated HTML beyond which the text gets pages of its own (about 2,000 words of marked text). */
export const LONG_TEXT_BYTES = 20_000;
/** Annotated HTML a text page holds, at most, unless one paragraph alone is longer. */
export const TEXT_PART_BYTES = 16_000;

export interface ArticleText {
  /** The whole annotated text, as HTML. */
  html: string;
  /** Whether it has pages of its own. */
  long: boolean;
  /** The text cut between paragraphs: one part when it is not long. */
  parts: string[];
  /** The part (1-based) each marked passage is in, by its element id (`text-claim-x`). */
  partOf: Map<string, number>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Cut annotated HTML between its top-level blocks into parts of at most `max` bytes (a block longer
 * than that is a part of its own). The marking plugin closes every mark inside its paragraph, so a
 * cut between blocks never splits an element. Joined again, the parts are the HTML.
 */
export function splitBlocks(html: string, max = TEXT_PART_BYTES): string[] {
  // Top-level blocks are on lines of their own in the serialised text (rehype-stringify puts a
  // newline between block elements); a block's own line breaks stay inside it.
  const blocks: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of html.split(/(<\/?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>)/)) {
    current += token;
    if (/^<[a-zA-Z]/.test(token) && !/\/>$/.test(token) && !/^<(br|hr|img|wbr|input|meta|link)\b/i.test(token)) depth++;
    else if (/^<\//.test(token)) depth--;
    if (depth === 0 && /^<\//.test(token)) {
      blocks.push(current);
      current = '';
    }
  }
  if (current.trim() !== '' || blocks.length === 0) blocks.push(current);
  else if (current !== '' && blocks.length > 0) blocks[blocks.length - 1] += current;
  const parts: string[] = [];
  let part = '';
  for (const block of blocks) {
    if (part !== '' && bytes(part) + bytes(block) > max) {
      parts.push(part);
      part = '';
    }
    part += block;
  }
  if (part !== '' || parts.length === 0) parts.push(part);
  return parts;
}

/** An article's annotated text and where it is shown; worked out once a build. */
export function articleText(index: CorpusIndex, articleId: string): ArticleText {
  return once(index, `text:${articleId}`, () => {
    const article = index.articles.get(articleId);
    const html = renderAnnotatedArticle(article?.body ?? '', annotationsFor(index, articleId, markersFor(index, articleId)));
    const long = bytes(html) > LONG_TEXT_BYTES;
    const parts = long ? splitBlocks(html) : [html];
    const partOf = new Map<string, number>();
    parts.forEach((part, i) => {
      for (const [, id] of part.matchAll(/\sid="(text-[^"]+)"/g)) partOf.set(id as string, i + 1);
    });
    return { html, long, parts, partOf };
  });
}

/** The address of part `n` of an article's text pages (relative to the site's root). */
export function textPagePath(articleId: string, n: number): string {
  return `articles/${articleId}/text/${n}/`;
}

/**
 * The address of a marked passage from anywhere in the site (relative to its root):
 * `articles/<id>/#text-claim-x`, or `articles/<id>/text/2/#text-claim-x` when the text has pages.
 */
export function textPath(index: CorpusIndex, articleId: string, textId: string): string {
  const text = articleText(index, articleId);
  return text.long ? `${textPagePath(articleId, text.partOf.get(textId) ?? 1)}#${textId}` : `articles/${articleId}/#${textId}`;
}
