import type { ArticleData } from '../content/schemas/article.ts';
import type { ClaimData } from '../content/schemas/claim.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import type { QuoteData } from '../content/schemas/quote.ts';
import type { CorpusIndex, Rec, Voice } from './corpus.ts';
import { facetOptions, filterTimeline, FACETS, type Facet, type FacetOption, type Filter } from './filters.ts';
import { sourceArticleAnchor, sourcePageOfArticle } from './listings.ts';
import {
  buildGraph,
  graphSummary,
  graphTree,
  mapAreas,
  mapGraph,
  mapTargets,
  type AttributionGraph,
  type GraphLayout,
  type GraphTreeItem,
  type LayoutGraph,
  type MapArea,
} from './graph.ts';
import {
  ARTICLE_MAP_LINKS,
  GRAPH_DRAWN_BOXES,
  GRAPH_MAP_LINKS,
  QUOTES_PER_PAGE,
  RELATED_ON_CARD,
  SOURCE_FILTERS,
  TEXT_ON_PAGE,
  TEXT_PART,
  TIMELINE_PAGE_ITEMS,
  TIMELINE_PAGE_ITEMS_ALONE,
} from './page-sizes.ts';
import { paginateTimeline, type PagedTimeline, type TimelinePage } from './paginate.ts';
import { articleTree, cutBlocks, markersFor, markIds, markText, sizeOf, textAnnotations, toHtml, type Markers } from './text.ts';
import { buildTimeline } from './timeline.ts';
import { quoteChain } from './cards.ts';
import { correctionsView, type CorrectionsView } from './corrections.ts';
import { editorTextAttrs, textLanguage, type EditorTextAttrs, type TextLanguage } from './text-direction.ts';
import {
  chainOf,
  claimWords,
  printerPage,
  publisherName,
  titleName,
  sourceLink,
  speakerOf,
  toldBy,
  TOLD_WORDS,
  whoClaims,
  type ChainLink,
  type SourceLink,
  type Told,
} from './views.ts';
import { plural } from './words.ts';

/**
 * Everything an article's pages show, built once per article (src/data.ts keeps it): its facts and
 * counts, the markers of its text, its timeline cut into pages for the whole article and for each
 * filter, where every entry is, its annotated text (beside the timeline or on pages of its own), its
 * attribution graph and which form each page shows it in, and what each claim, quote and event shows
 * wherever it appears. Pages pick a view of it; components format what they are handed.
 *
 * Every size is fixed (src/model/page-sizes.ts): which form a part takes is decided from counts.
 */

/** "According to …" as it reads after other words: "according to …". */
const lowerFirst = (words: string) => `${words[0]?.toLowerCase() ?? ''}${words.slice(1)}`;

export interface ArticleModelOptions {
  /** The base path the site is served under, with slashes at both ends: `/`, `/analysis/`. */
  base: string;
  /** Lays out a graph (src/render/graph-layout.ts): used the first time a page asks. */
  layout: LayoutGraph;
}

/** A claim as every page shows it. */
export interface ClaimView {
  id: string;
  record: Rec<ClaimData>;
  statement: string;
  /** Kind and status in words. */
  kind: string;
  status: { value: ClaimData['status']; label: string; explain: string };
  voice: Voice;
  voiceWords: { label: string; explain: string };
  /** The innermost source's name; nothing when the article says it in its own voice. */
  speaker?: string | undefined;
  /** Who claims it, from its chain, to put before the statement wherever it stands alone (a heading, a title): "According to Khawaja Asif". */
  who: string;
  chain: ChainLink[];
  /** The language of the article's words (its chain's verbs, its words in context) and the direction they read in. */
  lang: TextLanguage;
  /** The attributes of the statement, which its editor may have written in the site's language or the article's. */
  statementAttrs: EditorTextAttrs;
  corrections?: CorrectionsView | undefined;
  hedges: string[];
  /** The claim's relations, both ways, each once ("Contradicted by"), with where the other claim is. */
  related: {
    label: string;
    id: string;
    /**
     * Who claims the other claim, after the relation's label: "a claim according to …", "a claim in
     * the article's own voice", so that its statement never reads as the site's own and the line reads
     * as a sentence ("Contradicted by a claim according to Hidrobras: …").
     */
    who: string;
    statement: string;
    statementAttrs: ClaimView['statementAttrs'];
    sameArticle: boolean;
    page: string;
  }[];
  /** Quotes of the article that carry it. */
  quotes: string[];
  events: { id: string; title: string; entry: string }[];
  /** Its marker in the text (C3), when its anchor is marked. */
  marker?: string | undefined;
  /** Its own page; its entry on the article's timeline; its words in the annotated text (each with the base). */
  page: string;
  entry: string;
  inText: string;
  /** Its words in the article, with some of the text around them. */
  context?: { before: string; exact: string; after: string } | undefined;
}

export interface QuoteView {
  id: string;
  record: Rec<QuoteData>;
  text: string;
  /** The quotation marks the article prints around the words (straight, curly, guillemets), or none when the words carry their own. */
  marks: { open: string; close: string };
  lang: TextLanguage;
  corrections?: CorrectionsView | undefined;
  speaker: SourceLink;
  /** Who the words reach the article through, to their speaker: the chain of a claim they carry, cut at the speaker. */
  chain: ChainLink[];
  verb?: string | undefined;
  venue?: SourceLink | undefined;
  date?: NormalizedDate | undefined;
  /** The claims it carries, with their markers in the text. */
  claims: { id: string; statement: string; statementAttrs: ClaimView['statementAttrs']; marker?: string | undefined; page: string }[];
  marker?: string | undefined;
  page: string;
  entry: string;
  inText: string;
  context?: { before: string; exact: string; after: string } | undefined;
}

export interface EventView {
  id: string;
  record: Rec<EventData>;
  title: string;
  /** The title's language and direction, when written in the article's letters (src/model/text-direction.ts). */
  titleAttrs: EditorTextAttrs;
  date: NormalizedDate;
  marker?: string | undefined;
  corrections?: CorrectionsView | undefined;
  told: Told;
  toldWords: (typeof TOLD_WORDS)[Told];
  /** Every claim about it, in the article's order. */
  claims: string[];
  after: { id: string; title: string; page: string }[];
  page: string;
  entry: string;
  /** Its words in the annotated text, when it is anchored. */
  inText?: string | undefined;
}

/** One page an article is shown on: the whole article or one filter of it, and one page of its timeline. */
export interface ArticlePage {
  /** The path under `articles/<id>/`: '' for the first page, `kind/accusation/`, `page/2/`, `kind/accusation/page/2/`. */
  path: string;
  filter?: Filter | undefined;
  /** The filter value in words ("Accusation"). */
  label?: string | undefined;
  number: number;
  pageCount: number;
  timeline: TimelinePage;
  /** Claims in this view (on all its pages). */
  shown: number;
  /** The annotated text, as HTML with this page's links, when the page carries it. */
  text?: string | undefined;
  /** The quotes listed on this page. */
  quotes: QuoteView[];
  /**
   * The article's first page, its overview: its facts, its text (when short) and its attribution
   * graph. The other pages (`page/2/`, each filter) are views of its timeline alone, linking back to
   * the overview for the text and the graph: each would otherwise repeat them, and they are most of
   * an article's pages.
   */
  overview: boolean;
  /** How the overview shows the attribution graph: its map, or a sentence and a link to the graph page; the other pages link to the graph page. */
  graph: 'map' | 'link';
  /** Where a link to an entry (`claim-x`, `event-x`, `quote-x`) goes from here: `#claim-x` on this page, else a relative path. */
  link(fragmentId: string): string;
  /** Where a link to a passage of the text (`text-claim-x`) goes from here. */
  textLink(textId: string): string;
  /** The relative address of page `n` of this view. */
  pagePath(n: number): string;
  /** The relative address of the article's first page. */
  up: string;
}

export interface ArticleGraph {
  graph: AttributionGraph;
  /** The graph as a tree from the article, for the list in words; and the map's, whose claims are their markers. */
  tree: GraphTreeItem;
  mapTree: GraphTreeItem;
  summary: { cited: number; relayed: number; ownVoice: number };
  /** What the graph shows, in a sentence. */
  sentence: string;
  /** How the graph page shows it: drawn with every claim written out, the map with its links and the list in words, or the map alone. */
  page: 'drawn' | 'map' | 'image';
  /** Links the map carries on the article page (not its own box), and on the graph page. */
  links: { article: number; graph: number };
  /** Laid out the first time a page asks, once: the whole graph (for the graph page drawn), the map and its areas. */
  drawing(): { full?: GraphLayout | undefined; map: GraphLayout; areas: MapArea[] };
}

export interface ArticleModel {
  id: string;
  article: Rec<ArticleData>;
  title: string;
  /** The language and direction of the title and of the summary, when written in the article's letters. */
  titleAttrs: EditorTextAttrs;
  summaryAttrs: EditorTextAttrs;
  /** The same for the publisher's name (صحيفة الرافد), none when the article names none. */
  publisherAttrs: EditorTextAttrs;
  /** The pages of the publisher and the agency, when the site has a source of that name (src/model/views.ts). */
  printers: { publisher?: string | undefined; agency?: string | undefined };
  published: NormalizedDate;
  /** The article's language and the direction its text reads in: every piece of its text on a page carries both. */
  lang: TextLanguage;
  corrections?: CorrectionsView | undefined;
  /** What the article was taken apart into; `passedOn`: claims in a source's word, not the article's own. */
  counts: { claims: number; quotes: number; sources: number; events: number; passedOn: number };
  markers: Markers;
  claims: Map<string, ClaimView>;
  quotes: Map<string, QuoteView>;
  events: Map<string, EventView>;
  /** The article's filters with their counts, the same on all its pages; sources past `SOURCE_FILTERS` are not offered. */
  options: Record<Facet, FacetOption[]>;
  moreSources: number;
  /** Every page of the article: the whole article first, then each filter, each cut into timeline pages. */
  pages: ArticlePage[];
  /** Whether the text has pages of its own (`text/1/` …), and their HTML. */
  text: { long: boolean; parts: string[] };
  graph: ArticleGraph;
  /** The address (with the base) of an entry on the article's pages, from anywhere: `…/articles/<id>/page/2/#claim-x`. */
  entryPath(fragmentId: string): string;
  /** The address of a marked passage, from anywhere: on the article's page, or on the text page that has it. */
  textPath(textId: string): string;
  /** The address of the article's page, of a text page. */
  path: string;
  textPagePath(n: number): string;
}

const pageSuffix = (n: number) => (n > 1 ? `page/${n}/` : '');
const viewRoot = (filter: Filter | undefined) => (filter ? `${filter.facet}/${filter.value}/` : '');

/** Everything the pages of one article show; see `ArticleModel`. */
export function articleModel(index: CorpusIndex, articleId: string, options: ArticleModelOptions): ArticleModel {
  const article = index.articles.get(articleId);
  if (!article) throw new Error(`No article \`${articleId}\`.`);
  const base = options.base.replace(/\/?$/, '/');
  const site = (path: string) => `${base}${path}`;
  const path = site(`articles/${articleId}/`);
  const claims = index.claimsOf(articleId);
  const quotes = index.quotesOf(articleId);
  const events = index.eventsOf(articleId);
  const markers = markersFor(index, articleId);
  const lang = textLanguage(article.data.language);
  const annotations = textAnnotations(index, articleId, markers);

  // The text: beside the timeline when it is short, else on pages of its own. Marked once to count.
  const tree = articleTree(article.body ?? '');
  const long = !fits(sizeOf(markText(tree, annotations)), TEXT_ON_PAGE);

  // The timeline, cut into pages of a fixed size; quotes are listed a fixed number a page, from the first.
  const timeline = buildTimeline(index, articleId);
  // Only the first page carries the text beside its timeline (`overview` below); the others hold as many items as a filter's.
  const full = paginateTimeline(timeline, { first: long ? TIMELINE_PAGE_ITEMS_ALONE : TIMELINE_PAGE_ITEMS, rest: TIMELINE_PAGE_ITEMS_ALONE });
  const quotePages = Math.ceil(quotes.length / QUOTES_PER_PAGE);
  while (full.pages.length < quotePages) full.pages.push({ number: full.pages.length + 1, placed: [], unplaced: [], unattached: [], continued: new Set() });
  quotes.forEach((quote, i) => full.locate.set(`quote-${quote.id}`, Math.floor(i / QUOTES_PER_PAGE) + 1));
  const entryPath = (fragmentId: string) => `${path}${pageSuffix(full.locate.get(fragmentId) ?? 1)}#${fragmentId}`;

  let parts: string[] = [];
  const partOf = new Map<string, number>();
  if (long) {
    // On a text page no entry is at hand: every marker leads to the timeline page that has it.
    const cut = cutBlocks(
      markText(tree, annotations, (annotation) => entryPath(annotation.id)),
      TEXT_PART,
    );
    parts = cut.map((nodes) => toHtml(nodes));
    cut.forEach((nodes, i) => markIds(nodes).forEach((id) => partOf.set(id, i + 1)));
  }
  const textPagePath = (n: number) => `${path}text/${n}/`;
  const textPath = (textId: string) => (long ? `${textPagePath(partOf.get(textId) ?? 1)}#${textId}` : `${path}#${textId}`);

  // The graph, and its forms, from how many boxes and links it has.
  const graph = buildGraph(index, articleId);
  const map = mapGraph(graph, markers.claims);
  const targets = mapTargets(map);
  const links = { article: targets.filter((t) => t.link.kind !== 'article').length, graph: targets.length };
  const boxes = graph.nodes.filter((n) => n.kind !== 'article').length;
  const graphPage = boxes <= GRAPH_DRAWN_BOXES ? 'drawn' : links.graph <= GRAPH_MAP_LINKS ? 'map' : 'image';
  const summary = graphSummary(graph);
  let drawn: ReturnType<ArticleGraph['drawing']> | undefined;
  const articleGraph: ArticleGraph = {
    graph,
    tree: graphTree(graph),
    mapTree: graphTree(map),
    summary,
    sentence: `The article cites ${plural(summary.cited, 'source')} directly${summary.relayed > 0 ? `; ${plural(summary.relayed, 'claim')} ${summary.relayed === 1 ? 'reaches' : 'reach'} it passed from source to source` : ''}${summary.ownVoice > 0 ? `; it makes ${plural(summary.ownVoice, 'claim')} in its own voice` : ''}.`,
    page: graphPage,
    links,
    drawing() {
      if (!drawn) {
        const layout = options.layout(map);
        drawn = { full: graphPage === 'drawn' ? options.layout(graph) : undefined, map: layout, areas: mapAreas(layout) };
      }
      return drawn;
    },
  };

  // What each claim, quote and event shows, wherever it is shown.
  const claimViews = new Map<string, ClaimView>();
  for (const claim of claims) {
    const words = claimWords(index, claim);
    claimViews.set(claim.id, {
      id: claim.id,
      record: claim,
      statement: claim.data.statement,
      ...words,
      speaker: speakerOf(index, claim),
      who: whoClaims(index, claim),
      chain: chainOf(index, claim.data.attribution, base),
      lang,
      statementAttrs: editorTextAttrs(claim.data.statement, lang),
      corrections: correctionsView(claim.data.corrections),
      hedges: claim.data.hedges,
      related: index.related(claim.id).map((r) => ({
        label: `${r.label[0]?.toUpperCase() ?? ''}${r.label.slice(1)}`,
        id: r.claim.id,
        who: `a claim ${lowerFirst(whoClaims(index, r.claim))}`,
        statement: r.claim.data.statement,
        statementAttrs: editorTextAttrs(r.claim.data.statement, textLanguage(index.articles.get(r.claim.data.article)?.data.language ?? lang.lang)),
        sameArticle: r.claim.data.article === articleId,
        page: site(`claims/${r.claim.id}/`),
      })),
      quotes: index.quotesForClaim(claim.id).map((q) => q.id),
      events: claim.data.events.flatMap((id) => {
        const event = index.events.get(id);
        return event ? [{ id, title: event.data.title, entry: entryPath(`event-${id}`) }] : [];
      }),
      marker: markers.claims.get(claim.id),
      page: site(`claims/${claim.id}/`),
      entry: entryPath(`claim-${claim.id}`),
      inText: textPath(`text-claim-${claim.id}`),
      context: index.context('claims', claim.id, articleId),
    });
  }
  const quoteViews = new Map<string, QuoteView>();
  for (const quote of quotes) {
    quoteViews.set(quote.id, {
      id: quote.id,
      record: quote,
      text: quote.data.text,
      marks: printedMarks(index.texts.get(articleId) ?? '', index.range('quotes', quote.id), quote.data.text),
      lang,
      corrections: correctionsView(quote.data.corrections),
      speaker: sourceLink(index, quote.data.speaker, base),
      chain: chainOf(index, quoteChain(index, quote), base),
      verb: quote.data.verb,
      venue: quote.data.venue ? sourceLink(index, quote.data.venue, base) : undefined,
      date: quote.data.date ? normalizeDate(quote.data.date) : undefined,
      claims: quote.data.claims.flatMap((id) => {
        const claim = claimViews.get(id);
        return claim ? [{ id, statement: claim.statement, statementAttrs: claim.statementAttrs, marker: claim.marker, page: claim.page }] : [];
      }),
      marker: markers.quotes.get(quote.id),
      page: site(`quotes/${quote.id}/`),
      entry: entryPath(`quote-${quote.id}`),
      inText: textPath(`text-quote-${quote.id}`),
      context: index.context('quotes', quote.id, articleId),
    });
  }
  const eventViews = new Map<string, EventView>();
  for (const event of events) {
    const about = index.claimsForEvent(event.id);
    const told = toldBy(index, about);
    eventViews.set(event.id, {
      id: event.id,
      record: event,
      title: event.data.title,
      titleAttrs: editorTextAttrs(event.data.title, lang),
      date: index.dateOf(event),
      marker: markers.events.get(event.id),
      corrections: correctionsView(event.data.corrections),
      told,
      toldWords: TOLD_WORDS[told],
      claims: about.map((c) => c.id),
      after: event.data.after.flatMap((id) => {
        const other = index.events.get(id);
        return other ? [{ id, title: other.data.title, page: site(`events/${id}/`) }] : [];
      }),
      page: site(`events/${event.id}/`),
      entry: entryPath(`event-${event.id}`),
      inText: markers.events.has(event.id) ? textPath(`text-event-${event.id}`) : undefined,
    });
  }

  // The pages: the whole article, then each filter's, each cut into pages.
  const facets = facetOptions(index, articleId);
  // A source's claims in this article are the part of its own page about this article: the filter leads there.
  const sourceOptions = facets.source.slice(0, SOURCE_FILTERS).map((option) => {
    if (option.only !== undefined) return option;
    const number = sourcePageOfArticle(index, option.value, articleId);
    return { ...option, href: `${base}sources/${option.value}/${number > 1 ? `page/${number}/` : ''}#${sourceArticleAnchor(articleId)}` };
  });
  const offered = { ...facets, source: sourceOptions };
  const views: { filter?: Filter; label?: string; paged: PagedTimeline }[] = [
    { paged: full },
    ...FACETS.flatMap((facet) =>
      offered[facet]
        .filter((option) => option.only === undefined && option.href === undefined)
        .map((option) => {
          const filter = { facet, value: option.value };
          return { filter, label: option.label, paged: paginateTimeline(filterTimeline(index, timeline, filter), TIMELINE_PAGE_ITEMS_ALONE) };
        }),
    ),
  ];
  const quoteList = [...quoteViews.values()];
  const pages: ArticlePage[] = views.flatMap(({ filter, label, paged }) =>
    paged.pages.map((timelinePage): ArticlePage => {
      const pagePathInArticle = `${viewRoot(filter)}${pageSuffix(timelinePage.number)}`;
      const up = '../'.repeat(pagePathInArticle.split('/').filter(Boolean).length);
      const root = viewRoot(filter);
      const overview = !filter && timelinePage.number === 1;
      const withText = overview && !long;
      const page: ArticlePage = {
        path: pagePathInArticle,
        filter,
        label,
        number: timelinePage.number,
        pageCount: paged.pages.length,
        timeline: timelinePage,
        shown: filter ? [...paged.locate.keys()].filter((key) => key.startsWith('claim-')).length : claims.length,
        quotes: filter ? [] : quoteList.slice((timelinePage.number - 1) * QUOTES_PER_PAGE, timelinePage.number * QUOTES_PER_PAGE),
        overview,
        graph: overview && links.article <= ARTICLE_MAP_LINKS ? 'map' : 'link',
        up,
        link(fragmentId) {
          const here = paged.locate.get(fragmentId);
          if (here === timelinePage.number) return `#${fragmentId}`;
          if (here !== undefined) return `${up}${root}${pageSuffix(here)}#${fragmentId}`;
          // A filter may leave an entry out: the whole article's pages have it.
          return `${up}${pageSuffix(full.locate.get(fragmentId) ?? 1)}#${fragmentId}`;
        },
        textLink(textId) {
          if (withText) return `#${textId}`;
          return long ? textPath(textId) : `${up}#${textId}`;
        },
        pagePath: (n) => `${up}${root}${pageSuffix(n)}` || './',
      };
      // The text with this page's links: a marker whose entry is here scrolls to it.
      if (withText) page.text = toHtml(markText(tree, annotations, (annotation) => page.link(annotation.id)));
      return page;
    }),
  );

  return {
    id: articleId,
    article,
    title: article.data.title,
    titleAttrs: titleName(article).attrs,
    summaryAttrs: editorTextAttrs(article.data.summary, lang),
    publisherAttrs: publisherName(article)?.attrs ?? {},
    printers: { publisher: printerPage(index, article.data.publisher, base), agency: printerPage(index, article.data.agency, base) },
    published: normalizeDate(article.data.published),
    lang,
    corrections: correctionsView(article.data.corrections),
    counts: {
      claims: claims.length,
      quotes: quotes.length,
      sources: index.sourcesNamedIn(articleId).size,
      events: events.length,
      passedOn: claims.filter((claim) => index.voice(claim) !== 'article').length,
    },
    markers,
    claims: claimViews,
    quotes: quoteViews,
    events: eventViews,
    options: offered,
    moreSources: facets.source.length - offered.source.length,
    pages,
    text: { long, parts },
    graph: articleGraph,
    entryPath,
    textPath,
    path,
    textPagePath,
  };
}

/** Characters that open or close a quotation, in the scripts a newsroom meets: straight and curly marks, low-9 marks, guillemets, corner brackets. */
const QUOTE_MARKS = /^["'“”„‟‘’‚‛«»‹›「」『』〝〞＂]$/u;

/** The spaces French and others print inside their marks (« mot »): kept, as spaces no line breaks at. */
const INNER_SPACE = /^[ \u00A0\u202F]$/u;

/**
 * The marks the article prints around a quote: the characters right before and after its words when
 * both are quotation marks ("pulling the strings" keeps its straight marks), with the space French
 * prints inside its guillemets (« une erreur ») when it does; none when the words begin or end with
 * a mark of their own; else the site's curly marks, as for a quote set apart.
 */
export function printedMarks(text: string, range: { start: number; end: number } | undefined, words: string): { open: string; close: string } {
  const open = range ? markBeside(text, range.start, -1) : '';
  const close = range ? markBeside(text, range.end, 1) : '';
  if (open && close) return { open, close };
  if (QUOTE_MARKS.test([...words][0] ?? '') || QUOTE_MARKS.test([...words].at(-1) ?? '')) return { open: '', close: '' };
  return { open: '“', close: '”' };
}

/** The quotation mark right before (`-1`) or after (`1`) an offset, with a space between it and the words when printed so (a plain space made one no line breaks at); `''` when there is none. */
function markBeside(text: string, at: number, step: -1 | 1): string {
  const [near, far] = step < 0 ? [text[at - 1], text[at - 2]] : [text[at], text[at + 1]];
  if (near !== undefined && QUOTE_MARKS.test(near)) return near;
  if (near === undefined || far === undefined || !INNER_SPACE.test(near) || !QUOTE_MARKS.test(far)) return '';
  const space = near === ' ' ? '\u00A0' : near;
  return step < 0 ? `${far}${space}` : `${space}${far}`;
}

function fits(size: { chars: number; marks: number }, limit: { chars: number; marks: number }): boolean {
  return size.chars <= limit.chars && size.marks <= limit.marks;
}

/** Related claims a timeline card shows, and how many more its claim's page has. */
export function cardRelations(claim: ClaimView): { shown: ClaimView['related']; more: number } {
  return { shown: claim.related.slice(0, RELATED_ON_CARD), more: Math.max(0, claim.related.length - RELATED_ON_CARD) };
}
