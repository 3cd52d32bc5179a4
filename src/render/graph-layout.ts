import {
  edgeWords,
  graphTree,
  type AttributionGraph,
  type Chip,
  type GraphEdge,
  type GraphLayout,
  type GraphNode,
  type GraphTreeItem,
  type PlacedEdge,
  type PlacedNode,
  type Point,
} from '../model/graph.ts';

export type { Chip, GraphLayout, PlacedEdge, PlacedNode, Point } from '../model/graph.ts';

/**
 * Lay out an attribution graph at build time, left to right: the article, then the sources it
 * cites, then whom they pass on, each claim after whoever makes it (`layoutGraph`). The boxes are
 * measured here too, for a thread's path as well (src/render/path-svg.ts).
 *
 * Text is measured here, on the server, without the reader's font, so widths are estimates from
 * character classes, kept on the generous side: a label that comes out a little short of its box
 * looks fine, one that overflows does not.
 */

/** Sizes in CSS pixels; the component draws with the same numbers. */
export const GRAPH_TEXT = {
  label: 14,
  claim: 13,
  detail: 12,
  edge: 12,
  lineHeight: 1.3,
  padding: 8,
} as const;

const WIDTHS = { article: 160, source: 160, claim: 230, claims: 160 } as const;

/** A marker chip in a `claims` box: its text size, inner padding, the gap between chips, its height. */
export const CHIP = { size: 13, padX: 6, gap: 4, height: 22, inset: 5 } as const;

const NARROW = /[ijlI.,;:'’!|ft()[\]\s-]/;
const WIDE = /[mwMW@%]/;
/** Letters a full em wide: Chinese, Japanese and Korean, and the full-width forms and punctuation that go with them. */
const FULL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/** Marks drawn on the letter before them (vowel signs below or above, accents) and invisible joiners: no width of their own. */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;
/** Marks that take some room of their own beside their letter (most of the vowel signs of Indian scripts). */
const SPACING_MARK = /\p{Mc}/u;

/**
 * Letters of other scripts, measured in the faces a reader's system draws them with (Noto Sans and
 * Noto Sans Arabic, DejaVu Sans, the widest common fallback): Arabic's long-toothed and looped
 * letters (seen, sheen, sad, dad, tah, zah and their kin) and Urdu's yeh barree take up to 1.07 em; its other letters up to
 * 0.68 em (feh), its alefs half that; Hebrew up to 0.73 em (shin); Cyrillic up to 1.31 em (Ж Ш Щ Ю)
 * and 0.94 em in lower case (ж ш щ); Devanagari's consonants up to 0.82 em. The Latin estimates
 * above hold none of these.
 */
const WIDE_ARABIC = /[سشصضطظڛڜڝڞڟۺۻےۓ]/u;
const ARABIC = /\p{Script=Arabic}/u;
const WIDEST_CYRILLIC = /[ЖШЩЮ]/u;
const WIDE_LOWER = /[жшщюыфм]/u;
const UPPER = /\p{Lu}/u;
/** A letter of neither the Latin script nor of those above: Hebrew, Cyrillic, Greek, Devanagari... */
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * An over-estimate of a text's width in a sans-serif face, from the classes of its characters:
 * Latin by its narrow, wide and capital letters, and each other script by its widest letters.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.3;
    else if (WIDE.test(char)) em += 0.9;
    else if (char >= 'A' && char <= 'Z') em += 0.72;
    else if (char < '\u0080') em += 0.6;
    else if (FULL.test(char)) em += 1;
    else if (ZERO.test(char)) continue;
    else if (SPACING_MARK.test(char)) em += 0.35;
    else if (WIDEST_CYRILLIC.test(char)) em += 1.35;
    else if (WIDE_ARABIC.test(char)) em += 1.1;
    else if (ARABIC.test(char)) em += 0.7;
    else if (WIDE_LOWER.test(char)) em += 1;
    else if (OTHER_LETTER.test(char)) em += UPPER.test(char) ? 1.1 : 0.85;
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * Where a word with no space may break in Chinese, Japanese and Korean: after any full-width letter,
 * but not before closing punctuation or a prolonged sound mark (、。」 ー …), which stay with the
 * letter before them.
 */
const AFTER_FULL = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，．！？」』）])(?![、。，．！？」』）ー〜・])/u;

/**
 * Break a text into lines no wider than `max`, at spaces, and inside a word too long for a line
 * after a hyphen or dash ("Pakistan–Afghanistan") or between the letters of Chinese, Japanese and
 * Korean, which need no space to break. A word with no such break gets a line of its own.
 */
export function wrapText(text: string, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (textWidth(word, fontSize) <= max) return [{ part: word, glued: false }];
      const parts = word.split(/(?<=[-–—/])/).flatMap((part) => (textWidth(part, fontSize) > max ? part.split(AFTER_FULL) : [part]));
      return parts.map((part, i) => ({ part, glued: i < parts.length - 1 }));
    });
  let glue = ' ';
  for (const { part, glued } of pieces) {
    const next = line ? `${line}${glue}${part}` : part;
    if (line && textWidth(next, fontSize) > max) {
      lines.push(line);
      line = part;
    } else line = next;
    glue = glued ? '' : ' ';
  }
  if (line) lines.push(line);
  return lines;
}

export interface Measured {
  width: number;
  height: number;
  lines: string[];
  detailLines: string[];
  chips: Chip[];
}

/** Markers in rows, as many to a row as fit the box. */
function measureChips(node: GraphNode): Measured {
  const chips: Chip[] = [];
  const max = WIDTHS.claims - 2 * CHIP.inset;
  let dx = CHIP.inset;
  let dy = CHIP.inset;
  let right = 0;
  for (const { marker } of node.members ?? []) {
    const width = Math.ceil(textWidth(marker, CHIP.size)) + 2 * CHIP.padX;
    if (dx > CHIP.inset && dx + width > CHIP.inset + max) {
      dx = CHIP.inset;
      dy += CHIP.height + CHIP.gap;
    }
    chips.push({ marker, dx, dy, width, height: CHIP.height });
    right = Math.max(right, dx + width);
    dx += width + CHIP.gap;
  }
  return { width: right + CHIP.inset, height: dy + CHIP.height + CHIP.inset, lines: [], detailLines: [], chips };
}

/**
 * Lines as SVG text pieces: each ends with a space unless it ends with a dash, so the words stay apart
 * in the text a screen reader or a copy reads. The space goes at the end of a line, where it shows
 * nothing; at the start of the next, positioned line, it would indent it. `more`: text follows in
 * another element, so the last line needs its space too.
 */
export function textPieces(lines: string[], more = false): string[] {
  return lines.map((line, i) => {
    if (i === lines.length - 1 && !more) return line;
    // No space after a dash, nor between Chinese, Japanese or Korean letters a line broke between.
    const next = lines[i + 1] ?? '';
    return /[-–—/]$/.test(line) || (FULL_END.test(line) && FULL_START.test(next)) ? line : `${line} `;
  });
}

const FULL_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，．！？」』）]$/u;
const FULL_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。，．！？」』）ー〜・]/u;

/**
 * A source's name in its own script, broken into lines as its name is, within the same widest box:
 * the second text of the box, drawn at the label's size. Measured for its own script (`textWidth`),
 * so an Arabic or Chinese name is kept inside the box, not measured as Latin or not at all.
 */
export function nativeLines(node: GraphNode): string[] {
  if (!node.nativeName || node.kind === 'claims') return [];
  return wrapText(node.nativeName.text, GRAPH_TEXT.label, WIDTHS[node.kind] - 2 * GRAPH_TEXT.padding);
}

export function measureNode(node: GraphNode): Measured {
  if (node.kind === 'claims') return measureChips(node);
  const size = node.kind === 'claim' ? GRAPH_TEXT.claim : GRAPH_TEXT.label;
  // The article's title is bold: wider than the estimate for regular text.
  const factor = node.kind === 'article' ? 1.2 : 1;
  const inner = WIDTHS[node.kind] - 2 * GRAPH_TEXT.padding;
  const lines = wrapText(node.label, size * factor, inner);
  const native = nativeLines(node);
  const detailLines = wrapText(node.detail, GRAPH_TEXT.detail, inner);
  const widest = Math.max(
    ...lines.map((l) => textWidth(l, size * factor)),
    ...native.map((l) => textWidth(l, GRAPH_TEXT.label)),
    ...detailLines.map((l) => textWidth(l, GRAPH_TEXT.detail)),
  );
  // Sources shrink to their names, so short names make small boxes; claims keep one width to read as a column.
  // A word with nowhere to break that is wider than a line widens its box rather than running out of it.
  const fits = Math.ceil(widest) + 2 * GRAPH_TEXT.padding;
  const width = node.kind === 'claim' ? Math.max(WIDTHS.claim, fits) : fits;
  const height = Math.ceil(
    (lines.length * size + native.length * GRAPH_TEXT.label + detailLines.length * GRAPH_TEXT.detail) * GRAPH_TEXT.lineHeight + 2 * GRAPH_TEXT.padding,
  );
  return { width, height, lines, detailLines, chips: [] };
}

/**
 * Gaps of the layout: between boxes one above the other, around the trunk and words of the edges
 * between two columns, the arrowhead's length (the words stop short of it), and around the drawing.
 */
const SPACING = { rowGap: 14, trunk: 10, labelPad: 8, arrow: 7, pad: 8 } as const;

/** The box an edge's words take above it, in the graph and in a thread's path alike. */
export function labelBox(text: string): { text: string; width: number; height: number } {
  return { text, width: Math.ceil(textWidth(text, GRAPH_TEXT.edge)) + 4, height: Math.ceil(GRAPH_TEXT.edge * GRAPH_TEXT.lineHeight) };
}

/** An edge's words as a box, for an edge that carries the article's own word; none for the article citing a source. */
function edgeLabel(edge: GraphEdge): { text: string; width: number; height: number } | undefined {
  return edge.articleWord ? labelBox(edgeWords(edge)) : undefined;
}

/**
 * A subtree placed on its own, before it knows where it goes: each box's top relative to the
 * subtree's, and for each column from the subtree's own down, the highest top and lowest bottom
 * of its boxes there, which is all a sibling below needs to know to sit as close as it can.
 */
interface Placed {
  tops: Map<string, number>;
  contour: { top: number; bottom: number }[];
}

/**
 * Place every box and route every edge of an attribution graph, left to right: the article alone
 * in the first column, then a column for each step from it, the sources it cites, whom they pass
 * on, each claim after the one who makes it. A tree, as the graph is (`graphTree`): each box is
 * centred on the boxes it leads to, which keep the article's order from top to bottom, and a
 * subtree moves up beside its elder siblings' as far as their boxes in each column allow (a tidy
 * tree), so the picture is as compact as it can be with no two edges crossing. Each edge leaves its
 * box at mid-height, runs down a trunk it shares with its siblings, and turns into its child, the
 * article's own word for it written above that last leg. The article moves to the top, where a
 * reader starts. Linear in the boxes times the columns: an article of 2,000 claims is laid out in
 * a fraction of a second. Deterministic: the same graph gives the same picture.
 */
export function layoutGraph(graph: AttributionGraph): GraphLayout {
  const measured = new Map(graph.nodes.map((n) => [n.key, measureNode(n)]));
  const size = (key: string) => measured.get(key) as Measured;
  const root = graphTree(graph);

  // Each column as wide as its widest box; each gap as wide as the widest words on an edge that crosses it.
  const columnWidth: number[] = [];
  const gapWidth: number[] = [];
  const depthOf = new Map<string, number>();
  const measure = (item: GraphTreeItem, depth: number) => {
    depthOf.set(item.node.key, depth);
    columnWidth[depth] = Math.max(columnWidth[depth] ?? 0, size(item.node.key).width);
    for (const child of item.children) {
      const label = child.via ? edgeLabel(child.via) : undefined;
      gapWidth[depth] = Math.max(gapWidth[depth] ?? 0, 2 * SPACING.trunk + (label ? label.width + SPACING.labelPad + SPACING.arrow : 0));
      measure(child, depth + 1);
    }
  };
  measure(root, 0);
  const columnX: number[] = [SPACING.pad];
  for (let d = 1; d < columnWidth.length; d++) columnX[d] = (columnX[d - 1] as number) + (columnWidth[d - 1] as number) + (gapWidth[d - 1] as number);

  // Bottom-up: each child's subtree below the one before, as close as their columns allow; the box
  // itself centred on its first and last child. Tops are relative to the subtree being placed.
  const place = (item: GraphTreeItem): Placed => {
    const height = size(item.node.key).height;
    if (item.children.length === 0) return { tops: new Map([[item.node.key, 0]]), contour: [{ top: 0, bottom: height }] };
    const tops = new Map<string, number>();
    const below: { top: number; bottom: number }[] = [];
    const centres: number[] = [];
    for (const child of item.children) {
      const placed = place(child);
      let shift = centres.length === 0 ? 0 : -Infinity;
      for (const [d, span] of placed.contour.entries()) {
        const above = below[d];
        if (above) shift = Math.max(shift, above.bottom + SPACING.rowGap - span.top);
      }
      if (shift === -Infinity) shift = 0;
      for (const [key, top] of placed.tops) tops.set(key, top + shift);
      for (const [d, span] of placed.contour.entries()) {
        const above = below[d];
        below[d] = above ? { top: Math.min(above.top, span.top + shift), bottom: span.bottom + shift } : { top: span.top + shift, bottom: span.bottom + shift };
      }
      centres.push(shift + (placed.tops.get(child.node.key) as number) + size(child.node.key).height / 2);
    }
    const top = ((centres[0] as number) + (centres.at(-1) as number)) / 2 - height / 2;
    tops.set(item.node.key, top);
    return { tops, contour: [{ top, bottom: top + height }, ...below] };
  };
  const placed = place(root);
  // The article goes to the top whatever its centre: the rest moves up to its own highest box.
  const highest = placed.contour.length > 1 ? Math.min(...placed.contour.slice(1).map((span) => span.top)) : 0;

  const nodes = new Map<string, PlacedNode>();
  for (const node of graph.nodes) {
    const { width, height, lines, detailLines, chips } = size(node.key);
    const depth = depthOf.get(node.key) as number;
    // Boxes narrower than their column stand at its middle; the article at the top, where a reader starts.
    const x = (columnX[depth] as number) + Math.floor(((columnWidth[depth] as number) - width) / 2);
    const y = depth === 0 ? SPACING.pad : SPACING.pad + (placed.tops.get(node.key) as number) - highest;
    nodes.set(node.key, { ...node, x, y: Math.round(y), width, height, lines, detailLines, chips });
  }

  // Each edge leaves its box at mid-height (the article's, level with its first child when that is
  // higher) and meets its child at mid-height; a child level with its box gets a straight arrow.
  const middle = (box: PlacedNode) => box.y + Math.round(box.height / 2);
  const firstChild = root.children[0] && nodes.get(root.children[0].node.key);
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const from = nodes.get(edge.from) as PlacedNode;
    const to = nodes.get(edge.to) as PlacedNode;
    const depth = depthOf.get(edge.from) as number;
    const trunk = (columnX[depth] as number) + (columnWidth[depth] as number) + SPACING.trunk;
    const endY = middle(to);
    const startY = depth === 0 && firstChild ? Math.min(middle(from), Math.max(middle(firstChild), from.y + GRAPH_TEXT.padding)) : middle(from);
    // Boxes stand on whole pixels, so a box level with its child can be a pixel off its middle: its
    // arrow runs straight at the child's, which the box's side still holds.
    const straight = Math.abs(startY - endY) <= 1.5;
    const legStart = straight ? from.x + from.width : trunk;
    const label = edgeLabel(edge);
    return {
      ...edge,
      points: straight
        ? [
            { x: from.x + from.width, y: endY },
            { x: to.x, y: endY },
          ]
        : [
            { x: from.x + from.width, y: startY },
            { x: trunk, y: startY },
            { x: trunk, y: endY },
            { x: to.x, y: endY },
          ],
      label: label
        ? {
            ...label,
            x: Math.max(legStart + SPACING.labelPad / 2, Math.round((legStart + to.x - SPACING.arrow - label.width) / 2)),
            y: endY - label.height - 1,
          }
        : { text: edgeWords(edge), x: 0, y: 0, width: 0, height: 0 },
    };
  });
  const all = [...nodes.values()];
  const right = Math.max(...all.map((n) => n.x + n.width));
  const bottom = Math.max(...all.map((n) => n.y + n.height));
  return {
    width: Math.ceil(right + SPACING.pad),
    height: Math.ceil(bottom + SPACING.pad),
    nodes: graph.nodes.map((n) => nodes.get(n.key) as PlacedNode),
    edges,
  };
}

/** Where a box's texts go: its label's first line, the native-script name's first line, the detail, and the line steps. */
export interface NodeTextPlaces {
  x: number;
  size: number;
  firstLine: number;
  nativeY: number;
  detailY: number;
  labelStep: number;
  nativeStep: number;
  detailStep: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The text positions inside a placed box, for every renderer of the graph. */
export function nodeTextPlaces(node: PlacedNode): NodeTextPlaces {
  const size = node.kind === 'claim' ? GRAPH_TEXT.claim : GRAPH_TEXT.label;
  const labelStep = round1(size * GRAPH_TEXT.lineHeight);
  const firstLine = node.y + GRAPH_TEXT.padding + size;
  const nativeY = round1(firstLine + node.lines.length * labelStep);
  const nativeStep = round1(GRAPH_TEXT.label * GRAPH_TEXT.lineHeight);
  return {
    x: node.x + GRAPH_TEXT.padding,
    size,
    firstLine,
    nativeY,
    detailY: round1(nativeY + nativeLines(node).length * nativeStep - size + GRAPH_TEXT.detail),
    labelStep,
    nativeStep,
    detailStep: round1(GRAPH_TEXT.detail * GRAPH_TEXT.lineHeight),
  };
}

/** An edge's route as SVG path data, to a tenth of a pixel. */
export function routePath(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(p.x)} ${round1(p.y)}`).join(' ');
}

/** Where an edge's words are written: just inside the box the layout kept for them, on its baseline. */
export function edgeTextPlace(edge: PlacedEdge): Point {
  return { x: round1(edge.label.x + 2), y: round1(edge.label.y + GRAPH_TEXT.edge) };
}
