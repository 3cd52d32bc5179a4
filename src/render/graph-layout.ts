import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
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
 * Lay out an attribution graph at build time with ELK's layered algorithm, left to right: the
 * article, then the sources it cites, then whom they quote, with every claim in the last column.
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
 * What every drawing of who says what shares: left to right, square arrows, each arrow's words above
 * it, and the order it is handed (the article's, or publication) kept from top to bottom, so the
 * picture reads like the text. The attribution graph and a thread's path add their own spacing.
 */
export const LAYERED_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.edgeLabel': '2',
  'elk.spacing.edgeNode': '10',
  'elk.edgeLabels.inline': 'false',
  'elk.layered.edgeLabels.sideSelection': 'ALWAYS_UP',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
} as const;

const LAYOUT_OPTIONS = {
  ...LAYERED_OPTIONS,
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '4',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
  // Edges from one node share a trunk, so the article's many citations read as one fork, not a comb.
  'elk.layered.mergeEdges': 'true',
} as const;

/** What lays a graph out: elkjs, or elkjs with its answers kept between builds (src/build/layout-cache.ts). */
export type LayoutEngine = (graph: ElkNode) => Promise<ElkNode>;

let elk: Promise<{ layout: LayoutEngine }> | undefined;

/**
 * elkjs in this thread, loaded the first time it is needed: a build whose layouts are all cached
 * never loads it.
 */
export const localEngine: LayoutEngine = async (graph) => {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return (await elk).layout(graph);
};

/**
 * Boxes above which a graph is laid out as a plain tree (`treeLayout`) rather than by ELK, whose
 * layered layout grows about cubically with the boxes and labels of one graph (docs/performance.md):
 * the map of an article of a few hundred claims took it minutes. The tree costs a walk of the graph.
 */
export const TREE_LAYOUT_NODES = 60;

/**
 * Position every node and route every edge. Deterministic: the same graph gives the same picture,
 * whichever engine runs elkjs. A graph of more than `TREE_LAYOUT_NODES` boxes is laid out as a tree.
 */
export async function layoutGraph(graph: AttributionGraph, engine: LayoutEngine = localEngine): Promise<GraphLayout> {
  if (graph.nodes.length > TREE_LAYOUT_NODES) return treeLayout(graph);
  // ELK keeps the model order within each layer: handing it the nodes depth-first keeps each
  // source's claims together beside it, so no edge crosses another and no two trunks interleave.
  const order = new Map<string, number>();
  const visit = (item: GraphTreeItem) => {
    order.set(item.node.key, order.size);
    item.children.forEach(visit);
  };
  visit(graphTree(graph));
  const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  graph = {
    ...graph,
    nodes: [...graph.nodes].sort((a, b) => rank(a.key) - rank(b.key)),
    edges: [...graph.edges].sort((a, b) => rank(a.to) - rank(b.to)),
  };
  const measured = new Map(graph.nodes.map((n) => [n.key, measureNode(n)]));
  const elkGraph: ElkNode = {
    id: 'root',
    layoutOptions: { ...LAYOUT_OPTIONS },
    children: graph.nodes.map((node) => {
      const size = measured.get(node.key) as Measured;
      const constraint = node.kind === 'article' ? 'FIRST' : undefined;
      return {
        id: node.key,
        width: size.width,
        height: size.height,
        ...(constraint ? { layoutOptions: { 'elk.layered.layering.layerConstraint': constraint } } : {}),
      };
    }),
    edges: graph.edges.map((edge) => {
      const text = edgeWords(edge);
      return {
        id: edge.key,
        sources: [edge.from],
        targets: [edge.to],
        // Only the article's own words are labels: an edge from the article is drawn dashed instead,
        // which saves a whole column of "cites" and lets the graph fit a desktop screen.
        labels: edge.articleWord
          ? [{ text, width: Math.ceil(textWidth(text, GRAPH_TEXT.edge)) + 4, height: Math.ceil(GRAPH_TEXT.edge * GRAPH_TEXT.lineHeight) }]
          : [],
      };
    }),
  };
  const result = await engine(elkGraph);
  const positions = new Map((result.children ?? []).map((c) => [c.id, c]));
  const routes = new Map(((result.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, e]));

  const nodes: PlacedNode[] = graph.nodes.map((node) => {
    const at = positions.get(node.key);
    const size = measured.get(node.key) as Measured;
    return {
      ...node,
      x: at?.x ?? 0,
      y: at?.y ?? 0,
      width: size.width,
      height: size.height,
      lines: size.lines,
      detailLines: size.detailLines,
      chips: size.chips,
    };
  });
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const routed = routes.get(edge.key);
    const section = routed?.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = routed?.labels?.[0];
    return {
      ...edge,
      points: points.map(({ x, y }) => ({ x, y })),
      label: { text: label?.text ?? edgeWords(edge), x: label?.x ?? 0, y: label?.y ?? 0, width: label?.width ?? 0, height: label?.height ?? 0 },
    };
  });
  liftArticle(nodes, edges);
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes, edges };
}

/** Gaps of the tree layout: between boxes of one column, and around the trunk and words of the edges between two columns. */
const TREE = { rowGap: 14, trunk: 10, labelPad: 8, pad: 8 } as const;

/**
 * The graph as a tree, left to right, in time linear in its size: a column for each step from the
 * article, each box at the top of the rows its own sources and claims take, its children below one
 * another in the article's order. Each edge leaves its box at mid-height, runs down a trunk shared
 * with its siblings just right of the box, and turns into its child; the article's own word for a
 * link is written above that last leg, in a column as wide as the widest such word.
 */
export function treeLayout(graph: AttributionGraph): GraphLayout {
  const measured = new Map(graph.nodes.map((n) => [n.key, measureNode(n)]));
  const size = (key: string) => measured.get(key) as Measured;
  const labelOf = (edge: GraphEdge) => {
    const text = edgeWords(edge);
    return edge.articleWord
      ? { text, width: Math.ceil(textWidth(text, GRAPH_TEXT.edge)) + 4, height: Math.ceil(GRAPH_TEXT.edge * GRAPH_TEXT.lineHeight) }
      : undefined;
  };
  // Each column as wide as its widest box; each gap as wide as the widest words on an edge that crosses it.
  const columnWidth: number[] = [];
  const gapWidth: number[] = [];
  const depthOf = new Map<string, number>();
  const visit = (item: GraphTreeItem, depth: number) => {
    depthOf.set(item.node.key, depth);
    columnWidth[depth] = Math.max(columnWidth[depth] ?? 0, size(item.node.key).width);
    for (const child of item.children) {
      const label = child.via ? labelOf(child.via) : undefined;
      gapWidth[depth] = Math.max(gapWidth[depth] ?? 0, 2 * TREE.trunk + (label ? label.width + TREE.labelPad : 0));
      visit(child, depth + 1);
    }
  };
  const root = graphTree(graph);
  visit(root, 0);
  const columnX: number[] = [TREE.pad];
  for (let d = 1; d < columnWidth.length; d++) columnX[d] = (columnX[d - 1] as number) + (columnWidth[d - 1] as number) + (gapWidth[d - 1] as number);

  const nodes = new Map<string, PlacedNode>();
  const place = (item: GraphTreeItem, top: number): number => {
    const { width, height, lines, detailLines, chips } = size(item.node.key);
    const x = columnX[depthOf.get(item.node.key) as number] as number;
    nodes.set(item.node.key, { ...item.node, x, y: top, width, height, lines, detailLines, chips });
    let bottom = top;
    for (const child of item.children) bottom = place(child, bottom);
    return Math.max(top + height + TREE.rowGap, bottom);
  };
  const bottom = place(root, TREE.pad);

  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const from = nodes.get(edge.from) as PlacedNode;
    const to = nodes.get(edge.to) as PlacedNode;
    const startY = from.y + Math.min(from.height / 2, 16);
    const endY = to.y + Math.min(to.height / 2, 16);
    const trunk = from.x + from.width + TREE.trunk;
    const label = labelOf(edge);
    return {
      ...edge,
      points:
        startY === endY
          ? [
              { x: from.x + from.width, y: startY },
              { x: to.x, y: endY },
            ]
          : [
              { x: from.x + from.width, y: startY },
              { x: trunk, y: startY },
              { x: trunk, y: endY },
              { x: to.x, y: endY },
            ],
      label: label ? { ...label, x: trunk + TREE.labelPad / 2, y: endY - label.height - 1 } : { text: edgeWords(edge), x: 0, y: 0, width: 0, height: 0 },
    };
  });
  const placed = graph.nodes.map((node) => nodes.get(node.key) as PlacedNode);
  const right = Math.max(...placed.map((n) => n.x + n.width));
  return { width: Math.ceil(right + TREE.pad), height: Math.ceil(bottom - TREE.rowGap + TREE.pad), nodes: placed, edges };
}

/**
 * ELK centres the article beside its sources, which on a long graph puts it half a screen down;
 * a reader starts top left, and on a phone would see only empty space there. The article is alone
 * in the first column, so it can move to the top: only the first, horizontal leg of each of its
 * edges moves with it, and the routes stay orthogonal.
 */
function liftArticle(nodes: PlacedNode[], edges: PlacedEdge[]): void {
  const article = nodes.find((n) => n.kind === 'article');
  const top = Math.min(...nodes.map((n) => n.y));
  if (!article || article.y <= top) return;
  const dy = top - article.y;
  article.y = top;
  const outgoing = edges.filter((e) => e.from === article.key && e.points.length >= 2);
  const trunk = outgoing.find((e) => e.points.length > 2)?.points[1]?.x;
  for (const edge of outgoing) {
    const [start, next] = edge.points as [Point, Point, ...Point[]];
    const from = start.y;
    if (next.y === from && edge.points.length === 2) {
      // A straight edge gains a bend at the shared trunk, so it still meets its target square on.
      const x = trunk ?? (start.x + next.x) / 2;
      edge.points = [{ x: start.x, y: from + dy }, { x, y: from + dy }, { x, y: from }, next];
      continue;
    }
    for (const point of edge.points) {
      if (point.y !== from) break;
      point.y += dy;
    }
  }
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

/** Where an edge's words are written: just inside the box ELK kept for them, on its baseline. */
export function edgeTextPlace(edge: PlacedEdge): Point {
  return { x: round1(edge.label.x + 2), y: round1(edge.label.y + GRAPH_TEXT.edge) };
}
