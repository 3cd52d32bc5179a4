import type { Element, ElementContent, Root, Text } from 'hast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { textOfTree } from '../content/article-text.ts';

/** One span of the article to mark. */
export interface Annotation {
  /** Unique among the annotations: becomes the mark's fragment `#text-<id>`. */
  id: string;
  /**
   * The span, as offsets into the tree's text (its text nodes in document order): the range the
   * content check resolved the anchor to, so no anchor is resolved twice.
   */
  range: { start: number; end: number };
  /** A class naming what the span carries (`claim`, `quote`, `event`). */
  kind: string;
  /** The short visible marker after the span (`C3`). */
  marker: string;
  /** The marker link's accessible name: it must contain `marker` (WCAG 2.5.3, label in name). */
  label: string;
}

export interface Options {
  /** Spans to mark. Default: none. */
  annotations?: readonly Annotation[];
  /** Where a span's marker links (its analysis: `#claim-foo`, or a page). Default: `#<id>`. */
  resolve?: (annotation: Annotation) => string;
}

interface Range {
  annotation: Annotation;
  start: number;
  end: number;
  order: number;
}

/**
 * Mark every annotated span of an article: each span becomes one or more `<mark class="anno-<kind>">` elements (split
 * where it crosses element boundaries or other spans, nested where spans overlap, outer span outside),
 * the first carrying the stable fragment `id="text-<id>"`, followed by a link to where `resolve` says.
 * The links are written once, here: the HTML is never rewritten after this plugin.
 *
 * A range outside the text is a hard error: the text is not the one the ranges were resolved on.
 *
 * Security: it adds only `mark` and `a` elements with attributes built from the options; the
 * article's own text stays text nodes, never HTML.
 */
export function rehypeAnnotate(options: Options = {}): Transformer<Root> {
  const annotations = options.annotations ?? [];
  const resolve = options.resolve ?? ((annotation: Annotation) => `#${annotation.id}`);
  return (tree) => {
    if (annotations.length === 0) return;
    const text = textOfTree(tree);
    const ranges: Range[] = annotations.map((annotation, order) => {
      const { start, end } = annotation.range;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
        throw new Error(
          `rehype-annotate: the range of \`${annotation.id}\` (${start}–${end}) is not inside the text (${text.length} characters). The ranges come from the content check of this very text; check it again.`,
        );
      }
      return { annotation, start, end, order };
    });
    // Outer spans first: earlier start, then longer, then the order given.
    ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
    const endsAt = new Map<number, Range[]>();
    for (const range of ranges) {
      const list = endsAt.get(range.end) ?? [];
      list.push(range);
      endsAt.set(range.end, list);
    }
    const started = new Set<string>();

    // Collect text nodes with their offsets first: the tree is rewritten after the walk.
    const texts: { node: Text; parent: Element | Root; offset: number }[] = [];
    let offset = 0;
    visit(tree, 'text', (node, _index, parent) => {
      if (parent) texts.push({ node, parent: parent as Element | Root, offset });
      offset += node.value.length;
    });

    // Text nodes and their pieces come in increasing offset order, so one sweep over the spans'
    // edges finds each node's cuts, and a list of the spans open at a piece (in the order above)
    // finds what covers it: linear in the text and the spans, not their product (issue 6).
    const edges = [...new Set(ranges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
    let nextEdge = 0;
    let nextRange = 0;
    let open: Range[] = [];

    for (const { node, parent, offset: from } of texts) {
      const to = from + node.value.length;
      while (nextEdge < edges.length && (edges[nextEdge] as number) <= from) nextEdge++;
      const points = [from];
      for (let i = nextEdge; i < edges.length && (edges[i] as number) < to; i++) points.push(edges[i] as number);
      if (to > from) points.push(to);
      const replacement: ElementContent[] = [];
      for (let i = 0; i < points.length - 1; i++) {
        const a = points[i] as number;
        const b = points[i + 1] as number;
        let piece: ElementContent = { type: 'text', value: text.slice(a, b) };
        // White space between blocks (a span running over a paragraph break) is not inside any
        // paragraph: wrapping it would put a stray `<mark>` between the paragraphs.
        const between = parent.type === 'root' && piece.value.trim() === '';
        // Open: started at or before `a`, ending after it; every such span reaches `b`, the next edge.
        while (nextRange < ranges.length && (ranges[nextRange] as Range).start <= a) open.push(ranges[nextRange++] as Range);
        open = open.filter((range) => range.end > a);
        const covering = between ? [] : open;
        // Wrap innermost first so the outermost span ends up outside.
        for (const range of [...covering].reverse()) {
          const { annotation } = range;
          const properties: Element['properties'] = { className: [`anno-${annotation.kind}`] };
          if (!started.has(annotation.id)) {
            started.add(annotation.id);
            properties['id'] = `text-${annotation.id}`;
          }
          piece = { type: 'element', tagName: 'mark', properties, children: [piece] };
        }
        replacement.push(piece);
        // Links go after the last piece of each span that ends here, inside the spans still open.
        for (const range of endsAt.get(b) ?? []) {
          if (b !== range.end) continue;
          replacement.push({
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['anno-ref'],
              href: resolve(range.annotation),
              ariaLabel: range.annotation.label,
            },
            children: [{ type: 'text', value: range.annotation.marker }],
          });
        }
      }
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
    }
  };
}
