import type { ArticleData } from '../content/schemas/article.ts';
import { normalizeDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import type { QuoteData } from '../content/schemas/quote.ts';
import type { SourceData } from '../content/schemas/source.ts';
import { oncePerCorpus, type CorpusIndex, type Rec, type SourceRole } from './corpus.ts';

/** Articles listed on one page of the home page. */
export const HOME_PAGE_SIZE = 20;
/** Rows on one page of the source list. */
export const SOURCE_LIST_PAGE_SIZE = 100;
/**
 * Items (claims, events, quotes) listed on one page of a source, so a much-cited source's page stays
 * small: at most, each in an article of its own, under that article's name, date and note. An
 * outlet's page lists the claims its reports pass on, each chain naming the report, and reports
 * named apart, as the check asks of two reports of one outlet ("A report by the Bepodu Courier on
 * the Lebomu talks"), make long chains: twenty items took such pages past the budget
 * (docs/performance.md).
 */
export const SOURCE_PAGE_SIZE = 16;
/** Threads on one page of the list of threads. */
export const THREAD_LIST_PAGE_SIZE = 50;
/** Stories on one page of the list of stories; the home page shows the first `HOME_STORIES`. */
export const STORY_LIST_PAGE_SIZE = 20;
export const HOME_STORIES = 5;
/** Outlets a story's card names; the story's page names them all. */
export const STORY_CARD_OUTLETS = 5;

/** How many pages a list of `total` items takes; an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The route params of a list's pages after its first (`/page/2/`, `/sources/page/2/` …), for
 * `getStaticPaths`: the first page is the list's own address.
 */
export function laterPages(pages: number): { params: { n: string } }[] {
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { n: String(i + 2) } }));
}

/** The items on page `number` (1-based). */
export function pageSlice<T>(items: readonly T[], number: number, size: number): T[] {
  return items.slice((number - 1) * size, number * size);
}

/** The articles newest first, and each article's place in that order: every source's page asks. */
const articleOrder = oncePerCorpus((index) => {
  const keyed = [...index.articles.values()].map((article) => ({ article, published: String(normalizeDate(article.data.published).value) }));
  keyed.sort((a, b) => b.published.localeCompare(a.published) || a.article.id.localeCompare(b.article.id));
  const articles = keyed.map(({ article }) => article);
  return { articles, place: new Map(articles.map((article, i) => [article.id, i])) };
});

/** The home page's order: newest first (by the date as known), then by id. */
export function articlesNewestFirst(index: CorpusIndex): readonly Rec<ArticleData>[] {
  return articleOrder(index).articles;
}

/** The sources by name, for the list of sources (each of its pages asks). */
export const sourcesByName = oncePerCorpus((index): readonly Rec<SourceData>[] =>
  [...index.sources.values()].sort((a, b) => a.data.name.localeCompare(b.data.name)),
);

export type SourceItem = { role: SourceRole } | { event: Rec<EventData> } | { quote: Rec<QuoteData> };

/** The article an item of a source's page is in. */
export function itemArticle(item: SourceItem): string {
  return 'role' in item ? item.role.claim.data.article : 'event' in item ? item.event.data.article : item.quote.data.article;
}

/**
 * What a source's page lists, article by article (newest first), and in each article in reading
 * order: claims it makes, passes on, is the venue of; events; quotes.
 */
export function sourceItems(index: CorpusIndex, sourceId: string): SourceItem[] {
  const roles = index.rolesOf(sourceId);
  const all: SourceItem[] = [
    ...(['speaker', 'relay', 'venue'] as const).flatMap((role) => roles.filter((r) => r.role === role).map((r) => ({ role: r }))),
    ...index.eventsOfSource(sourceId).map((event) => ({ event })),
    ...index.quotesBySpeaker(sourceId).map((quote) => ({ quote })),
  ];
  const { place } = articleOrder(index);
  // A stable sort: within an article, the order above stays.
  return all.sort((a, b) => (place.get(itemArticle(a)) ?? 0) - (place.get(itemArticle(b)) ?? 0));
}

/** Per corpus: for each source, the page of its listing where each article's items begin. */
const firstPages = oncePerCorpus(() => new Map<string, Map<string, number>>());

/**
 * The page of a source's listing (`SOURCE_PAGE_SIZE` items a page, `sourceItems`' order) on which
 * an article's items begin: where a link to "this source, in this article" leads.
 */
export function sourcePageOfArticle(index: CorpusIndex, sourceId: string, articleId: string): number {
  const bySource = firstPages(index);
  let pages = bySource.get(sourceId);
  if (!pages) {
    pages = new Map();
    for (const [i, item] of sourceItems(index, sourceId).entries()) {
      const article = itemArticle(item);
      if (!pages.has(article)) pages.set(article, Math.floor(i / SOURCE_PAGE_SIZE) + 1);
    }
    bySource.set(sourceId, pages);
  }
  return pages.get(articleId) ?? 1;
}

/** The id of an article's part of a source's page. */
export const sourceArticleAnchor = (articleId: string) => `in-${articleId}`;
