import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleTree } from '../content/article-text.ts';
import { rehypeAnnotate, type Annotation } from '../plugins/rehype-annotate.ts';
import type { CorpusIndex } from './corpus.ts';

/**
 * An article's annotated text: which spans are marked and how they are named, the text marked as a
 * hast tree (rehype-annotate, with the check's own ranges and links written once), and a long text
 * cut into parts on the tree's top-level blocks.
 */

/** Short markers, numbered in the article's order within each kind: C1, C2 … Q1 … E1. */
export interface Markers {
  claims: Map<string, string>;
  quotes: Map<string, string>;
  events: Map<string, string>;
}

export function markersFor(index: CorpusIndex, articleId: string): Markers {
  const number = (collection: 'claims' | 'quotes' | 'events', ids: string[], letter: string) => {
    const sorted = ids
      .filter((id) => index.range(collection, id))
      .sort((a, b) => (index.range(collection, a)?.start ?? 0) - (index.range(collection, b)?.start ?? 0) || a.localeCompare(b));
    return new Map(sorted.map((id, i) => [id, `${letter}${i + 1}`]));
  };
  return {
    claims: number(
      'claims',
      index.claimsOf(articleId).map((c) => c.id),
      'C',
    ),
    quotes: number(
      'quotes',
      index.quotesOf(articleId).map((q) => q.id),
      'Q',
    ),
    events: number(
      'events',
      index.eventsOf(articleId).map((e) => e.id),
      'E',
    ),
  };
}

/**
 * The spans to mark in an article, at the ranges the content check resolved: every claim, quote and
 * anchored event, with its entry's fragment id as its own (`claim-<id>`, `quote-<id>`, `event-<id>`).
 */
export function textAnnotations(index: CorpusIndex, articleId: string, markers: Markers): Annotation[] {
  const out: Annotation[] = [];
  const add = (collection: 'claims' | 'quotes' | 'events', id: string, marker: string | undefined, label: (marker: string) => string) => {
    const range = index.range(collection, id);
    if (!marker || !range) return;
    const kind = collection.slice(0, -1);
    out.push({ id: `${kind}-${id}`, range, kind, marker, label: label(marker) });
  };
  for (const claim of index.claimsOf(articleId)) add('claims', claim.id, markers.claims.get(claim.id), (m) => `Claim ${m}`);
  for (const quote of index.quotesOf(articleId)) {
    const speaker = index.sources.get(quote.data.speaker)?.data.name ?? quote.data.speaker;
    add('quotes', quote.id, markers.quotes.get(quote.id), (m) => `Quote ${m}, attributed to ${speaker}`);
  }
  for (const event of index.eventsOf(articleId)) add('events', event.id, markers.events.get(event.id), (m) => `Event ${m}`);
  return out;
}

/** The article body as the check read it (src/content/article-text.ts), every span marked, each marker linking where `resolve` says. */
export function markText(tree: Root, annotations: readonly Annotation[], resolve?: (annotation: Annotation) => string): Root {
  return unified()
    .use(rehypeAnnotate, { annotations, ...(resolve ? { resolve } : {}) })
    .runSync(structuredClone(tree));
}

export { articleTree };

const stringify = unified().use(rehypeStringify);

/** A tree, or some of its nodes, as HTML. */
export function toHtml(nodes: Root | RootContent[]): string {
  return stringify.stringify(Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes);
}

/** How much a piece of marked text holds: characters of text, and `<mark>` elements (a span split over elements counts each piece). */
export interface TextSize {
  chars: number;
  marks: number;
}

export function sizeOf(node: Root | RootContent): TextSize {
  const size = { chars: 0, marks: 0 };
  visit(node, (child) => {
    if (child.type === 'text') size.chars += child.value.length;
    else if (child.type === 'element' && child.tagName === 'mark') size.marks++;
  });
  return size;
}

const within = (size: TextSize, limit: TextSize) => size.chars <= limit.chars && size.marks <= limit.marks;
const plus = (a: TextSize, b: TextSize): TextSize => ({ chars: a.chars + b.chars, marks: a.marks + b.marks });
const blank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Cut a marked text into parts of at most `limit` (characters and marks), between its top-level
 * blocks (paragraphs, lists, quotations). A block larger than a part on its own is cut too, between
 * its children, down to words if it must, each piece a copy of the block around its share of the
 * children: every part is a well-formed tree, and read in order the parts are the text. Each part
 * is serialised on its own; no HTML is cut as a string.
 */
export function cutBlocks(tree: Root, limit: TextSize): RootContent[][] {
  const parts: RootContent[][] = [];
  let current: RootContent[] = [];
  let used: TextSize = { chars: 0, marks: 0 };
  for (const block of tree.children) {
    for (const piece of within(sizeOf(block), limit) ? [block] : (splitNode(block, limit) as RootContent[])) {
      const size = sizeOf(piece);
      if (current.some((node) => !blank(node)) && !blank(piece) && !within(plus(used, size), limit)) {
        parts.push(current);
        current = [];
        used = { chars: 0, marks: 0 };
      }
      current.push(piece);
      used = plus(used, size);
    }
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}

/** A node too large for one part, as consecutive pieces that each fit (a word longer than a part stays whole). */
function splitNode(node: ElementContent | RootContent, limit: TextSize): (ElementContent | RootContent)[] {
  if (node.type === 'text') {
    const pieces: string[] = [];
    let piece = '';
    for (const word of node.value.split(/(?<=\s)/)) {
      if (piece !== '' && piece.length + word.length > limit.chars) {
        pieces.push(piece);
        piece = '';
      }
      piece += word;
    }
    if (piece !== '') pieces.push(piece);
    return pieces.map((value) => ({ ...node, value }));
  }
  if (node.type !== 'element' || node.children.length === 0) return [node];
  const groups: ElementContent[][] = [];
  let group: ElementContent[] = [];
  let used: TextSize = { chars: 0, marks: 0 };
  // The element's own mark counts in every copy of it.
  const own: TextSize = { chars: 0, marks: node.tagName === 'mark' ? 1 : 0 };
  const room: TextSize = { chars: limit.chars, marks: Math.max(1, limit.marks - own.marks) };
  for (const child of node.children) {
    for (const piece of within(sizeOf(child), room) ? [child] : (splitNode(child, room) as ElementContent[])) {
      const size = sizeOf(piece);
      if (group.length > 0 && !within(plus(used, size), room)) {
        groups.push(group);
        group = [];
        used = { chars: 0, marks: 0 };
      }
      group.push(piece);
      used = plus(used, size);
    }
  }
  if (group.length > 0) groups.push(group);
  let item = 0;
  return groups.map((children, i): Element => {
    const properties = { ...node.properties };
    // The fragment id stays on the first piece; a numbered list goes on counting in the next.
    if (i > 0) delete properties['id'];
    if (node.tagName === 'ol' && i > 0) properties['start'] = Number(node.properties['start'] ?? 1) + item;
    item += children.filter((child) => child.type === 'element' && child.tagName === 'li').length;
    return { ...node, properties, children };
  });
}

/** The fragment ids (`text-claim-x`) of the marks in some nodes, in document order. */
export function markIds(nodes: RootContent[]): string[] {
  const ids: string[] = [];
  for (const node of nodes) {
    visit(node, 'element', (element) => {
      const id = element.properties['id'];
      if (element.tagName === 'mark' && typeof id === 'string') ids.push(id);
    });
  }
  return ids;
}
