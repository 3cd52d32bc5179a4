import { FIELD_BOUNDS as TEXT_BOUNDS } from '../content/schemas/common.ts';

/**
 * How much each page holds, fixed. A page is a bounded number of parts (timeline items, quotes,
 * filters, map links, marks and characters of text), each part as long as the fields it shows, so
 * no count in the content (claims, sources, quotes, paragraphs) can grow a page past its size, and
 * no size depends on the markup: nothing here estimates bytes. The numbers were chosen so that
 * content like the seed, the fixture corpora and the benchmark's generated articles (whose fields are
 * well inside FIELD_BOUNDS) keeps every page under the budget with room to spare; the budget tests
 * over the built seed and a generated large article are the guard (tests/budgets/).
 *
 * They do not hold with every field at its bound at once: the heaviest parts then weigh three or
 * four times what they weigh in real content, and the article page carries its text, map, quotes
 * and filters beside its timeline. Holding that case too needs shorter bounds, fewer items a page,
 * or the text and the map on pages apart from the timeline.
 */

/** The page budget (issue 6): HTML plus the CSS it links, uncompressed. */
export const PAGE_BUDGET_BYTES = 50 * 1024;

/**
 * The longest values the numbers assume: each text field's limit in characters, which the content
 * schemas declare and enforce (src/content/schemas/common.ts), and the most items of a list field,
 * which only the numbers assume (a non-Latin letter weighs 2 or 3 bytes on the page).
 */
export const FIELD_BOUNDS = {
  ...TEXT_BOUNDS,
  hedges: 3,
  /** Links of an attribution chain. */
  chain: 4,
  /** A claim's own relations and events; an event's `after`. */
  relations: 4,
  events: 4,
  after: 4,
} as const;

/** Timeline items (an event or a claim) on the article's first page, which also carries its text, map and quotes. */
export const TIMELINE_PAGE_ITEMS = 8;
/** Timeline items on the article's other pages and its filter pages, and on its first page when its text has pages of its own. */
export const TIMELINE_PAGE_ITEMS_ALONE = 16;
/** Quotes listed on one page of the article (the first pages of its timeline). */
export const QUOTES_PER_PAGE = 6;
/** Sources offered as filters, the most cited first; the attribution graph names the others. */
export const SOURCE_FILTERS = 12;
/** Related claims shown on a timeline card; the claim's page shows them all. */
export const RELATED_ON_CARD = 3;
/** Links named in one line of an event ("Comes after", "Also about this"); the event's page has the rest. */
export const LINKS_PER_LINE = 6;

/**
 * An article's text sits beside its timeline when it has at most this many characters and marks;
 * past either, it gets pages of its own, each of at most `TEXT_PART`. Characters, because text is
 * what a page carries most of; marks too (each `<mark>` piece, and its marker's link after the
 * last), because a closely annotated passage carries more markup than words. Both are counted on the
 * marked tree, where they are exact.
 */
export const TEXT_ON_PAGE = { chars: 4_000, marks: 56 } as const;
export const TEXT_PART = { chars: 10_000, marks: 100 } as const;
/** Text pages the article's pages link by number; each text page links the next. */
export const TEXT_PARTS_LISTED = 20;

/** Boxes (sources and claims) the graph page draws with every claim written out; past this it draws the map. */
export const GRAPH_DRAWN_BOXES = 40;
/** Links the graph page lays over its map, with the list in words; past this it shows the map alone. */
export const GRAPH_MAP_LINKS = 120;
/** Links (sources and claim markers) the article page lays over its map; past this it links to the graph page. */
export const ARTICLE_MAP_LINKS = 40;

/** Articles an outlet printed (as publisher or agency) that its page names, the newest; it counts the rest. */
export const PRINTED_NAMED = 3;
/** Other articles' tellings of an event that its page names; the story's page has them all. */
export const EVENT_PAGE_TELLINGS = 5;
/** Claims about an event listed on one page of it (a source's page lists `SOURCE_PAGE_SIZE` items: src/model/listings.ts). */
export const EVENT_PAGE_CLAIMS = 20;
/** Related claims and quotes listed on a claim's page. */
export const CLAIM_PAGE_RELATED = 20;
export const CLAIM_PAGE_QUOTES = 10;
/** Page numbers a pager names around the current page (and the first and last). */
export const PAGER_NEIGHBOURS = 2;

/** A phone's width in CSS pixels, less the page's margins: a drawing wider than this scrolls there, and a line above it says so. */
export const NARROW_SCREEN = 340;
