import type { ClaimData } from '../content/schemas/claim.ts';
import type { Rec } from './corpus.ts';
import type { Timeline, TimelineEntry } from './timeline.ts';

/** One page of a timeline: a timeline itself, holding a slice of the entries and claims. */
export interface TimelinePage extends Timeline {
  /** 1-based. */
  number: number;
  /** Events whose claims began on an earlier page and go on here. */
  continued: Set<string>;
}

export interface PagedTimeline {
  pages: TimelinePage[];
  /** The page each entry is on, by fragment id (`claim-<id>`, `event-<id>`; an event by its first page). */
  locate: Map<string, number>;
}

/**
 * Cut a timeline into pages of at most `perPage` items (an event counts one, each claim one; or
 * `first` on the first page and `rest` on the others), in order, so no page grows without bound however large the article. An event with more claims than
 * fit goes on over the next page, marked as continued. Linear in entries and claims.
 */
export function paginateTimeline(timeline: Timeline, perPage: number | { first: number; rest: number }): PagedTimeline {
  const sizes = typeof perPage === 'number' ? { first: perPage, rest: perPage } : perPage;
  const sizeOf = (number: number) => Math.max(2, Math.floor(number === 1 ? sizes.first : sizes.rest));
  const pages: TimelinePage[] = [];
  const locate = new Map<string, number>();
  let page: TimelinePage | undefined;
  let used = 0;
  const fresh = () => {
    page = { number: pages.length + 1, placed: [], unplaced: [], unattached: [], continued: new Set() };
    pages.push(page);
    used = 0;
    return page;
  };
  const room = () => {
    if (page === undefined || used >= sizeOf(page.number)) page = fresh();
    return sizeOf(page.number) - used;
  };

  const addEntries = (entries: TimelineEntry[], group: 'placed' | 'unplaced') => {
    for (const entry of entries) {
      let rest: Rec<ClaimData>[] = entry.claims;
      let first = true;
      do {
        // The event itself takes a place; at least one claim goes with it when it has any.
        const space = Math.max(room() - 1, rest.length > 0 ? 1 : 0);
        const current = page as TimelinePage;
        const claims = rest.slice(0, space);
        rest = rest.slice(space);
        current[group].push({ ...entry, claims, mentions: first ? entry.mentions : [] });
        if (!first) current.continued.add(entry.event.id);
        if (first) locate.set(`event-${entry.event.id}`, current.number);
        for (const claim of claims) locate.set(`claim-${claim.id}`, current.number);
        used += 1 + claims.length;
        first = false;
      } while (rest.length > 0);
    }
  };
  addEntries(timeline.placed, 'placed');
  addEntries(timeline.unplaced, 'unplaced');
  for (const claim of timeline.unattached) {
    room();
    const current = page as TimelinePage;
    current.unattached.push(claim);
    locate.set(`claim-${claim.id}`, current.number);
    used += 1;
  }
  if (pages.length === 0) fresh();
  return { pages, locate };
}

/** Claims shown in a page, in order. */
export function claimsOnPage(page: Timeline): Rec<ClaimData>[] {
  return [...page.placed, ...page.unplaced].flatMap((entry) => entry.claims).concat(page.unattached);
}
