import { cssVariables } from './palette.ts';
import { buildGraph, edgeWords, mapGraph, nodeName, type AttributionGraph, type GraphEdge } from '../model/graph.ts';
import { CHIP, GRAPH_TEXT, edgeTextPlace, layoutGraph, nodeTextPlaces, routePath, textPieces, type GraphLayout, type LayoutEngine } from './graph-layout.ts';
import { markersFor } from '../model/annotations.ts';
import { once } from '../model/memo.ts';
import type { CorpusIndex } from '../model/corpus.ts';
import { textDirection } from '../model/text-direction.ts';

/**
 * The attribution map on the article page: the graph with its claims as their markers in the text
 * (see `mapGraph`), drawn as an SVG image (`articles/<id>/map.svg`) with a layer of links over it,
 * one box per area (src/components/AttributionGraph.astro). The article page carries the text, the
 * timeline and the map within a 50 KB budget; as inline SVG the map alone would cost 10 KB or more
 * of it, as an image and its links about 4 KB. The links are ordinary links in the page: keyboard,
 * screen readers and axe meet them like any other.
 *
 * The image draws what the areas link: every source box and every claim marker. It styles itself
 * (an image cannot use the page's stylesheet) with the site's palette, light and dark.
 */

/** A clickable rectangle of the map, in the image's pixels, with where it leads and its name. */
export interface MapTarget {
  /** The box it is drawn in. */
  node: string;
  /** For a claim, its place among the box's markers. */
  member?: number | undefined;
  /** The article's or a source's page (site path, no base), or a claim's entry (`#claim-<id>`), for the page to resolve. */
  link: { kind: 'article' | 'source'; path: string } | { kind: 'claim'; fragment: string };
  /** What a screen reader says for it: the edge's words, then what the box shows. */
  name: string;
}

export interface MapArea extends MapTarget {
  /** Left, top, right, bottom. */
  coords: [number, number, number, number];
}

/**
 * The most links a map brings to the article page: past this (about 6 KB of areas), the page
 * carries a sentence and a link to the graph page instead, so that the page keeps its budget.
 */
export const MAP_MAX_AREAS = 60;

export interface ArticleMap {
  layout: GraphLayout;
  areas: MapArea[];
}

/**
 * The map of an article, laid out once per build (the article's pages and its image share it).
 * `engine`: what runs elkjs, the first time (`prefetchLayouts`).
 */
export function articleMap(index: CorpusIndex, articleId: string, engine?: LayoutEngine): Promise<ArticleMap> {
  return once(index, `map:${articleId}`, async () => {
    const layout = await layoutGraph(mapGraph(buildGraph(index, articleId), markersFor(index, articleId).claims), engine);
    return { layout, areas: mapAreas(layout) };
  });
}

/** The whole attribution graph of an article, laid out once per build, for its graph page. */
export function articleLayout(index: CorpusIndex, articleId: string, engine?: LayoutEngine): Promise<GraphLayout> {
  return once(index, `graph:${articleId}`, () => layoutGraph(buildGraph(index, articleId), engine));
}

/**
 * Start laying out every article's graph and map with `engine` (elkjs and the layout cache), in the order
 * the pages that show them are built: graph pages, then maps. Each page then waits for its own.
 */
export function prefetchLayouts(index: CorpusIndex, engine: LayoutEngine): void {
  for (const id of index.articles.keys()) articleLayout(index, id, engine).catch(() => undefined);
  for (const id of index.articles.keys()) articleMap(index, id, engine).catch(() => undefined);
}

/**
 * What a map links, in reading order, before it is laid out: the article's box, each source's box,
 * each claim's marker, with where each leads and its name.
 */
export function mapTargets(graph: Pick<AttributionGraph, 'nodes' | 'edges'>): MapTarget[] {
  const incoming = new Map<string, GraphEdge>(graph.edges.map((e) => [e.to, e]));
  const targets: MapTarget[] = [];
  for (const node of graph.nodes) {
    const via = incoming.get(node.key);
    if (node.kind === 'article') {
      targets.push({ node: node.key, link: { kind: 'article', path: node.path }, name: node.label });
    } else if (node.kind === 'source') {
      // The name without the box's second line ("Report"): the map is read for who passes on what.
      targets.push({ node: node.key, link: { kind: 'source', path: node.path }, name: nodeName({ ...node, detail: '' }, via).trim() });
    } else if (node.kind === 'claims') {
      const words = via ? `${edgeWords(via)}: ` : '';
      (node.members ?? []).forEach((member, i) => {
        targets.push({ node: node.key, member: i, link: { kind: 'claim', fragment: `#claim-${member.id}` }, name: `${words}claim ${member.marker}` });
      });
    }
  }
  return targets;
}

/** The areas of a laid-out map: each target with the rectangle of its box or of its marker. */
export function mapAreas(layout: GraphLayout): MapArea[] {
  const nodes = new Map(layout.nodes.map((n) => [n.key, n]));
  return mapTargets(layout).flatMap((target) => {
    const node = nodes.get(target.node);
    const chip = target.member === undefined ? undefined : node?.chips[target.member];
    if (!node || (target.member !== undefined && !chip)) return [];
    const coords = chip ? box(node.x + chip.dx, node.y + chip.dy, chip.width, CHIP.height) : box(node.x, node.y, node.width, node.height);
    return [{ ...target, coords }];
  });
}

/**
 * The layer of links over the map image, as SVG markup: one transparent box a link, named for a
 * screen reader. Written here rather than in the component so each box is one short self-closed
 * element: the article page carries one for every source and claim.
 */
export function mapLinks(areas: readonly MapArea[], hrefOf: (link: MapArea['link']) => string): string {
  return areas
    .map(
      ({ coords: [left, top, right, bottom], link, name }) =>
        `<a href="${xml(hrefOf(link))}" aria-label="${xml(name)}"><rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/></a>`,
    )
    .join('');
}

const box = (x: number, y: number, width: number, height: number): MapArea['coords'] => [
  Math.floor(x),
  Math.floor(y),
  Math.ceil(x + width),
  Math.ceil(y + height),
];

/** Text for XML: the five characters that could end a text or an attribute, escaped. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const MAP_COLOURS = ['surface', 'ink', 'muted', 'line', 'accent', 'claim-bg', 'claim-line', 'quote-line'] as const;

const STYLE = [
  `svg{${cssVariables('light', MAP_COLOURS)};font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Arial,sans-serif}`,
  `@media (prefers-color-scheme:dark){svg{${cssVariables('dark', MAP_COLOURS)}}}`,
  '.bg{fill:var(--surface);stroke:none}',
  'rect{fill:var(--surface);stroke:var(--line);stroke-width:1.5}',
  '.a{stroke:var(--accent);stroke-width:2.5}',
  '.s{stroke:var(--quote-line)}',
  '.k{fill:var(--claim-bg);stroke:var(--claim-line)}',
  '.m{stroke:none}',
  `text{fill:var(--ink);font-size:${GRAPH_TEXT.label}px}`,
  '.b{font-weight:700}',
  `.d{fill:var(--muted);font-size:${GRAPH_TEXT.detail}px}`,
  `.c{font-size:${CHIP.size}px;font-weight:700}`,
  'path{fill:none;stroke:var(--muted);stroke-width:1.5;marker-end:url(#h)}',
  '.x{stroke-dasharray:4 3}',
  '#h path{fill:var(--muted);stroke:none;marker-end:none}',
  `.e{font-size:${GRAPH_TEXT.edge}px;font-style:italic;paint-order:stroke;stroke:var(--surface);stroke-width:4px;stroke-linejoin:round}`,
].join('');

/**
 * The map as a standalone SVG document. Class names are short: a: the article, s: a source, k: a
 * box of claims, m: a marker, b: bold, d: a detail, c: a marker's text, x: the article citing,
 * e: an edge's words, h: the arrowhead.
 */
export function mapSvg(layout: GraphLayout, title: string): string {
  const out: string[] = [];
  const { width, height } = layout;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<title>${xml(title)}</title><style>${STYLE}</style>`);
  out.push(
    '<defs><marker id="h" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker></defs>',
  );
  out.push(`<rect class="bg" width="${width}" height="${height}"/>`);
  for (const edge of layout.edges) {
    out.push(`<path${edge.articleWord ? '' : ' class="x"'} d="${routePath(edge.points)}"/>`);
    if (edge.articleWord) {
      const at = edgeTextPlace(edge);
      out.push(`<text class="e" x="${at.x}" y="${at.y}">${xml(edge.label.text)}</text>`);
    }
  }
  for (const node of layout.nodes) {
    if (node.kind === 'claims') {
      out.push(`<rect class="k" x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="5"/>`);
      for (const chip of node.chips) {
        const x = node.x + chip.dx;
        const y = node.y + chip.dy;
        out.push(`<rect class="m" x="${x}" y="${y}" width="${chip.width}" height="${CHIP.height}" rx="3"/>`);
        out.push(`<text class="c" x="${x + CHIP.padX}" y="${Math.round((y + CHIP.height / 2 + CHIP.size * 0.36) * 10) / 10}">${xml(chip.marker)}</text>`);
      }
      continue;
    }
    const at = nodeTextPlaces(node);
    out.push(`<rect class="${node.kind === 'article' ? 'a' : 's'}" x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="5"/>`);
    const lines = textPieces(node.lines, node.detailLines.length > 0 || node.nativeName !== undefined);
    out.push(
      `<text${node.kind === 'article' ? ' class="b"' : ''} x="${at.x}" y="${at.firstLine}">${lines.map((l, i) => (i === 0 ? xml(l) : `<tspan x="${at.x}" dy="${at.labelStep}">${xml(l)}</tspan>`)).join('')}</text>`,
    );
    if (node.nativeName) {
      out.push(
        `<text x="${at.x}" y="${at.nativeY}" lang="${xml(node.nativeName.lang)}" direction="${textDirection(node.nativeName.text)}" unicode-bidi="embed">${xml(node.nativeName.text)}</text>`,
      );
    }
    if (node.detailLines.length > 0) {
      out.push(
        `<text class="d" x="${at.x}" y="${at.detailY}">${textPieces(node.detailLines)
          .map((l, i) => (i === 0 ? xml(l) : `<tspan x="${at.x}" dy="${at.detailStep}">${xml(l)}</tspan>`))
          .join('')}</text>`,
      );
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
