import type { ArticleData } from '../content/schemas/article.ts';
import { normalizeDate, type NormalizedDate } from '../content/schemas/date.ts';
import type { EventData } from '../content/schemas/event.ts';
import type { CorpusIndex, Rec } from './corpus.ts';
import { originName, threadsOf, threadStatement, type Thread } from './threads.ts';

/**
 * Stories (issue 16.3): articles about the same events. An editor links an event to the same
 * happening as told by another article (`sameAs`); articles that share such an event are one story,
 * and so are articles joined through a chain of shared events. A story is named after the event most
 * of its articles tell, by that event's root id (the one of its `sameAs` links that links nowhere).
 */

/** One happening as the articles of a story tell it. */
export interface StoryEvent {
  /** The root event's id. */
  id: string;
  /** The root event's title. */
  title: string;
  /** Each article's telling of it, in order of publication of the articles. */
  tellings: { event: Rec<EventData>; article: Rec<ArticleData>; date: NormalizedDate }[];
  /** The most precise date any article gives, for the timeline's order; unknown when none gives one. */
  date: NormalizedDate;
}

export interface Story {
  id: string;
  title: string;
  /** In order of publication. */
  articles: Rec<ArticleData>[];
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

/** A small union-find: records joined by links, each group named by a representative. */
class Groups {
  readonly #parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let next = this.#parent.get(root); next !== undefined && next !== root; next = this.#parent.get(root)) root = next;
    this.#parent.set(id, root);
    return root;
  }
  join(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.#parent.set(x, y);
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
  // Events grouped by the happening they tell; articles joined by the happenings they share.
  const happenings = new Map<string, Rec<EventData>[]>();
  for (const event of index.events.values()) {
    const root = rootEvent(index, event.id);
    happenings.set(root, [...(happenings.get(root) ?? []), event]);
  }
  const articles = new Groups();
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
    if (group.length < 2) continue;
    group.sort(byPublication);
    const ids = new Set(group.map((a) => a.id));
    const timeline: StoryEvent[] = [];
    for (const [root, events] of happenings) {
      if (!events.some((e) => ids.has(e.data.article))) continue;
      const tellings = events
        .flatMap((event) => {
          const article = index.articles.get(event.data.article);
          return article ? [{ event, article, date: normalizeDate(event.data.date) }] : [];
        })
        .sort((a, b) => byPublication(a.article, b.article));
      const date = [...tellings.map((t) => t.date)].sort(
        (a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || Number(a.inferred) - Number(b.inferred),
      )[0];
      timeline.push({ id: root, title: index.events.get(root)?.data.title ?? root, tellings, date: date ?? normalizeDate(undefined) });
    }
    timeline.sort((a, b) => String(a.date.value ?? '9999').localeCompare(String(b.date.value ?? '9999')) || a.title.localeCompare(b.title));
    const named = [...timeline].sort(
      (a, b) => new Set(b.tellings.map((t) => t.article.id)).size - new Set(a.tellings.map((t) => t.article.id)).size || a.id.localeCompare(b.id),
    )[0];
    const id = named?.id ?? group[0]?.id ?? '';
    list.push({
      id,
      title: named?.title ?? id,
      articles: group,
      timeline,
      threads: threads.filter((thread) => thread.appearances.some((a) => ids.has(a.article.id))),
    });
  }
  list.sort((a, b) => byPublication(a.articles[0] as Rec<ArticleData>, b.articles[0] as Rec<ArticleData>));
  const byArticle = new Map<string, Story>();
  for (const story of list) for (const article of story.articles) byArticle.set(article.id, story);
  return { list, byId: new Map(list.map((s) => [s.id, s])), byArticle };
}

const cache = new WeakMap<CorpusIndex, Stories>();

/** The corpus's stories, worked out once per index. */
export function storiesOf(index: CorpusIndex): Stories {
  let stories = cache.get(index);
  if (!stories) cache.set(index, (stories = buildStories(index)));
  return stories;
}

/** "Who said what first": each thread of a story with its earliest appearance and who says it there. */
export function firstSayers(index: CorpusIndex, story: Story): { thread: Thread; statement: string; article: Rec<ArticleData>; saidBy: string | undefined }[] {
  return story.threads.flatMap((thread) => {
    const first = thread.appearances[0];
    return first ? [{ thread, statement: threadStatement(thread), article: first.article, saidBy: originName(index, first) }] : [];
  });
}
