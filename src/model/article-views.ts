import { facetOptions, filterTimeline, FACETS, type Facet, type FacetOption, type Filter } from './filters.ts';
import { once } from './memo.ts';
import type { CorpusIndex } from './corpus.ts';
import { paginateTimeline, type PagedTimeline, type TimelinePage } from './paginate.ts';
import { timelinePageSize, TIMELINE_PAGE_SIZE } from './page-weight.ts';
import { buildTimeline } from './timeline.ts';

/** One page an article is shown on: the whole article or one filter of it, and one page of its timeline. */
export interface ArticleView {
  /** The path under `articles/<id>/`: '' for the first page, `kind/accusation/`, `page/2/`, `kind/accusation/page/2/`. */
  path: string;
  filter?: Filter | undefined;
  /** The filter value in words ("Accusation"). */
  label?: string | undefined;
  page: TimelinePage;
  pageCount: number;
  /** Where this view's entries are. */
  paged: PagedTimeline;
  /** The article's filters and their counts, the same on all its pages. */
  options: Record<Facet, FacetOption[]>;
}

const pageSuffix = (n: number) => (n > 1 ? `page/${n}/` : '');
const viewRoot = (filter: Filter | undefined) => (filter ? `${filter.facet}/${filter.value}/` : '');

/**
 * Every page of an article: the full view and each filter, each cut into timeline pages. The full
 * view's pages carry the annotated text and the map too, so they hold as many items as fit beside
 * them (`timelinePageSize`); a filter's pages carry neither and hold `TIMELINE_PAGE_SIZE`.
 */
export function articleViews(
  index: CorpusIndex,
  articleId: string,
  pageSize = timelinePageSize(index, articleId),
  filteredPageSize = Math.max(pageSize, TIMELINE_PAGE_SIZE),
): ArticleView[] {
  const timeline = buildTimeline(index, articleId);
  const options = facetOptions(index, articleId);
  const filters: ({ filter: Filter; label: string } | undefined)[] = [
    undefined,
    ...FACETS.flatMap((facet) => options[facet].map((option) => ({ filter: { facet, value: option.value }, label: option.label }))),
  ];
  return filters.flatMap((view) => {
    const paged = paginateTimeline(filterTimeline(index, timeline, view?.filter), view ? filteredPageSize : pageSize);
    return paged.pages.map((page) => ({
      path: `${viewRoot(view?.filter)}${pageSuffix(page.number)}`,
      filter: view?.filter,
      label: view?.label,
      page,
      pageCount: paged.pages.length,
      paged,
      options,
    }));
  });
}

/**
 * Where a link to an entry should go from a given page: `#claim-x` when the entry is on the page,
 * else a relative path to the page of this view that has it, else to the full view's page (a filter
 * may leave it out). Relative, so links stay short and work under any base path.
 */
export function linkResolver(view: ArticleView, full: PagedTimeline): { up: string; target: (fragment: string) => string; pagePath: (n: number) => string } {
  const up = '../'.repeat(view.path.split('/').filter(Boolean).length);
  const root = viewRoot(view.filter);
  const target = (fragment: string) => {
    const id = fragment.slice(1);
    const here = view.paged.locate.get(id);
    if (here === view.page.number) return fragment;
    if (here !== undefined) return `${up}${root}${pageSuffix(here)}${fragment}`;
    // Quotes are listed on the first page of the full view; anything else is wherever the full view has it.
    return `${up}${pageSuffix(full.locate.get(id) ?? 1)}${fragment}`;
  };
  return { up, target, pagePath: (n: number) => `${up}${root}${pageSuffix(n)}` || './' };
}

/**
 * The address of an entry on its article's pages, from anywhere in the site (relative to the site
 * root): `articles/<id>/#claim-x`, or `articles/<id>/page/3/#claim-x` when the timeline runs over
 * several pages. Quotes are listed on the first page.
 */
export function entryPath(index: CorpusIndex, articleId: string, fragmentId: string): string {
  const paged = once(index, `paging:${articleId}`, () => paginateTimeline(buildTimeline(index, articleId), timelinePageSize(index, articleId)));
  return `articles/${articleId}/${pageSuffix(paged.locate.get(fragmentId) ?? 1)}#${fragmentId}`;
}
