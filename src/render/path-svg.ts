import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { edgeWords, type GraphLayout, type PlacedEdge, type PlacedNode } from '../model/graph.ts';
import type { PathGraph } from '../model/threads.ts';
import { labelBox, measureNode, type Measured } from './graph-layout.ts';
import { graphSvg } from './graph-svg.ts';

/**
 * The path of a claim thread, drawn at build time (issue 16.2): laid out by ELK's layered layout,
 * since a path is no tree (a source in several chains is one box, with an arrow to each article
 * that passes it on), and drawn by the attribution graph's renderer (src/render/graph-svg.ts) with
 * the same stylesheet and palette. The direction differs: the attribution graph starts from one article and follows
 * whom it cites; a path ends at every article that carries the claim, so it runs the way the claim
 * travelled, from whoever said it first, on the left, to the articles, on the right, the earliest
 * at the top.
 */

/** What lays a path out: elkjs, or elkjs with its answers kept between builds (src/build/layout-cache.ts). */
export type LayoutEngine = (graph: ElkNode) => Promise<ElkNode>;

let elk: Promise<{ layout: LayoutEngine }> | undefined;

/** elkjs in this thread, loaded the first time a path is laid out: a site with no thread never loads it. */
export const localEngine: LayoutEngine = async (graph) => {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return (await elk).layout(graph);
};

/**
 * Left to right, square arrows, each arrow's words above it, and the order the articles are handed
 * (publication) kept from top to bottom, so the picture reads like a list of them.
 */
const PATH_OPTIONS = {
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
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  // One drawing, not one per group of connected boxes: every article in the last column, in the
  // order they are handed over (publication), the earliest at the top, as a list would read.
  'elk.separateConnectedComponents': 'false',
} as const;

/** Place every box and route every arrow; the articles share the last column. */
export async function layoutPath(graph: PathGraph, engine: LayoutEngine = localEngine): Promise<GraphLayout> {
  const measured = new Map<string, Measured>(graph.nodes.map((node) => [node.key, measureNode(node)]));
  const elkGraph: ElkNode = {
    id: 'root',
    layoutOptions: { ...PATH_OPTIONS },
    children: graph.nodes.map((node) => {
      const size = measured.get(node.key) as Measured;
      return {
        id: node.key,
        width: size.width,
        height: size.height,
        ...(node.kind === 'article' ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } } : {}),
      };
    }),
    edges: graph.edges.map((edge) => ({ id: edge.key, sources: [edge.from], targets: [edge.to], labels: [labelBox(edgeWords(edge))] })),
  };
  const result = await engine(elkGraph);
  const positions = new Map((result.children ?? []).map((c) => [c.id, c]));
  const routes = new Map(((result.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, e]));
  const nodes: PlacedNode[] = graph.nodes.map((node) => {
    const at = positions.get(node.key);
    const size = measured.get(node.key) as Measured;
    return { ...node, x: at?.x ?? 0, y: at?.y ?? 0, width: size.width, height: size.height, lines: size.lines, detailLines: size.detailLines, chips: [] };
  });
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const section = routes.get(edge.key)?.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = routes.get(edge.key)?.labels?.[0];
    return {
      ...edge,
      points: points.map(({ x, y }) => ({ x, y })),
      label: { text: label?.text ?? edgeWords(edge), x: label?.x ?? 0, y: label?.y ?? 0, width: label?.width ?? 0, height: label?.height ?? 0 },
    };
  });
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes, edges };
}

/** The path as inline SVG for the thread page: every box a link to its article's or source's page. */
export function pathSvg(layout: GraphLayout, href: (path: string) => string): string {
  return graphSvg(layout, { className: 'graph__svg', href: (node) => href(node.path) });
}
