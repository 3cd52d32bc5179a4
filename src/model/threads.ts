import { diffWordsWithSpace } from 'diff';
import { dateBounds, formatDate } from '../content/dates.ts';
import type { ArticleData } from '../content/schemas/article.ts';
import type { AttributionLink, ClaimData } from '../content/schemas/claim.ts';
import { languageName } from '../content/schemas/common.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import { oncePerCorpus, type CorpusIndex, type Rec } from './corpus.ts';
import type { GraphEdge, GraphNode } from './graph.ts';
import { articleName, chainOf, sourceLink, sourceName, type ArticleName, type ChainLink, type SourceLink } from './views.ts';
import { baseLanguage, editorTextAttrs, textLanguage, wordsAttrs, type EditorTextAttrs } from './text-direction.ts';
import { SOURCE_KIND_LABELS } from './words.ts';

/**
 * Claim threads (issue 16): claims of different articles that an editor has linked with `sameAs`
 * because they assert the same thing. A thread is followed across the articles that carry it, in
 * order of publication, so a reader sees where the assertion first appears on the site, who passed
 * it on, and how its words changed on the way.
 *
 * `sameAs` names one other claim, and the check refuses a link within one article, a cycle and a
 * missing claim; so every thread is a tree of links with one claim that links nowhere: its root,
 * whose id names the thread (`/threads/<root>/`) and stays the same when appearances are added.
 */

/** One part of a word diff: words both share, or words only the earlier (`removed`) or later (`added`) one has. */
export interface WordChange {
  value: string;
  added: boolean;
  removed: boolean;
}

/** How an appearance differs from the one before it in the thread. */
export interface Changes {
  /** The appearance compared with: the one published just before. */
  against: string;
  /**
   * The article's words for the claim, word by word against the earlier article's; when the two
   * articles are in different languages, its words unmarked, as a translation is not a change of words.
   */
  words: WordChange[];
  /** The earlier article's language, when it is not this one's: the words are then not compared. */
  translatedFrom?: string | undefined;
  /** Hedges the earlier article used that this one does not ("may"), and new ones. */
  hedgesDropped: string[];
  hedgesAdded: string[];
  /** Sources in the earlier chain that this one no longer names, and new ones (ids). */
  sourcesLost: string[];
  sourcesAdded: string[];
}

/** A claim as one article carries it. */
export interface Appearance {
  claim: Rec<ClaimData>;
  article: Rec<ArticleData>;
  /** The article by its publisher, or its title when it names none, as threads and stories name it. */
  name: ArticleName;
  published: NormalizedDate;
  /** The article's own words for the claim, as its anchor marks them. */
  words: string;
  /** Outermost first, after the article; empty when the article says it in its own voice. */
  chain: readonly AttributionLink[];
  /** Who says it in the end: the innermost source's id, or none in the article's own voice. */
  origin: string | undefined;
  /** Against the appearance before it; none for the first. */
  changes?: Changes | undefined;
}

export interface Thread {
  /** The root claim's id. */
  id: string;
  /** In order of publication, the earliest first. */
  appearances: Appearance[];
  /**
   * Appearances whose dates cannot be told apart from the first's (a month against a day in it, an
   * undated article): the site cannot say which came first, and says so.
   */
  tiedWithEarliest: string[];
}

export interface Threads {
  /** In order of their earliest appearance. */
  list: Thread[];
  byId: Map<string, Thread>;
  /** The thread a claim is an appearance of. */
  byClaim: Map<string, Thread>;
}

/** The root of a claim's `sameAs` links: the claim they lead to that links nowhere (cycles are refused by the check, and stopped here). */
function rootOf(index: CorpusIndex, claimId: string): string {
  let id = claimId;
  const seen = new Set<string>();
  for (;;) {
    const next = index.claims.get(id)?.data.sameAs;
    if (!next || !index.claims.has(next) || seen.has(next)) return id;
    seen.add(id);
    id = next;
  }
}

/** Sort key of a date: when it starts and ends; an unknown date after every known one. */
function dateKey(date: NormalizedDate): [number, number] {
  const bounds = dateBounds(date);
  return bounds ? [bounds.earliest, bounds.latest] : [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
}

/** Whether one date is known to come before another: its last possible day is before the other's first. */
export function knownBefore(a: NormalizedDate, b: NormalizedDate): boolean {
  const first = dateBounds(a);
  const second = dateBounds(b);
  return first !== null && second !== null && first.latest < second.earliest;
}

/** Publication order: by the first day a date could mean, then the last, then by `sameAs` (the claim linked to first), then by id. */
function byPublication(depth: (a: Appearance) => number) {
  return (a: Appearance, b: Appearance) => {
    const [as, ae] = dateKey(a.published);
    const [bs, be] = dateKey(b.published);
    return as - bs || ae - be || depth(a) - depth(b) || a.article.id.localeCompare(b.article.id) || a.claim.id.localeCompare(b.claim.id);
  };
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

/**
 * A word diff read as a reader reads a correction: each stretch of changes, with the spaces between
 * them, becomes the earlier words, then the later ones ("a foreign company" → "Caspiana Energy"),
 * not words of both interleaved. Joining what is not removed still gives the later words exactly.
 */
export function wordRuns(parts: readonly { value: string; added?: boolean; removed?: boolean }[]): WordChange[] {
  const out: WordChange[] = [];
  let run: WordChange[] = [];
  const isChange = (p: WordChange | undefined) => p !== undefined && (p.added || p.removed);
  const close = (): string => {
    // Spaces after the last change belong to the unchanged words that follow it.
    let held = '';
    while (run.length > 0 && !isChange(run.at(-1))) held = (run.pop()?.value ?? '') + held;
    const earlier = run
      .filter((p) => !p.added)
      .map((p) => p.value)
      .join('');
    const later = run
      .filter((p) => !p.removed)
      .map((p) => p.value)
      .join('');
    if (earlier.trim()) out.push({ value: earlier.trimEnd(), added: false, removed: true });
    // Spaces alone are not a change a reader needs marked: they go with the words that follow.
    if (later.trim()) out.push({ value: later, added: true, removed: false });
    run = [];
    return later.trim() ? held : later + held;
  };
  for (const part of parts) {
    const p = { value: part.value, added: part.added === true, removed: part.removed === true };
    if (isChange(p) || (run.length > 0 && p.value.trim() === '')) run.push(p);
    else out.push({ value: close() + p.value, added: false, removed: false });
  }
  const held = close();
  if (held) out.push({ value: held, added: false, removed: false });
  return out;
}

/** What changed from one appearance to the next: the words, the hedges, the sources named. */
export function changesBetween(before: Appearance, after: Appearance): Changes {
  const hedgesBefore = lower(before.claim.data.hedges);
  const hedgesAfter = lower(after.claim.data.hedges);
  const sourcesBefore = new Set(before.chain.map((l) => l.source));
  const sourcesAfter = new Set(after.chain.map((l) => l.source));
  const translated = baseLanguage(before.article.data.language) !== baseLanguage(after.article.data.language);
  return {
    against: before.claim.id,
    words: translated ? [{ value: after.words, added: false, removed: false }] : wordRuns(diffWordsWithSpace(before.words, after.words)),
    ...(translated ? { translatedFrom: before.article.data.language } : {}),
    hedgesDropped: before.claim.data.hedges.filter((h) => !hedgesAfter.has(h.toLowerCase())),
    hedgesAdded: after.claim.data.hedges.filter((h) => !hedgesBefore.has(h.toLowerCase())),
    sourcesLost: [...sourcesBefore].filter((s) => !sourcesAfter.has(s)),
    sourcesAdded: [...sourcesAfter].filter((s) => !sourcesBefore.has(s)),
  };
}

/** Whether anything a reader would see changed: words (a translation among them), hedges or sources. */
export function changed(changes: Changes | undefined): boolean {
  if (!changes) return false;
  return (
    changes.translatedFrom !== undefined ||
    changes.words.some((part) => part.added || part.removed) ||
    changes.hedgesDropped.length + changes.hedgesAdded.length + changes.sourcesLost.length + changes.sourcesAdded.length > 0
  );
}

function appearanceOf(index: CorpusIndex, claim: Rec<ClaimData>): Appearance | undefined {
  const article = index.articles.get(claim.data.article);
  if (!article) return undefined;
  const range = index.range('claims', claim.id);
  const text = index.texts.get(article.id);
  return {
    claim,
    article,
    name: articleName(article),
    published: normalizeDate(article.data.published),
    words: range && text !== undefined ? text.slice(range.start, range.end) : claim.data.anchor.exact,
    chain: claim.data.attribution,
    origin: claim.data.attribution.at(-1)?.source,
  };
}

/** Every thread of the corpus: the claims linked by `sameAs`, grouped by their root, each in order of publication. */
export function buildThreads(index: CorpusIndex): Threads {
  const members = new Map<string, Rec<ClaimData>[]>();
  const linked = new Set<string>();
  for (const claim of index.claims.values()) {
    if (claim.data.sameAs && index.claims.has(claim.data.sameAs)) {
      linked.add(claim.id);
      linked.add(claim.data.sameAs);
    }
  }
  for (const id of linked) {
    const claim = index.claims.get(id);
    if (!claim) continue;
    const root = rootOf(index, id);
    const list = members.get(root) ?? [];
    list.push(claim);
    members.set(root, list);
  }
  const depthOf = (claimId: string) => {
    let depth = 0;
    for (let id = claimId, next = index.claims.get(id)?.data.sameAs; next && depth < index.claims.size; id = next, next = index.claims.get(id)?.data.sameAs)
      depth++;
    return depth;
  };
  const list: Thread[] = [];
  for (const [root, claims] of members) {
    const appearances = claims.flatMap((claim) => appearanceOf(index, claim) ?? []);
    appearances.sort(byPublication((a) => depthOf(a.claim.id)));
    appearances.forEach((appearance, i) => {
      const before = appearances[i - 1];
      if (before) appearance.changes = changesBetween(before, appearance);
    });
    const first = appearances[0];
    if (!first || appearances.length < 2) continue;
    const tiedWithEarliest = appearances.slice(1).flatMap((a) => (knownBefore(first.published, a.published) ? [] : [a.claim.id]));
    list.push({ id: root, appearances, tiedWithEarliest });
  }
  list.sort((a, b) => {
    const [x, y] = [a.appearances[0], b.appearances[0]] as [Appearance, Appearance];
    return byPublication(() => 0)(x, y) || a.id.localeCompare(b.id);
  });
  const byClaim = new Map<string, Thread>();
  for (const thread of list) for (const appearance of thread.appearances) byClaim.set(appearance.claim.id, thread);
  return { list, byId: new Map(list.map((t) => [t.id, t])), byClaim };
}

/** The corpus's threads, worked out once per index. */
export const threadsOf = oncePerCorpus(buildThreads);

/** A thread's title: the assertion as the earliest article carries it, presented as what the articles say. */
export function threadStatement(thread: Thread): string {
  return thread.appearances[0]?.claim.data.statement ?? thread.id;
}

/**
 * The thread's title with the `lang` and `dir` it is shown with: an editor's words, marked as in the
 * earliest article's language when written in its letters (a Persian statement reads right to left).
 */
export function threadTitle(thread: Thread): ArticleName {
  const text = threadStatement(thread);
  const first = thread.appearances[0];
  return { text, attrs: first ? editorTextAttrs(text, textLanguage(first.article.data.language)) : {} };
}

/** What one source did across the site's threads (issue 16.4). */
export interface SourceThreadFigures {
  /** Threads whose earliest appearance has this source as the one who says it. */
  earliest: Thread[];
  /** Threads in which it only passes on what others say, never the one who says it. */
  onlyRelays: Thread[];
  /** Threads in which it says the claim and a later article carries it in other words, hedges or sources: its first such appearance, and those later ones. */
  changedLater: { thread: Thread; title: ArticleName; appearance: Appearance; later: Appearance[] }[];
}

/** A source's record across the threads (every source's page asks, so all are worked out in one pass over the threads). */
export function sourceThreadFigures(index: CorpusIndex, sourceId: string): SourceThreadFigures {
  return everySourceThreadFigures(index).get(sourceId) ?? { earliest: [], onlyRelays: [], changedLater: [] };
}

const everySourceThreadFigures = oncePerCorpus((index): ReadonlyMap<string, SourceThreadFigures> => {
  const bySource = new Map<string, SourceThreadFigures>();
  const of = (sourceId: string) => {
    let figures = bySource.get(sourceId);
    if (!figures) bySource.set(sourceId, (figures = { earliest: [], onlyRelays: [], changedLater: [] }));
    return figures;
  };
  for (const thread of threadsOf(index).list) {
    const { appearances } = thread;
    const first = appearances[0]?.origin;
    if (first) of(first).earliest.push(thread);
    const says = new Set(appearances.flatMap((a) => (a.origin ? [a.origin] : [])));
    const relays = new Set(appearances.flatMap((a) => a.chain.slice(0, -1).map((l) => l.source)));
    for (const sourceId of relays) if (!says.has(sourceId)) of(sourceId).onlyRelays.push(thread);
    for (const sourceId of says) {
      // Once a thread: from the first article that has it say the claim.
      const i = appearances.findIndex((a) => a.origin === sourceId);
      const appearance = appearances[i];
      if (!appearance) continue;
      const reworded = appearances.slice(i + 1).filter((a) => changed(changesBetween(appearance, a)));
      if (reworded.length > 0) of(sourceId).changedLater.push({ thread, title: threadTitle(thread), appearance, later: reworded });
    }
  }
  return bySource;
});

/** A source's name for sentences about a thread. */
export function originName(index: CorpusIndex, appearance: Appearance): string | undefined {
  return appearance.origin ? sourceName(index, appearance.origin) : undefined;
}

/**
 * The path of a thread as a graph (issue 16.2): each article and each source one box (a source in
 * several chains of the thread is one box), each relay an arrow from who said it to who passed it
 * on, carrying that source's verb as its article writes it; the last arrow of a chain reaches the
 * article. Read left to right, the assertion travels from whoever said it first to each article.
 */
export interface PathGraph {
  thread: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function pathGraph(index: CorpusIndex, thread: Thread, appearances: readonly Appearance[] = thread.appearances): PathGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const earliest = thread.appearances[0]?.claim.id;
  const sourceNode = (id: string): string => {
    const key = `source:${id}`;
    if (!nodes.has(key)) {
      const source = index.sources.get(id);
      nodes.set(key, {
        key,
        kind: 'source',
        id,
        label: source?.data.name ?? id,
        detail: source ? SOURCE_KIND_LABELS[source.data.kind] : 'Source',
        depth: 0,
        path: `sources/${id}/`,
        as: [],
        ...(source?.data.nativeName ? { nativeName: { text: source.data.nativeName.text, lang: source.data.nativeName.lang } } : {}),
      });
    }
    return key;
  };
  // Sources first, in the order their chains reach them from the inside, then the articles in
  // order of publication: the layout keeps this order within each column.
  for (const appearance of appearances) for (const link of [...appearance.chain].reverse()) sourceNode(link.source);
  for (const appearance of appearances) {
    const { article, claim } = appearance;
    const key = `article:${article.id}:${claim.id}`;
    nodes.set(key, {
      key,
      kind: 'article',
      id: article.id,
      label: appearance.name.text,
      detail: `${formatDate(appearance.published)}${appearance.published.inferred ? ' (inferred)' : ''}${claim.id === earliest ? ' · earliest known' : ''}`,
      depth: 0,
      path: `articles/${article.id}/`,
      as: [],
    });
    const chain = appearance.chain;
    const lang = wordsAttrs(textLanguage(article.data.language)).lang;
    chain.forEach((link, i) => {
      const from = sourceNode(link.source);
      const outer = chain[i - 1];
      const to = outer ? sourceNode(outer.source) : key;
      const edgeKey = `${from} -> ${to} ${link.verb}`;
      if (edges.has(edgeKey)) return;
      const venue = link.venue ? index.sources.get(link.venue) : undefined;
      edges.set(edgeKey, {
        key: edgeKey,
        from,
        to,
        verb: link.verb,
        articleWord: true,
        ...(lang ? { lang } : {}),
        ...(link.venue ? { venue: { id: link.venue, name: venue?.data.name ?? link.venue } } : {}),
      });
    });
  }
  return { thread: thread.id, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** An appearance as the thread page shows it: names and links worked out, the changes in words. */
export interface AppearanceView {
  /** Its place in the thread, 1 for the earliest. */
  number: number;
  claimId: string;
  /** The claim's own page, with the base. */
  claimPage: string;
  statement: string;
  /** `name`: by its publisher, or its title when it names none. */
  article: { id: string; name: ArticleName; page: string; language: string };
  published: NormalizedDate;
  words: string;
  chain: ChainLink[];
  hedges: string[];
  earliest: boolean;
  /** Its date cannot be told apart from the earliest's. */
  tied: boolean;
  changes?:
    | {
        /** The earlier article, by its publisher or title. */
        against: ArticleName;
        words: WordChange[];
        /** The earlier article's language by name ("Japanese"), when it is not this one's. */
        translatedFrom?: string | undefined;
        hedgesDropped: string[];
        hedgesAdded: string[];
        sourcesLost: SourceLink[];
        sourcesAdded: SourceLink[];
        any: boolean;
      }
    | undefined;
}

/**
 * Appearances on one page of a thread: each is a card with its chain and words, and a box and its
 * arrows in the path, so a thread that many articles carry goes on at `page/2/`… and no page outgrows
 * its budget.
 */
export const THREAD_PAGE_SIZE = 8;

/** The page of a thread that shows an appearance (1-based), and its path inside the site. */
export function threadPageOf(thread: Thread, claimId: string): { number: number; path: string } {
  const i = Math.max(
    0,
    thread.appearances.findIndex((a) => a.claim.id === claimId),
  );
  const number = Math.floor(i / THREAD_PAGE_SIZE) + 1;
  return { number, path: `threads/${thread.id}/${number > 1 ? `page/${number}/` : ''}` };
}

export interface ThreadView {
  id: string;
  page: string;
  /** This page of the thread (1-based), and how many it has. */
  number: number;
  pages: number;
  /** How many articles carry it in all. */
  total: number;
  /** The assertion as the earliest article carries it. */
  statement: string;
  /** Its `lang` and `dir` (`threadTitle`). */
  statementAttrs: EditorTextAttrs;
  appearances: AppearanceView[];
  /** Who says it in the earliest appearance, by name; none when that article says it in its own voice. */
  firstSaidBy: string | undefined;
  path: PathGraph;
}

export function threadView(index: CorpusIndex, thread: Thread, base: string, number = 1): ThreadView {
  const tied = new Set(thread.tiedWithEarliest);
  const byClaim = new Map(thread.appearances.map((a) => [a.claim.id, a]));
  const first = thread.appearances[0];
  const offset = (number - 1) * THREAD_PAGE_SIZE;
  const shown = thread.appearances.slice(offset, offset + THREAD_PAGE_SIZE);
  const title = threadTitle(thread);
  return {
    id: thread.id,
    page: `${base}threads/${thread.id}/`,
    number,
    pages: Math.max(1, Math.ceil(thread.appearances.length / THREAD_PAGE_SIZE)),
    total: thread.appearances.length,
    statement: title.text,
    statementAttrs: title.attrs,
    firstSaidBy: first ? originName(index, first) : undefined,
    path: pathGraph(index, thread, shown),
    appearances: shown.map((appearance, j) => {
      const i = offset + j;
      const { claim, article, changes } = appearance;
      const before = changes ? byClaim.get(changes.against) : undefined;
      return {
        number: i + 1,
        claimId: claim.id,
        claimPage: `${base}claims/${claim.id}/`,
        statement: claim.data.statement,
        article: {
          id: article.id,
          name: appearance.name,
          page: `${base}articles/${article.id}/`,
          language: article.data.language,
        },
        published: appearance.published,
        words: appearance.words,
        chain: chainOf(index, appearance.chain, base),
        hedges: claim.data.hedges,
        earliest: i === 0,
        tied: tied.has(claim.id),
        ...(changes && before
          ? {
              changes: {
                against: before.name,
                words: changes.words,
                ...(changes.translatedFrom ? { translatedFrom: languageName(changes.translatedFrom) ?? changes.translatedFrom } : {}),
                hedgesDropped: changes.hedgesDropped,
                hedgesAdded: changes.hedgesAdded,
                sourcesLost: changes.sourcesLost.map((id) => sourceLink(index, id, base)),
                sourcesAdded: changes.sourcesAdded.map((id) => sourceLink(index, id, base)),
                any: changed(changes),
              },
            }
          : {}),
      };
    }),
  };
}
