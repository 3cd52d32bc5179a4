import type { ClaimData } from '../content/schemas/claim.ts';
import type { NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import { dateBounds } from '../content/dates.ts';
import type { CorpusIndex, Rec } from './corpus.ts';

export interface TimelineEntry {
  event: Rec<EventData>;
  date: NormalizedDate;
  /** The claims shown under this event: those whose last event in time order is this one, in the article's order. */
  claims: Rec<ClaimData>[];
  /** Claims about this event too, shown in full under a later event they are also about. */
  mentions: Rec<ClaimData>[];
  /** Events this one is said to come after. */
  after: Rec<EventData>[];
  /** Events said to come after this one. */
  before: Rec<EventData>[];
}

export interface Timeline {
  /** Events placed in time: dated, or tied by order to a dated event; earliest first. */
  placed: TimelineEntry[];
  /** Events with neither a date nor an order that ties them to one, in their known order. */
  unplaced: TimelineEntry[];
  /** Claims about no event, in the article's order. */
  unattached: Rec<ClaimData>[];
}

/**
 * Order an article's events for the timeline. Dates order what they can; `after` links order the
 * rest. An undated event takes its place from the dated events it is tied to (before the earliest
 * dated event that follows it, or after the latest that precedes it); within that, the article's
 * own order breaks ties. Kahn's algorithm keeps every `after` link true. Linear in events and links
 * (the ready set is small), so it stays cheap for large articles.
 */
export function buildTimeline(index: CorpusIndex, articleId: string): Timeline {
  const events = index.eventsOf(articleId);
  const ids = new Set(events.map((e) => e.id));
  const successors = new Map<string, string[]>(events.map((e) => [e.id, []]));
  for (const event of events) {
    for (const before of event.data.after) if (ids.has(before)) successors.get(before)?.push(event.id);
  }
  const dates = new Map(events.map((e) => [e.id, index.dateOf(e)]));
  const own = new Map<string, number>();
  for (const [id, date] of dates) {
    const bounds = dateBounds(date);
    if (bounds) own.set(id, Number.isFinite(bounds.earliest) ? bounds.earliest : bounds.latest);
  }

  // Earliest dated event reachable forwards, latest reachable backwards: memoised walks.
  const forward = new Map<string, number>();
  const bound = (
    id: string,
    next: (id: string) => string[],
    memo: Map<string, number>,
    pick: (a: number, b: number) => number,
    empty: number,
    stack = new Set<string>(),
  ): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (stack.has(id)) return empty;
    stack.add(id);
    let value = empty;
    for (const other of next(id)) value = pick(value, own.get(other) ?? bound(other, next, memo, pick, empty, stack));
    stack.delete(id);
    memo.set(id, value);
    return value;
  };
  const byId = new Map(events.map((e) => [e.id, e]));
  const backward = new Map<string, number>();
  const key = new Map<string, number>();
  for (const event of events) {
    const mine = own.get(event.id);
    if (mine !== undefined) {
      key.set(event.id, mine);
      continue;
    }
    const later = bound(event.id, (id) => successors.get(id) ?? [], forward, Math.min, Number.POSITIVE_INFINITY);
    if (Number.isFinite(later)) {
      key.set(event.id, later - 0.5);
      continue;
    }
    const earlier = bound(event.id, (id) => (byId.get(id)?.data.after ?? []).filter((a) => ids.has(a)), backward, Math.max, Number.NEGATIVE_INFINITY);
    if (Number.isFinite(earlier)) key.set(event.id, earlier + 0.5);
  }

  const position = (event: Rec<EventData>): number => {
    const own = index.range('events', event.id)?.start;
    if (own !== undefined) return own;
    let best = Number.MAX_SAFE_INTEGER;
    for (const claim of index.claimsForEvent(event.id)) best = Math.min(best, index.range('claims', claim.id)?.start ?? best);
    return best;
  };
  const order = (subset: Rec<EventData>[]): Rec<EventData>[] => {
    const inSubset = new Set(subset.map((e) => e.id));
    const pending = new Map(subset.map((e) => [e.id, e.data.after.filter((a) => inSubset.has(a)).length]));
    const rank = (e: Rec<EventData>) => [key.get(e.id) ?? Number.POSITIVE_INFINITY, position(e)] as const;
    const compare = (a: Rec<EventData>, b: Rec<EventData>) => {
      const [ka, pa] = rank(a);
      const [kb, pb] = rank(b);
      return ka - kb || pa - pb || a.id.localeCompare(b.id);
    };
    const ready = subset.filter((e) => pending.get(e.id) === 0);
    const out: Rec<EventData>[] = [];
    while (ready.length > 0) {
      ready.sort(compare);
      const next = ready.shift() as Rec<EventData>;
      out.push(next);
      for (const succ of successors.get(next.id) ?? []) {
        if (!inSubset.has(succ)) continue;
        const left = (pending.get(succ) ?? 0) - 1;
        pending.set(succ, left);
        if (left === 0) ready.push(byId.get(succ) as Rec<EventData>);
      }
    }
    // A cycle cannot pass the content check; should one reach here, keep its events rather than drop them.
    for (const event of subset) if (!out.includes(event)) out.push(event);
    return out;
  };

  const placedOrder = order(events.filter((e) => key.has(e.id)));
  const unplacedOrder = order(events.filter((e) => !key.has(e.id)));
  // A claim about several events is shown once, under the last of them in the timeline (the outcome
  // it explains); the others link to it.
  const slot = new Map([...placedOrder, ...unplacedOrder].map((e, i) => [e.id, i]));
  const home = (claim: Rec<ClaimData>) => claim.data.events.filter((id) => slot.has(id)).sort((a, b) => (slot.get(b) ?? 0) - (slot.get(a) ?? 0))[0];
  const entry = (event: Rec<EventData>): TimelineEntry => ({
    event,
    date: dates.get(event.id) as NormalizedDate,
    claims: index.claimsForEvent(event.id).filter((claim) => home(claim) === event.id),
    mentions: index.claimsForEvent(event.id).filter((claim) => home(claim) !== event.id),
    after: event.data.after.map((id) => byId.get(id)).filter((e): e is Rec<EventData> => e !== undefined),
    before: (successors.get(event.id) ?? []).map((id) => byId.get(id) as Rec<EventData>),
  });
  return {
    placed: placedOrder.map(entry),
    unplaced: unplacedOrder.map(entry),
    unattached: index.claimsOf(articleId).filter((claim) => claim.data.events.length === 0),
  };
}
