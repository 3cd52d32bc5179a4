import type { ClaimData } from '../content/schemas/claim.ts';
import type { CorpusIndex, Rec, Voice } from './corpus.ts';
import type { Timeline } from './timeline.ts';
import { KIND_LABELS, STATUS_LABELS, VOICE_LABELS } from './words.ts';

/**
 * The ways a reader can narrow an article's claims; each value is a page of its own, so no script is
 * needed, except a source's, which leads to the source's own page (`FacetOption.href`).
 */
export const FACETS = ['voice', 'kind', 'status', 'source'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filter {
  facet: Facet;
  value: string;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /**
   * The one claim a value would show, when it shows one: its link leads to that claim's entry on
   * the timeline, in context, rather than to a page that would repeat the article's head for it.
   */
  only?: string | undefined;
  /**
   * Where the value leads instead of a filter page of its own, with the base: a source leads to its
   * own page, at the part about this article, which lists the same claims with their chains (and
   * the source's events and quotes there).
   */
  href?: string | undefined;
}

export function matches(index: CorpusIndex, claim: Rec<ClaimData>, filter: Filter | undefined): boolean {
  if (!filter) return true;
  switch (filter.facet) {
    case 'voice':
      return index.voice(claim) === filter.value;
    case 'kind':
      return claim.data.kind === filter.value;
    case 'status':
      return claim.data.status === filter.value;
    case 'source':
      return claim.data.attribution.some((link) => link.source === filter.value || link.venue === filter.value);
  }
}

/** The values of each facet that occur in an article, with how many claims each would show. */
export function facetOptions(index: CorpusIndex, articleId: string): Record<Facet, FacetOption[]> {
  const claims = index.claimsOf(articleId);
  const kept = (facet: Facet, value: string) => claims.filter((claim) => matches(index, claim, { facet, value }));
  const option = (facet: Facet, value: string, label: string): FacetOption => {
    const shown = kept(facet, value);
    return { value, label, count: shown.length, ...(shown.length === 1 ? { only: shown[0]?.id } : {}) };
  };
  const present = <T extends string>(facet: Facet, values: readonly T[], label: (value: T) => string): FacetOption[] =>
    values
      .map((value) => option(facet, value, label(value)))
      .filter((option) => option.count > 0)
      // A value every claim has (all unverified, say) narrows nothing: no link, no page.
      .filter((option, _i, options) => options.length > 1 || option.count < claims.length);
  const sourceIds = [...new Set(claims.flatMap((claim) => claim.data.attribution.flatMap((link) => (link.venue ? [link.source, link.venue] : [link.source]))))];
  return {
    voice: present('voice', ['article', 'reported', 'relayed'] as Voice[], (v) => VOICE_LABELS[v].label),
    kind: present('kind', Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[], (k) => KIND_LABELS[k]),
    status: present('status', Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[], (s) => STATUS_LABELS[s].label),
    source: present('source', sourceIds, (id) => index.sources.get(id)?.data.name ?? id).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}

/** The timeline with only the claims a filter keeps; events left with none are dropped. */
export function filterTimeline(index: CorpusIndex, timeline: Timeline, filter: Filter | undefined): Timeline {
  if (!filter) return timeline;
  const keep = (claims: Rec<ClaimData>[]) => claims.filter((claim) => matches(index, claim, filter));
  const entries = (list: Timeline['placed']) =>
    list
      .map((entry) => ({ ...entry, claims: keep(entry.claims), mentions: keep(entry.mentions) }))
      .filter((entry) => entry.claims.length + entry.mentions.length > 0);
  return { placed: entries(timeline.placed), unplaced: entries(timeline.unplaced), unattached: keep(timeline.unattached) };
}
