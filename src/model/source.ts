import type { SourceData } from '../content/schemas/source.ts';
import type { CorpusIndex, Rec } from './corpus.ts';
import { pageCount, pageSlice, SOURCE_LIST_PAGE_SIZE, SOURCE_PAGE_SIZE, sourceItems, sourcesByName, type SourceItem } from './listings.ts';
import { sourceLink, type SourceLink } from './views.ts';
import { SOURCE_KIND_LABELS } from './words.ts';

/** How often a source is cited, counted once for its page and for the list of sources. */
export interface SourceTotals {
  /** Distinct claims it is in, in any role. */
  claims: number;
  /** Claims whose chain ends with it; that it passes on; made on it (an interview on an outlet). */
  speaker: number;
  relay: number;
  venue: number;
  quotes: number;
  events: number;
}

function sourceTotals(index: CorpusIndex, sourceId: string): SourceTotals {
  const roles = index.rolesOf(sourceId);
  const count = (role: string) => roles.filter((r) => r.role === role).length;
  return {
    claims: new Set(roles.map((r) => r.claim.id)).size,
    speaker: count('speaker'),
    relay: count('relay'),
    venue: count('venue'),
    quotes: index.quotesBySpeaker(sourceId).length,
    events: index.eventsOfSource(sourceId).length,
  };
}

/** What a source's pages show: the source, what it belongs to and what belongs to it, its totals, and its items cut into pages. */
export interface SourceModel {
  source: Rec<SourceData>;
  native?: SourceLink['native'];
  parent?: SourceLink | undefined;
  parts: SourceLink[];
  totals: SourceTotals;
  /** Claims it makes, passes on, is the venue of; events; quotes: in that order. */
  items: SourceItem[];
  pageCount: number;
  /** The address of page `n`, with the base. */
  pagePath(n: number): string;
}

export function sourceModel(index: CorpusIndex, sourceId: string, base: string): SourceModel {
  const source = index.sources.get(sourceId);
  if (!source) throw new Error(`No source \`${sourceId}\`.`);
  const items = sourceItems(index, sourceId);
  const self = sourceLink(index, sourceId, base);
  return {
    source,
    native: self.native,
    parent: source.data.partOf ? sourceLink(index, source.data.partOf, base) : undefined,
    parts: index.partsOf(sourceId).map((part) => sourceLink(index, part.id, base)),
    totals: sourceTotals(index, sourceId),
    items,
    pageCount: pageCount(items.length, SOURCE_PAGE_SIZE),
    pagePath: (n) => `${self.href}${n > 1 ? `page/${n}/` : ''}`,
  };
}

/** A row of the list of sources: the source, its kind in words, and how many claims and quotes pass through it. */
export interface SourceRow {
  source: SourceLink;
  kind: string;
  claims: number;
  quotes: number;
}

/** One page of the list of sources, by name, and how many pages the list has. */
export function sourceListPage(index: CorpusIndex, number: number, base: string): { pages: number; rows: SourceRow[] } {
  const all = sourcesByName(index);
  return {
    pages: pageCount(all.length, SOURCE_LIST_PAGE_SIZE),
    rows: pageSlice(all, number, SOURCE_LIST_PAGE_SIZE).map((source) => {
      const totals = sourceTotals(index, source.id);
      return { source: sourceLink(index, source.id, base), kind: SOURCE_KIND_LABELS[source.data.kind], claims: totals.claims, quotes: totals.quotes };
    }),
  };
}
