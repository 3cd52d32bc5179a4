import type { ArticleData } from '../content/schemas/article.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import type { StoryData } from '../content/schemas/story.ts';
import { oncePerCorpus, type CorpusIndex, type Rec } from './corpus.ts';
import { originName, threadsOf, threadTitle, type Thread } from './threads.ts';
import { articleName, publisherName, titleName, type ArticleName } from './views.ts';

/**
 * Stories (issue 16.3): articles about the same events. An editor links an event to the same
 * happening as told by another article (`sameAs`); articles that share such an event are one story,
 * and so are articles joined through a chain of shared events. Such a story is named after the event
 * most of its articles tell, by that event's root id (the one of its `sameAs` links that links nowhere).
 *
 * An editor may also name a story with a record (`content/stories/<id>.md`): its articles are one
 * story even when they share no event, and the record's id and title name it. Shared events still
 * join other articles to it; they never join two records' stories, which the editor keeps apart.
 */

/** One happening as the articles of a story tell it. */
export interface StoryEvent {
  /** The root event's id. */
  id: string;
  /** The root event's title. */
  title: string;
  /** Each article's telling of it, in order of publication of the articles; the article by its publisher, or its title when it names none. */
  tellings: { event: Rec<EventData>; article: Rec<ArticleData>; name: ArticleName; date: NormalizedDate }[];
  /** The most precise date any article gives, for the timeline's order; unknown when none gives one. */
  date: NormalizedDate;
}

export interface Story {
  id: string;
  title: string;
  /** The editor's record that names the story, when there is one. */
  record?: Rec<StoryData> | undefined;
  /** In order of publication. */
  articles: Rec<ArticleData>[];
  /** The same, each by its publisher, or its title when it names none. */
  outlets: ArticleName[];
  /** Its happenings, in order of their dates, undated ones last. */
  timeline: StoryEvent[];
  /** The threads whose appearances are in its articles, in order of their earliest appearance. */
  threads: Thread[];
}

export interface Stories {
  list: Story[];
  byId: Map<string, Story>;
  /** The story an article is part of. */
  byArticle: Map<string, Story>;
}

/** A small union-find: records joined by links, each group named by a representative and holding at most one story record. */
class Groups {
  readonly #parent = new Map<string, string>();
  readonly #record = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let next = this.#parent.get(root); next !== undefined && next !== root; next = this.#parent.get(root)) root = next;
    this.#parent.set(id, root);
    return root;
  }
  /** The story record of a group, if it has one. */
  record(id: string): string | undefined {
    return this.#record.get(this.find(id));
  }
  /** Mark a group as a record's; false when it already has another. */
  claim(id: string, record: string): boolean {
    const held = this.record(id);
    if (held !== undefined && held !== record) return false;
    this.#record.set(this.find(id), record);
    return true;
  }
  /** Join two groups, unless each belongs to a different story record. */
  join(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y) return;
    const [rx, ry] = [this.#record.get(x), this.#record.get(y)];
    if (rx !== undefined && ry !== undefined && rx !== ry) return;
    this.#parent.set(x, y);
    const held = rx ?? ry;
    if (held !== undefined) this.#record.set(y, held);
  }
}

const PRECISION_RANK = { day: 0, month: 1, year: 2, unknown: 3 } as const;
const published = (article: Rec<ArticleData>) => String(normalizeDate(article.data.published).value ?? '9999');
const byPublication = (a: Rec<ArticleData>, b: Rec<ArticleData>) => published(a).localeCompare(published(b)) || a.id.localeCompare(b.id);

/** The root of an event's `sameAs` links. */
function rootEvent(index: CorpusIndex, id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (let next = index.events.get(current)?.data.sameAs; next && index.events.has(next) && !seen.has(next); next = index.events.get(current)?.data.sameAs) {
    seen.add(current);
    current = next;
  }
  return current;
}

export function buildStories(index: CorpusIndex): Stories {
  // Events grouped by the happening they tell; articles joined by the story records that name
  // them, then by the happenings they share.
  const happenings = new Map<string, Rec<EventData>[]>();
  for (const event of index.events.values()) {
    const root = rootEvent(index, event.id);
    happenings.set(root, [...(happenings.get(root) ?? []), event]);
  }
  const articles = new Groups();
  const records = [...index.stories.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const record of records) {
    // The check refuses an article in two records; should one pass, the first record keeps it.
    const mine = record.data.articles.filter((id) => index.articles.has(id) && articles.claim(id, record.id));
    for (const id of mine.slice(1)) articles.join(mine[0] as string, id);
  }
  for (const events of happenings.values()) {
    const [first, ...rest] = events;
    for (const event of rest) if (first) articles.join(first.data.article, event.data.article);
  }
  const members = new Map<string, Rec<ArticleData>[]>();
  for (const article of index.articles.values()) {
    const group = articles.find(article.id);
    members.set(group, [...(members.get(group) ?? []), article]);
  }
  const threads = threadsOf(index).list;
  const list: Story[] = [];
  for (const group of members.values()) {
    const record = index.stories.get(articles.record(group[0]?.id ?? '') ?? '');
    if (group.length < 2 && !record) continue;
    group.sort(byPublication);
    const ids = new Set(group.map((a) => a.id));
    const timeline: StoryEvent[] = [];
    for (const [root, events] of happenings) {
      if (!events.some((e) => ids.has(e.data.article))) continue;
      const tellings = events
        .flatMap((event) => {
          // A happening shared with another record's story is told here only by this story's articles.
          const article = ids.has(event.data.article) ? index.articles.get(event.data.article) : undefined;
          return article ? [{ event, article, name: articleName(article), date: normalizeDate(event.data.date) }] : [];
        })
        .sort((a, b) => byPublication(a.article, b.article));
      const date = [...tellings.map((t) => t.date)].sort(
        (a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || Number(a.inferred) - Number(b.inferred),
      )[0];
      timeline.push({ id: root, title: index.events.get(root)?.data.title ?? root, tellings, date: date ?? normalizeDate(undefined) });
    }
    timeline.sort((a, b) => String(a.date.value ?? '9999').localeCompare(String(b.date.value ?? '9999')) || a.title.localeCompare(b.title));
    // An event's id that a record has taken for its story's address cannot name another story.
    const named = timeline
      .filter((happening) => !index.stories.has(happening.id))
      .sort((a, b) => new Set(b.tellings.map((t) => t.article.id)).size - new Set(a.tellings.map((t) => t.article.id)).size || a.id.localeCompare(b.id))[0];
    const id = record?.id ?? named?.id ?? group[0]?.id ?? '';
    list.push({
      id,
      title: record?.data.title ?? named?.title ?? id,
      record,
      articles: group,
      outlets: group.map(articleName),
      timeline,
      threads: threads.filter((thread) => thread.appearances.some((a) => ids.has(a.article.id))),
    });
  }
  list.sort((a, b) => byPublication(a.articles[0] as Rec<ArticleData>, b.articles[0] as Rec<ArticleData>));
  const byArticle = new Map<string, Story>();
  for (const story of list) for (const article of story.articles) byArticle.set(article.id, story);
  return { list, byId: new Map(list.map((s) => [s.id, s])), byArticle };
}

/** The corpus's stories, worked out once per index. */
export const storiesOf = oncePerCorpus(buildStories);

/** "Who said what first": each thread of a story with its earliest appearance (its article, and that article by name) and who says it there. */
export function firstSayers(
  index: CorpusIndex,
  story: Story,
): { thread: Thread; title: ArticleName; article: Rec<ArticleData>; name: ArticleName; saidBy: string | undefined }[] {
  return story.threads.flatMap((thread) => {
    const first = thread.appearances[0];
    return first ? [{ thread, title: threadTitle(thread), article: first.article, name: first.name, saidBy: originName(index, first) }] : [];
  });
}

/**
 * How much a story page holds, fixed, as a thread page holds `THREAD_PAGE_SIZE` appearances: the
 * timeline's items (a happening counts one, and each article's telling of it one), its articles and
 * its threads, each list cut into pages of its own size and the pages numbered together. However
 * many articles a story gathers, no page of it grows past these.
 */
export const STORY_PAGE_SIZES = { timeline: 24, articles: 20, threads: 8 } as const;

/** A happening on one page of a story: all its tellings, or those that fit, the rest going on over the next page. */
export interface StoryTimelineItem {
  event: StoryEvent;
  /** Its 1-based place in the story's timeline, the same on each page it goes on over. */
  number: number;
  tellings: StoryEvent['tellings'];
  /** Its tellings began on an earlier page. */
  continued: boolean;
}

/** What one page of a story shows. */
export interface StoryPage {
  /** 1-based. */
  number: number;
  pages: number;
  /** The slice of the story's articles, each with its title and publisher as shown, and the 1-based number of its first. */
  articles: { items: { article: Rec<ArticleData>; title: ArticleName; publisher: ArticleName | undefined }[]; first: number };
  timeline: StoryTimelineItem[];
  /** The slice of its threads, each with who said it first, and the 1-based number of its first. */
  threads: { items: ReturnType<typeof firstSayers>; first: number };
}

/** A story's timeline cut into pages of at most `STORY_PAGE_SIZES.timeline` items, in order. */
function timelinePages(story: Story): StoryTimelineItem[][] {
  const size = STORY_PAGE_SIZES.timeline;
  const pages: StoryTimelineItem[][] = [];
  let page: StoryTimelineItem[] = [];
  let used = 0;
  for (const [i, event] of story.timeline.entries()) {
    let rest = event.tellings;
    let continued = false;
    do {
      // A happening starts a page only with room for itself and one telling.
      if (used >= size - 1 && page.length > 0) {
        pages.push(page);
        page = [];
        used = 0;
      }
      const take = Math.max(1, size - used - 1);
      page.push({ event, number: i + 1, tellings: rest.slice(0, take), continued });
      used += 1 + Math.min(take, rest.length);
      rest = rest.slice(take);
      continued = true;
    } while (rest.length > 0);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

const pagedCache = new WeakMap<Story, StoryTimelineItem[][]>();

/** A story's timeline cut into its pages, worked out once a story. */
function pagedTimeline(story: Story): StoryTimelineItem[][] {
  let timeline = pagedCache.get(story);
  if (!timeline) pagedCache.set(story, (timeline = timelinePages(story)));
  return timeline;
}

/** How many pages a story has. */
export function storyPageCount(story: Story): number {
  return Math.max(
    pagedTimeline(story).length,
    Math.ceil(story.articles.length / STORY_PAGE_SIZES.articles),
    Math.ceil(story.threads.length / STORY_PAGE_SIZES.threads),
    1,
  );
}

/** Page `number` of a story (1-based): its slice of each list. */
export function storyPage(index: CorpusIndex, story: Story, number: number): StoryPage {
  const pages = storyPageCount(story);
  const timeline = pagedTimeline(story);
  const slice = <T>(list: readonly T[], size: number) => list.slice((number - 1) * size, number * size);
  return {
    number,
    pages,
    articles: {
      items: slice(story.articles, STORY_PAGE_SIZES.articles).map((article) => ({ article, title: titleName(article), publisher: publisherName(article) })),
      first: (number - 1) * STORY_PAGE_SIZES.articles + 1,
    },
    timeline: timeline[number - 1] ?? [],
    threads: {
      items: firstSayers(index, { ...story, threads: slice(story.threads, STORY_PAGE_SIZES.threads) }),
      first: (number - 1) * STORY_PAGE_SIZES.threads + 1,
    },
  };
}

/** The address of page `number` of a story inside the site. */
export function storyPath(story: Pick<Story, 'id'>, number = 1): string {
  return `stories/${story.id}/${number > 1 ? `page/${number}/` : ''}`;
}

/**
 * An event as its story tells it: the story its article is part of, the page of the story whose
 * timeline has the happening, and the other articles' tellings of it (`sameAs`), in order of
 * publication. None when the article is part of no story.
 */
export function tellingsOf(index: CorpusIndex, eventId: string): { story: Story; page: string; others: StoryEvent['tellings'] } | undefined {
  const article = index.events.get(eventId)?.data.article;
  const story = article === undefined ? undefined : storiesOf(index).byArticle.get(article);
  if (!story) return undefined;
  const number = pagedTimeline(story).findIndex((items) => items.some((item) => item.tellings.some((telling) => telling.event.id === eventId))) + 1;
  const happening = story.timeline.find((item) => item.tellings.some((telling) => telling.event.id === eventId));
  return { story, page: storyPath(story, Math.max(number, 1)), others: happening?.tellings.filter((telling) => telling.event.id !== eventId) ?? [] };
}
