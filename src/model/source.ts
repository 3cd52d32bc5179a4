import type { SourceData } from '../content/schemas/source.ts';
import { oncePerCorpus, type CorpusIndex, type Rec } from './corpus.ts';
import type { ArticleData } from '../content/schemas/article.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import { correctionsView, type CorrectionsView } from './corrections.ts';
import { PRINTED_NAMED } from './page-sizes.ts';
import {
  articlesNewestFirst,
  itemArticle,
  pageCount,
  pageSlice,
  SOURCE_LIST_PAGE_SIZE,
  SOURCE_PAGE_SIZE,
  sourceItems,
  sourcesByName,
  type SourceItem,
} from './listings.ts';
import type { EditorTextAttrs } from './text-direction.ts';
import { publisherName, sourceLink, sourceNamed, titleName, type SourceLink } from './views.ts';
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

/** An article a source appears in, as its page names it: its title, outlet, agency and date, and what it says of the source. */
export interface ArticleByline {
  id: string;
  title: string;
  /** The title's language and direction, when written in the article's letters. */
  titleAttrs: EditorTextAttrs;
  /** Its page, with the base. */
  page: string;
  publisher: string | null;
  /** The publisher's language and direction, when written in the article's letters. */
  publisherAttrs: EditorTextAttrs;
  agency?: string | undefined;
  published: NormalizedDate;
}

export interface SourceArticleGroup {
  article: ArticleByline;
  /** What this article says of the source (the article's `sourceNotes`), in the article's own terms. */
  note?: string | undefined;
  items: SourceItem[];
}

export function articleByline(article: Rec<ArticleData>, base: string): ArticleByline {
  return {
    id: article.id,
    title: article.data.title,
    titleAttrs: titleName(article).attrs,
    page: `${base}articles/${article.id}/`,
    publisher: article.data.publisher,
    publisherAttrs: publisherName(article)?.attrs ?? {},
    agency: article.data.agency,
    published: normalizeDate(article.data.published),
  };
}

/** What a source's pages show: the source, what it belongs to and what belongs to it, its totals, and its items cut into pages. */
export interface SourceModel {
  source: Rec<SourceData>;
  /** `rtl` when its name reads right to left. */
  dir?: SourceLink['dir'];
  native?: SourceLink['native'];
  parent?: SourceLink | undefined;
  parts: SourceLink[];
  totals: SourceTotals;
  /** Article by article, newest first; in each, claims it makes, passes on, is the venue of; events; quotes. */
  items: SourceItem[];
  /** The items of page `n`, grouped by the article they are in, each article named, with what it says of the source. */
  groups(n: number): SourceArticleGroup[];
  /** How many articles it appears in. */
  articles: number;
  /**
   * What articles say of it (their `sourceNotes`) where they give it no claim, event or quote of its
   * own (an outlet whose report they cite, a person whose post they embed): newest first, at most
   * `SOURCE_PAGE_SIZE`, shown on its first page; `more` counts the rest, which the data export has.
   */
  noted: { article: ArticleByline; note: string }[];
  notedMore: number;
  /**
   * The articles it printed (their `publisher`) or whose copy they are (their `agency`), named by the
   * source's name, one of its aliases or its name in its own script, case aside: how many, and the newest `PRINTED_NAMED`, for
   * its first page. An outlet that published an article is on its page even with no claim of its own.
   */
  printed: { count: number; as: 'publisher' | 'agency' | 'both'; newest: { article: ArticleByline; as: 'publisher' | 'agency' }[] };
  corrections?: CorrectionsView | undefined;
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
    dir: self.dir,
    native: self.native,
    parent: source.data.partOf ? sourceLink(index, source.data.partOf, base) : undefined,
    parts: index.partsOf(sourceId).map((part) => sourceLink(index, part.id, base)),
    totals: sourceTotals(index, sourceId),
    items,
    groups(n) {
      const groups: SourceArticleGroup[] = [];
      for (const item of pageSlice(items, n, SOURCE_PAGE_SIZE)) {
        const id = itemArticle(item);
        const last = groups.at(-1);
        if (last?.article.id === id) {
          last.items.push(item);
          continue;
        }
        const article = index.articles.get(id);
        if (!article) continue;
        groups.push({ article: articleByline(article, base), note: article.data.sourceNotes[sourceId], items: [item] });
      }
      return groups;
    },
    articles: new Set(items.map(itemArticle)).size,
    ...notedWithout(index, sourceId, new Set(items.map(itemArticle)), base),
    printed: printedBy(index, source, base),
    corrections: correctionsView(source.data.corrections),
    pageCount: pageCount(items.length, SOURCE_PAGE_SIZE),
    pagePath: (n) => `${self.href}${n > 1 ? `page/${n}/` : ''}`,
  };
}

/** Per source, the articles (newest first) that name it as their publisher or agency (`sourceNamed`), each once. */
const printedOf = oncePerCorpus((index) => {
  const bySource = new Map<string, { article: Rec<ArticleData>; as: 'publisher' | 'agency' }[]>();
  for (const article of articlesNewestFirst(index)) {
    for (const as of ['publisher', 'agency'] as const) {
      const id = sourceNamed(index, article.data[as]);
      if (!id) continue;
      const list = bySource.get(id) ?? [];
      if (list.at(-1)?.article.id !== article.id) list.push({ article, as });
      bySource.set(id, list);
    }
  }
  return bySource;
});

function printedBy(index: CorpusIndex, source: Rec<SourceData>, base: string): SourceModel['printed'] {
  const printed = printedOf(index).get(source.id) ?? [];
  const roles = new Set(printed.map(({ as }) => as));
  return {
    count: printed.length,
    as: roles.size > 1 ? 'both' : roles.has('agency') ? 'agency' : 'publisher',
    newest: printed.slice(0, PRINTED_NAMED).map(({ article, as }) => ({ article: articleByline(article, base), as })),
  };
}

/** Per source, the articles (newest first) that say something of it in their `sourceNotes`. */
const notesOf = oncePerCorpus((index) => {
  const bySource = new Map<string, Rec<ArticleData>[]>();
  for (const article of articlesNewestFirst(index)) {
    for (const id of Object.keys(article.data.sourceNotes)) {
      const articles = bySource.get(id);
      if (articles) articles.push(article);
      else bySource.set(id, [article]);
    }
  }
  return bySource;
});

function notedWithout(index: CorpusIndex, sourceId: string, listed: ReadonlySet<string>, base: string): Pick<SourceModel, 'noted' | 'notedMore'> {
  const noted = (notesOf(index).get(sourceId) ?? []).filter((article) => !listed.has(article.id));
  return {
    noted: noted.slice(0, SOURCE_PAGE_SIZE).map((article) => ({ article: articleByline(article, base), note: article.data.sourceNotes[sourceId] ?? '' })),
    notedMore: Math.max(0, noted.length - SOURCE_PAGE_SIZE),
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
