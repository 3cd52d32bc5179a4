import { markersFor } from './annotations.ts';
import { facetOptions, FACETS } from './filters.ts';
import { buildGraph, mapGraph, type AttributionGraph } from './graph.ts';
import { MAP_MAX_AREAS, mapTargets } from '../render/graph-map.ts';
import type { CorpusIndex } from './corpus.ts';
import { articleText } from './text-parts.ts';

/**
 * How many timeline items an article's pages hold, so that each page stays within its budget.
 *
 * Every unfiltered page of an article carries the same heavy parts (the annotated text, unless it
 * is long enough for pages of its own, the map's links, the filters, and on the first page the
 * quotes) beside one page of the timeline. A short
 * article has room for `TIMELINE_PAGE_SIZE` items; a long one, or one with many sources, gets fewer
 * a page, so its first page does not pass the budget. The weights are estimates in bytes of HTML from
 * the content, made before the pages are rendered (Astro renders each page once); tests compare them
 * with the built seed pages, and `npm run bench` measures the pages at scale.
 */

/** The page budget (issue 6): HTML plus the CSS it links, uncompressed. */
export const PAGE_BUDGET_BYTES = 50 * 1024;
/** Timeline items a page holds at most, however light they are. */
export const TIMELINE_PAGE_SIZE = 20;
/** Timeline items a page holds at least, however heavy the rest of the page: the timeline must move on. */
export const TIMELINE_PAGE_MIN = 6;
/**
 * What every article page weighs besides the parts estimated here: the stylesheets it links (about
 * 11 KB), the head (its Content-Security-Policy alone 0.3 KB), the site header and footer, the
 * article's header, the strip and the pager.
 */
export const ARTICLE_PAGE_FIXED = 16_850;
/** A link of the map that the article page shows instead of the map when the map has too many. */
const MAP_LINK_ONLY = 400;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export interface ArticleWeights {
  text: number;
  map: number;
  quotes: number;
  filters: number;
  /** Each timeline item's estimated bytes: claims by id, events by id. */
  claim: (id: string) => number;
  event: (id: string) => number;
}

/** Estimated bytes of the parts of an article's pages, from its content. */
export function articleWeights(index: CorpusIndex, articleId: string): ArticleWeights {
  const markers = markersFor(index, articleId);
  // A long text is on pages of its own: the timeline's pages carry a line that links to its parts.
  const shown = articleText(index, articleId);
  const text = shown.long ? 250 + 60 * shown.parts.length : bytes(shown.html);
  // The map's links on the article page: its sources and markers (not the article's own box).
  const links = mapTargets(mapGraph(buildGraph(index, articleId), markers.claims)).filter((t) => t.link.kind !== 'article');
  const mapBytes = links.reduce((sum, t) => sum + 105 + bytes(t.link.kind === 'claim' ? t.link.fragment : t.link.path) + bytes(t.name), 1_000);
  const areas = links.length;
  const quotes = index
    .quotesOf(articleId)
    .reduce((sum, q) => sum + 200 + 2 * q.id.length + bytes(q.data.text) + bytes(index.sources.get(q.data.speaker)?.data.name ?? q.data.speaker), 150);
  const options = facetOptions(index, articleId);
  const filters = FACETS.reduce((sum, facet) => sum + options[facet].reduce((s, o) => s + 60 + o.value.length + bytes(o.label), 120), 150);
  const claim = (id: string) => {
    const record = index.claims.get(id);
    if (!record) return 0;
    const chain = record.data.attribution.reduce(
      (sum, link) => sum + 60 + link.source.length + bytes(index.sources.get(link.source)?.data.name ?? '') + bytes(link.verb ?? ''),
      0,
    );
    const related = index.related(id).reduce((sum, r) => sum + 90 + r.claim.id.length + bytes(r.claim.data.statement), 0);
    const hedges = record.data.hedges.reduce((sum, h) => sum + 30 + bytes(h), 0);
    return 560 + 3 * id.length + bytes(record.data.statement) + chain + related + hedges;
  };
  const event = (id: string) => {
    const record = index.events.get(id);
    if (!record) return 0;
    // Each "after" shows at both ends: "Comes after" here, "Comes before" there.
    const order = 2 * record.data.after.reduce((sum, other) => sum + 60 + other.length + bytes(index.events.get(other)?.data.title ?? ''), 0);
    return 420 + 3 * id.length + 2 * bytes(record.data.title) + order;
  };
  return { text, map: areas <= MAP_MAX_AREAS ? mapBytes : MAP_LINK_ONLY, quotes, filters, claim, event };
}

/**
 * Timeline items a page of this article holds: as many as fit beside the parts every page carries,
 * at the weight of the article's heaviest items, between `TIMELINE_PAGE_MIN` and `TIMELINE_PAGE_SIZE`.
 */
export function timelinePageSize(index: CorpusIndex, articleId: string, weights = articleWeights(index, articleId)): number {
  const room = PAGE_BUDGET_BYTES - ARTICLE_PAGE_FIXED - weights.text - weights.map - weights.quotes - weights.filters;
  const items = [...index.claimsOf(articleId).map((c) => weights.claim(c.id)), ...index.eventsOf(articleId).map((e) => weights.event(e.id))].sort(
    (a, b) => b - a,
  );
  // Fill the room with the heaviest items first: any page of this many items fits.
  let used = 0;
  let count = 0;
  for (const weight of items) {
    if (used + weight > room) break;
    used += weight;
    count++;
  }
  return Math.max(TIMELINE_PAGE_MIN, Math.min(TIMELINE_PAGE_SIZE, count === items.length ? TIMELINE_PAGE_SIZE : count));
}

/** What the graph page weighs besides its boxes: its stylesheets, head, header, introduction and caption. */
export const GRAPH_PAGE_FIXED = 12_850;

/**
 * Estimated bytes of an article's graph page drawn in full: each claim's statement is written in its
 * box and again in the list below, each source's name likewise, each with its link and its edge.
 */
export function graphPageWeight(graph: AttributionGraph): number {
  return graph.nodes.reduce((sum, node) => {
    if (node.kind === 'claim') return sum + 630 + 2 * node.id.length + 2.3 * bytes(node.label) + bytes(node.detail);
    if (node.kind === 'source') return sum + 530 + 2 * node.id.length + 2 * bytes(node.label) + node.as.reduce((s, a) => s + 8 + bytes(a), 0);
    return sum + 2 * bytes(node.label);
  }, GRAPH_PAGE_FIXED);
}
