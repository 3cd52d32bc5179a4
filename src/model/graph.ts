import type { AttributionLink, ClaimData } from '../content/schemas/claim.ts';
import type { CorpusIndex, Rec } from './corpus.ts';
import { textDirection, textLanguage, wordsAttrs } from './text-direction.ts';
import { KIND_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS } from './words.ts';

/**
 * The attribution graph of one article: who says what through whom.
 *
 * It is a tree rooted at the article. A source gets one node per path that reaches it, not one node
 * overall: Pakistan as the article quotes it and Pakistan as the TOLONews report quotes it are two
 * nodes, so that following a claim back to the article always retraces that claim's own chain and
 * never borrows a link from another. Every node still links to the one source page.
 *
 * Each link's verb sits on the edge that leaves its source: "The TOLONews report —claimed→ Pakistan
 * —saying→ claim". The verb is the article's word for what that source did. Edges that leave the
 * article carry no word of the article's (it cites its sources; it does not "say" them), and are
 * marked `articleWord: false` so they are drawn and read differently.
 */
export type GraphNodeKind = 'article' | 'source' | 'claim' | 'claims';

/** A claim in a `claims` node of the article page's map: its marker in the text ("C5"). */
export interface GraphMember {
  id: string;
  marker: string;
}

export interface GraphNode {
  /** Unique within the graph: `article`, `source:<path>`, `claim:<id>`. */
  key: string;
  kind: GraphNodeKind;
  /** The record the node stands for (article, source or claim id). */
  id: string;
  /** The name, statement or title shown. */
  label: string;
  /** The kind in words: "Report", "Person"; for a claim, "Demand · Unverified". */
  detail: string;
  /** Steps from the article: 0 for the article, 1 for the sources it cites, and so on. */
  depth: number;
  /** Path inside the site (no base): `articles/<id>/`, `sources/<id>/`, `claims/<id>/`. */
  path: string;
  /** The article's own words for the source at this place, when they differ from its name. */
  as: string[];
  /** The name in its own script, for a source that has one. */
  nativeName?: { text: string; lang: string } | undefined;
  /** A `claims` node's claims, in the article's order. */
  members?: GraphMember[] | undefined;
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  /** The article's word for this link ("as per", "said"), or what the article does ("cites"). */
  verb: string;
  /** True when `verb` is the article's own word, copied from it. */
  articleWord: boolean;
  /** Where it was said, when the article says (`geo-news`), with the article's own words for it (`on Geo News`). */
  /** Where it was said: a source of the site (`id`, `name`) with the article's words for it, or the article's words alone ("in a statement"). */
  venue?: { id: string; name: string; words?: string | undefined } | { words: string } | undefined;
  /** The `lang` of the article's words on it, when the article is not in the site's language: they are shown in italic, which the site's rule for scripts with no italic form undoes by language. */
  lang?: string | undefined;
}

export interface AttributionGraph {
  article: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A node with the edges that leave it, for reading the graph as a nested list. */
export interface GraphTreeItem {
  node: GraphNode;
  /** The edge that reached this node (none for the article). */
  via?: GraphEdge | undefined;
  children: GraphTreeItem[];
}

/** A point of a drawing, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** A marker in a `claims` box, placed inside it (offsets from its corner). */
export interface Chip {
  marker: string;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

/** A node laid out: where its box is, and its texts broken into lines that fit it. */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label broken into lines that fit the box. */
  lines: string[];
  /** The detail broken into lines. */
  detailLines: string[];
  /** A `claims` node's markers, each a chip placed inside the box. */
  chips: Chip[];
}

export interface PlacedEdge extends GraphEdge {
  /** The route from the start point through the bends to the end point. */
  points: Point[];
  /** The words on the edge, and the box the layout placed them in. */
  label: { text: string; x: number; y: number; width: number; height: number };
}

/** A graph laid out for drawing (src/render/graph-layout.ts does it; src/render/graph-svg.ts draws it). */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** What lays a graph out: the model is handed one (src/data.ts), so it stays free of the layout engine. */
export type LayoutGraph = (graph: AttributionGraph) => GraphLayout;

/** The word an edge leaving the article carries: not the article's word, so it is never quoted. */
export const ARTICLE_CITES = 'cites';
export const ARTICLE_OWN_VOICE = 'in its own voice';

/** Build the graph of an article's claims, in the order the article makes them. */
export function buildGraph(index: CorpusIndex, articleId: string): AttributionGraph {
  const article = index.articles.get(articleId);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const root: GraphNode = {
    key: 'article',
    kind: 'article',
    id: articleId,
    label: article?.data.title ?? articleId,
    detail: 'The article',
    depth: 0,
    path: `articles/${articleId}/`,
    as: [],
  };
  nodes.set(root.key, root);
  const lang = article ? wordsAttrs(textLanguage(article.data.language)).lang : undefined;

  const addEdge = (from: string, to: string, link: AttributionLink | undefined, fallback: string) => {
    const venue = link?.venue ? index.sources.get(link.venue) : undefined;
    const key = `${from} -> ${to}`;
    if (edges.has(key)) return;
    edges.set(key, {
      key,
      from,
      to,
      verb: link?.verb ?? fallback,
      articleWord: link !== undefined,
      ...(link && lang ? { lang } : {}),
      ...(link?.venue
        ? { venue: { id: link.venue, name: venue?.data.name ?? link.venue, words: link.venueAs } }
        : link?.venueAs
          ? { venue: { words: link.venueAs } }
          : {}),
    });
  };

  for (const claim of index.claimsOf(articleId)) {
    const chain = claim.data.attribution;
    let parent = root;
    let path = '';
    chain.forEach((link, i) => {
      // The path names the verbs of the links before this one: a different verb is a different way
      // of reaching the source, so it is a different node and its edge keeps a single verb.
      path += i === 0 ? link.source : ` ${chain[i - 1]?.verb} ${link.source}`;
      const key = `source:${path}`;
      let node = nodes.get(key);
      if (!node) {
        const source = index.sources.get(link.source);
        node = {
          key,
          kind: 'source',
          id: link.source,
          label: source?.data.name ?? link.source,
          detail: source ? SOURCE_KIND_LABELS[source.data.kind] : 'Source',
          depth: i + 1,
          path: `sources/${link.source}/`,
          as: [],
          ...(source?.data.nativeName ? { nativeName: { text: source.data.nativeName.text, lang: source.data.nativeName.lang } } : {}),
        };
        nodes.set(key, node);
      }
      if (link.as && link.as !== node.label && !node.as.includes(link.as)) node.as.push(link.as);
      addEdge(parent.key, node.key, i === 0 ? undefined : chain[i - 1], ARTICLE_CITES);
      parent = node;
    });
    const claimNode = claimToNode(claim, chain.length + 1);
    nodes.set(claimNode.key, claimNode);
    addEdge(parent.key, claimNode.key, chain.at(-1), ARTICLE_OWN_VOICE);
  }
  return { article: articleId, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function claimToNode(claim: Rec<ClaimData>, depth: number): GraphNode {
  const ownVoice = claim.data.attribution.length === 0 ? ' · in the article’s own voice' : '';
  return {
    key: `claim:${claim.id}`,
    kind: 'claim',
    id: claim.id,
    label: claim.data.statement,
    detail: `${KIND_LABELS[claim.data.kind]} · ${STATUS_LABELS[claim.data.status].label}${ownVoice}`,
    depth,
    path: `claims/${claim.id}/`,
    as: [],
  };
}

/** The graph as a tree from the article, children in the order their edges were first met. */
export function graphTree(graph: AttributionGraph): GraphTreeItem {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const out = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const list = out.get(edge.from) ?? [];
    list.push(edge);
    out.set(edge.from, list);
  }
  const item = (node: GraphNode, via?: GraphEdge): GraphTreeItem => ({
    node,
    via,
    children: (out.get(node.key) ?? []).flatMap((edge) => {
      const child = byKey.get(edge.to);
      return child ? [item(child, edge)] : [];
    }),
  });
  const root = byKey.get('article');
  if (!root) throw new Error('An attribution graph always has its article as root.');
  return item(root);
}

/**
 * An edge's words as a reader sees them: the article's own word in quotes, with the venue in the
 * article's own words ("on Geo News"), its name after them when they do not carry it ("in a
 * statement (The group's statement)"); never a preposition the article did not use.
 */
export function edgeWords(edge: GraphEdge): string {
  const verb = edge.articleWord ? `“${isolated(edge.verb)}”` : edge.verb;
  const venue = edge.venue;
  if (!venue) return verb;
  const words = venue.words === undefined ? undefined : isolated(venue.words);
  if (!('name' in venue)) return `${verb} ${words}`;
  if (words === undefined) return `${verb} (venue: ${venue.name})`;
  return words.toLocaleLowerCase().includes(venue.name.toLocaleLowerCase()) ? `${verb} ${words}` : `${verb} ${words} (${venue.name})`;
}

/**
 * The article's words set apart from the quotation marks and words around them when they read right
 * to left (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): else the bidirectional
 * algorithm carries a closing mark into the Arabic run, and a label reads ”أكد في بيان“.
 */
function isolated(words: string): string {
  return textDirection(words) === 'rtl' ? `\u2068${words}\u2069` : words;
}

/**
 * A box's name for a screen reader or speech input: the words of the edge that reaches it, then
 * its visible text word for word (WCAG 2.5.3): "“demanded”: Afghan negotiators Group".
 */
export function nodeName(node: GraphNode, via: GraphEdge | undefined): string {
  return `${via ? `${edgeWords(via)}: ` : ''}${node.label}${node.nativeName ? ` ${node.nativeName.text}` : ''} ${node.detail}`;
}

/** Counts for a sentence about the graph: sources the article cites itself, claims it relays at one remove, claims in its own voice. */
export function graphSummary(graph: AttributionGraph): { cited: number; relayed: number; ownVoice: number } {
  const claims = graph.nodes.filter((n) => n.kind === 'claim');
  return {
    cited: new Set(graph.nodes.filter((n) => n.kind === 'source' && n.depth === 1).map((n) => n.id)).size,
    relayed: claims.filter((n) => n.depth > 2).length,
    ownVoice: claims.filter((n) => n.depth === 1).length,
  };
}

/**
 * The graph as the article page draws it, a map small enough to sit beside the text: the same
 * article, sources and edges, but the claims that leave a source by the same word share one box
 * of their markers ("C2 C3"), as the annotated text marks them. The article node is named, not
 * titled: the page's heading is its title. Every claim is still in exactly one box, reached by its
 * own chain and its own verb.
 */
export function mapGraph(graph: AttributionGraph, markers: ReadonlyMap<string, string>): AttributionGraph {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const groups = new Map<string, GraphNode>();
  for (const node of graph.nodes) {
    if (node.kind === 'article') nodes.push({ ...node, label: 'The article', detail: '' });
    else if (node.kind === 'source') nodes.push(node);
  }
  for (const edge of graph.edges) {
    const claim = byKey.get(edge.to);
    if (claim?.kind !== 'claim') {
      edges.push(edge);
      continue;
    }
    const key = `claims:${edge.from} ${edgeWords(edge)}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, kind: 'claims', id: key, label: '', detail: '', depth: claim.depth, path: '', as: [], members: [] };
      groups.set(key, group);
      nodes.push(group);
      edges.push({ ...edge, key: `${edge.from} -> ${key}`, to: key });
    }
    group.members?.push({ id: claim.id, marker: markers.get(claim.id) ?? claim.id });
  }
  for (const group of groups.values()) group.label = (group.members ?? []).map((m) => m.marker).join(' ');
  return { article: graph.article, nodes, edges };
}

/** A clickable rectangle of a map: a box, or one marker in a box, with where it leads and its name. */
export interface MapTarget {
  /** The box it is drawn in. */
  node: string;
  /** For a claim, its place among the box's markers. */
  member?: number | undefined;
  /** The article's or a source's page (site path, no base), or a claim (its id), for the page to link. */
  link: { kind: 'article' | 'source'; path: string } | { kind: 'claim'; id: string };
  /** What a screen reader says for it: the edge's words, then what the box shows. */
  name: string;
}

export interface MapArea extends MapTarget {
  /** Left, top, right, bottom, in the drawing's pixels. */
  coords: [number, number, number, number];
}

/**
 * What a map links, in reading order: the article's box, each source's box, each claim's marker,
 * with where each leads and its name. Known before the map is laid out, so the pages can be sized
 * from how many there are.
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
        targets.push({ node: node.key, member: i, link: { kind: 'claim', id: member.id }, name: `${words}claim ${member.marker}` });
      });
    }
  }
  return targets;
}

/** The areas of a laid-out map: each target with the rectangle of its box or of its marker. */
export function mapAreas(layout: GraphLayout): MapArea[] {
  const nodes = new Map(layout.nodes.map((n) => [n.key, n]));
  const box = (x: number, y: number, width: number, height: number): MapArea['coords'] => [
    Math.floor(x),
    Math.floor(y),
    Math.ceil(x + width),
    Math.ceil(y + height),
  ];
  return mapTargets(layout).flatMap((target) => {
    const node = nodes.get(target.node);
    const chip = target.member === undefined ? undefined : node?.chips[target.member];
    if (!node || (target.member !== undefined && !chip)) return [];
    const coords = chip ? box(node.x + chip.dx, node.y + chip.dy, chip.width, chip.height) : box(node.x, node.y, node.width, node.height);
    return [{ ...target, coords }];
  });
}
