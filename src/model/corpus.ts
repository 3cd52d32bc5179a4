import type { ArticleData } from '../content/schemas/article.ts';
import type { AttributionLink, ClaimData, RelationType } from '../content/schemas/claim.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import type { QuoteData } from '../content/schemas/quote.ts';
import type { SourceData } from '../content/schemas/source.ts';
import type { StoryData } from '../content/schemas/story.ts';
import type { TextRange } from '../content/anchor.ts';
import { segmenter } from '../content/words.ts';

/** What the content check worked out of each article: its text, and the resolved range of each anchor (`claims/<id>` …). */
export interface Analysis {
  texts: ReadonlyMap<string, string>;
  ranges: ReadonlyMap<string, TextRange>;
}

/** A record as pages and tests hand it over: an id, its data, and its markdown body. */
export interface Rec<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export interface PlainCorpus {
  articles: Rec<ArticleData>[];
  sources: Rec<SourceData>[];
  claims: Rec<ClaimData>[];
  quotes: Rec<QuoteData>[];
  events: Rec<EventData>[];
  /** Story records (issue 16.3); a corpus without any leaves them out. */
  stories?: Rec<StoryData>[];
}

/** A relation as seen from one claim: its own (`out`) or another claim's, pointing back (`in`). */
export interface RelatedClaim {
  type: RelationType;
  direction: 'out' | 'in';
  /** "contradicts", "contradicted by", "supports", "supported by", "responds to", "responded to by". */
  label: string;
  claim: Rec<ClaimData>;
}

/** Where a source sits in a claim's chain. */
export interface SourceRole {
  claim: Rec<ClaimData>;
  /** 1-based position after the article. */
  position: number;
  /** `speaker` (innermost), `relay` (passes on someone else's words), or `venue`. */
  role: 'speaker' | 'relay' | 'venue';
  link: AttributionLink;
}

/** Whose voice a claim is in: the article's own, one source's, or a source passing on another's. */
export type Voice = 'article' | 'reported' | 'relayed';

export const RELATION_LABELS: Record<RelationType, { out: string; in: string }> = {
  contradicts: { out: 'contradicts', in: 'contradicted by' },
  supports: { out: 'supports', in: 'supported by' },
  'responds-to': { out: 'responds to', in: 'responded to by' },
};

/** How far before or after a claim its sentence may reach and still be shown whole around it, in UTF-16 units. */
const SENTENCE_REACH = 240;

/** Where the sentence that holds the offset `at` starts, when that is at most `SENTENCE_REACH` before it and after `floor` (its paragraph's start). */
function sentenceStart(text: string, floor: number, at: number, lang: string | undefined): number | undefined {
  const from = Math.max(floor, at - SENTENCE_REACH);
  let start: number | undefined;
  for (const { index } of segmenter(lang, 'sentence').segment(text.slice(from, at))) start = index;
  // A boundary at the slice's own start is one only where the paragraph starts there.
  if (start === undefined || (start === 0 && from > floor)) return undefined;
  return from + start;
}

/** Where the sentence that holds the offset `at` ends (its last letter or mark, before any space), when that is at most `SENTENCE_REACH` after it. */
function sentenceEnd(text: string, at: number, ceiling: number, lang: string | undefined): number | undefined {
  const slice = text.slice(at, Math.min(ceiling, at + SENTENCE_REACH));
  const [first] = segmenter(lang, 'sentence').segment(slice);
  if (!first || (first.segment.length === slice.length && at + slice.length < ceiling)) return undefined;
  return at + first.segment.trimEnd().length;
}

/** Where words begin and end in a text (offsets in UTF-16 units), as `Intl.Segmenter` finds them for its language. */
function wordBoundaries(text: string, lang: string | undefined): number[] {
  const out = [0];
  for (const segment of segmenter(lang, 'word').segment(text)) out.push(segment.index + segment.segment.length);
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Everything the pages look up, built once in linear time from the plain records: maps by id,
 * records by article and by source, relations both ways, resolved anchors and article texts.
 */
export class CorpusIndex {
  readonly articles: Map<string, Rec<ArticleData>>;
  readonly sources: Map<string, Rec<SourceData>>;
  readonly claims: Map<string, Rec<ClaimData>>;
  readonly quotes: Map<string, Rec<QuoteData>>;
  readonly events: Map<string, Rec<EventData>>;
  readonly stories: Map<string, Rec<StoryData>>;
  readonly texts = new Map<string, string>();
  /** Resolved anchors by `claims/<id>`, `quotes/<id>`, `events/<id>`. */
  readonly ranges = new Map<string, TextRange>();
  readonly #claimsByArticle: Map<string, Rec<ClaimData>[]>;
  readonly #quotesByArticle: Map<string, Rec<QuoteData>[]>;
  readonly #eventsByArticle: Map<string, Rec<EventData>[]>;
  readonly #quotesByClaim = new Map<string, Rec<QuoteData>[]>();
  readonly #quotesBySpeaker: Map<string, Rec<QuoteData>[]>;
  readonly #claimsByEvent = new Map<string, Rec<ClaimData>[]>();
  readonly #rolesBySource = new Map<string, SourceRole[]>();
  readonly #incoming = new Map<string, { type: RelationType; from: string }[]>();
  readonly #partsOf: Map<string, Rec<SourceData>[]>;
  readonly #eventsBySource = new Map<string, Rec<EventData>[]>();

  /** The index of a content check's result: its valid records and what it worked out of them. */
  static fromCheck(result: { corpus: PlainCorpus; analysis: Analysis }): CorpusIndex {
    return new CorpusIndex(result.corpus, result.analysis);
  }

  constructor(corpus: PlainCorpus, analysis: Analysis) {
    const byId = <T>(list: Rec<T>[]) => new Map(list.map((rec) => [rec.id, rec]));
    this.articles = byId(corpus.articles);
    this.sources = byId(corpus.sources);
    this.claims = byId(corpus.claims);
    this.quotes = byId(corpus.quotes);
    this.events = byId(corpus.events);
    this.stories = byId(corpus.stories ?? []);
    for (const [id, text] of analysis.texts) this.texts.set(id, text);
    for (const [key, range] of analysis.ranges) this.ranges.set(key, range);

    const byPosition =
      <T>(collection: string) =>
      (a: Rec<T>, b: Rec<T>) =>
        (this.ranges.get(`${collection}/${a.id}`)?.start ?? Number.MAX_SAFE_INTEGER) -
          (this.ranges.get(`${collection}/${b.id}`)?.start ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);
    this.#claimsByArticle = groupBy([...corpus.claims].sort(byPosition('claims')), (c) => c.data.article);
    this.#quotesByArticle = groupBy([...corpus.quotes].sort(byPosition('quotes')), (q) => q.data.article);
    this.#eventsByArticle = groupBy(corpus.events, (e) => e.data.article);
    this.#quotesBySpeaker = groupBy([...corpus.quotes].sort(byPosition('quotes')), (q) => q.data.speaker);
    this.#partsOf = groupBy(
      corpus.sources.filter((s) => s.data.partOf),
      (s) => s.data.partOf as string,
    );

    for (const event of corpus.events) {
      for (const sourceId of event.data.sources) {
        const list = this.#eventsBySource.get(sourceId) ?? [];
        list.push(event);
        this.#eventsBySource.set(sourceId, list);
      }
    }
    for (const quote of [...corpus.quotes].sort(byPosition('quotes'))) {
      for (const claimId of quote.data.claims) {
        const list = this.#quotesByClaim.get(claimId) ?? [];
        list.push(quote);
        this.#quotesByClaim.set(claimId, list);
      }
    }
    for (const claim of [...corpus.claims].sort(byPosition('claims'))) {
      for (const eventId of claim.data.events) {
        const list = this.#claimsByEvent.get(eventId) ?? [];
        list.push(claim);
        this.#claimsByEvent.set(eventId, list);
      }
      claim.data.attribution.forEach((link, i) => {
        const role: SourceRole['role'] = i === claim.data.attribution.length - 1 ? 'speaker' : 'relay';
        const add = (sourceId: string, r: SourceRole['role']) => {
          const list = this.#rolesBySource.get(sourceId) ?? [];
          list.push({ claim, position: i + 1, role: r, link });
          this.#rolesBySource.set(sourceId, list);
        };
        add(link.source, role);
        if (link.venue) add(link.venue, 'venue');
      });
      for (const relation of claim.data.relations) {
        const list = this.#incoming.get(relation.claim) ?? [];
        list.push({ type: relation.type, from: claim.id });
        this.#incoming.set(relation.claim, list);
      }
    }
  }

  claimsOf(articleId: string): Rec<ClaimData>[] {
    return this.#claimsByArticle.get(articleId) ?? [];
  }
  quotesOf(articleId: string): Rec<QuoteData>[] {
    return this.#quotesByArticle.get(articleId) ?? [];
  }
  eventsOf(articleId: string): Rec<EventData>[] {
    return this.#eventsByArticle.get(articleId) ?? [];
  }
  /**
   * Every source an article names: whom its claims are attributed to and where they were said (the
   * values of its Source filter), who speaks its quotes and where, and who reports its events.
   */
  sourcesNamedIn(articleId: string): Set<string> {
    const ids = new Set<string>();
    const add = (id: string | undefined) => id && ids.add(id);
    for (const claim of this.claimsOf(articleId)) {
      for (const link of claim.data.attribution) {
        add(link.source);
        add(link.venue);
      }
    }
    for (const quote of this.quotesOf(articleId)) {
      add(quote.data.speaker);
      add(quote.data.venue);
    }
    for (const event of this.eventsOf(articleId)) event.data.sources.forEach(add);
    return ids;
  }
  quotesForClaim(claimId: string): Rec<QuoteData>[] {
    return this.#quotesByClaim.get(claimId) ?? [];
  }
  quotesBySpeaker(sourceId: string): Rec<QuoteData>[] {
    return this.#quotesBySpeaker.get(sourceId) ?? [];
  }
  claimsForEvent(eventId: string): Rec<ClaimData>[] {
    return this.#claimsByEvent.get(eventId) ?? [];
  }
  /** Every place a source appears in a chain, in article order. */
  rolesOf(sourceId: string): SourceRole[] {
    return this.#rolesBySource.get(sourceId) ?? [];
  }
  /** Events a source takes part in (its post being published, its interview). */
  eventsOfSource(sourceId: string): Rec<EventData>[] {
    return this.#eventsBySource.get(sourceId) ?? [];
  }
  /** Sources that belong to this one (the reports of an outlet, the posts of a person). */
  partsOf(sourceId: string): Rec<SourceData>[] {
    return this.#partsOf.get(sourceId) ?? [];
  }

  /** A claim's relations, its own and the ones pointing at it, each once. */
  related(claimId: string): RelatedClaim[] {
    const claim = this.claims.get(claimId);
    const out: RelatedClaim[] = [];
    const seen = new Set<string>();
    for (const relation of claim?.data.relations ?? []) {
      const other = this.claims.get(relation.claim);
      if (!other) continue;
      seen.add(`${relation.type} ${other.id}`);
      out.push({ type: relation.type, direction: 'out', label: RELATION_LABELS[relation.type].out, claim: other });
    }
    for (const { type, from } of this.#incoming.get(claimId) ?? []) {
      const other = this.claims.get(from);
      if (!other || seen.has(`${type} ${from}`)) continue;
      out.push({ type, direction: 'in', label: RELATION_LABELS[type].in, claim: other });
    }
    return out;
  }

  voice(claim: Rec<ClaimData>): Voice {
    const length = claim.data.attribution.length;
    if (length === 0) return 'article';
    return length === 1 ? 'reported' : 'relayed';
  }

  range(collection: 'claims' | 'quotes' | 'events', id: string): TextRange | undefined {
    return this.ranges.get(`${collection}/${id}`);
  }

  /**
   * The words of the article around a span, for showing an anchor in context: up to `width`
   * characters each side within its paragraph, cut between words (as the article's language
   * segments them, so Thai or Chinese text is cut between words too), never inside one.
   */
  context(collection: 'claims' | 'quotes' | 'events', id: string, articleId: string, width = 90): { before: string; exact: string; after: string } | undefined {
    const range = this.range(collection, id);
    const text = this.texts.get(articleId);
    if (!range || text === undefined) return undefined;
    const paragraphStart = text.lastIndexOf('\n', range.start - 1) + 1;
    const found = text.indexOf('\n', range.end);
    const paragraphEnd = found === -1 ? text.length : found;
    const lang = this.articles.get(articleId)?.data.language;
    // The first boundary at or after the widest start, the last at or before the widest end. Only
    // the words near each cut are segmented (a margin before it, for a word that begins earlier),
    // so a long paragraph with many claims costs no more than a short one.
    const from = range.start - width;
    const to = range.end + width;
    const margin = 64;
    let start = paragraphStart;
    if (from > paragraphStart) {
      const at = Math.max(paragraphStart, from - margin);
      const cut = wordBoundaries(text.slice(at, range.start), lang).find((b) => at + b >= from);
      start = cut === undefined ? range.start : at + cut;
      // The whole sentence when it is not long: the words that open it are often whose claim it is
      // ("According to the Ledger and to Tolo Today, it had not been cancelled").
      start = Math.min(start, sentenceStart(text, paragraphStart, range.start, lang) ?? start);
    }
    let end = paragraphEnd;
    if (to < paragraphEnd) {
      const cut = wordBoundaries(text.slice(range.end, Math.min(paragraphEnd, to + margin)), lang).findLast((b) => range.end + b <= to);
      end = cut === undefined ? range.end : range.end + cut;
      // And to its end, for words that close it ("…, as per a TOLONews report.").
      end = Math.max(end, sentenceEnd(text, range.end, paragraphEnd, lang) ?? end);
    }
    return {
      before: (start > paragraphStart ? '…' : '') + text.slice(start, range.start).trimStart(),
      exact: text.slice(range.start, range.end),
      after: text.slice(range.end, end).trimEnd() + (end < paragraphEnd ? '…' : ''),
    };
  }

  dateOf(event: Rec<EventData>): NormalizedDate {
    return normalizeDate(event.data.date);
  }
}

/**
 * `build` worked out once per corpus index and kept while the index lives: for what many pages ask
 * of the whole corpus (its threads, its stories, the articles in order), so a build of N pages does
 * not pay N times for it.
 */
export function oncePerCorpus<T>(build: (index: CorpusIndex) => T): (index: CorpusIndex) => T {
  const cache = new WeakMap<CorpusIndex, T>();
  return (index) => {
    if (!cache.has(index)) cache.set(index, build(index));
    return cache.get(index) as T;
  };
}
