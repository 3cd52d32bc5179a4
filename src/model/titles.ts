import { formatDate } from '../content/dates.ts';
import { normalizeDate } from '../content/schemas/date.ts';
import type { ArticleData } from '../content/schemas/article.ts';
import { oncePerCorpus, type CorpusIndex, type Rec } from './corpus.ts';
import { storiesOf } from './stories.ts';
import { threadsOf, threadStatement } from './threads.ts';
import { articleName } from './views.ts';
import { cutAtWord } from './words.ts';

/**
 * Titles a reader can tell apart. Two articles often carry the same words: two outlets print the
 * same quote, tell the same event, pass on the same claim, and an editor may give two articles, two
 * stories or two sources the same title or name. Each such record's page then adds to its title and
 * description what tells it apart, ` (Kestrel Wire, Tuesday, 4 Mar 2025)` (its article), and a
 * number where even that is shared (` (…, 2 of 2)`), so that no two pages of the site have the same
 * title in a browser's tabs, its history or a search engine's results. The rest keep their titles as
 * they are.
 */
export type Titled = 'articles' | 'claims' | 'quotes' | 'events' | 'sources' | 'stories' | 'threads';

/** A quote's words as titles and previews show them: cut between words at 70 characters. */
export function quoteTitleWords(text: string, lang: string): string {
  return cutAtWord(text, 70, lang);
}

/** An article as a reader tells it from another: by its publisher, or its title when it names none (`articleName`), and its date. */
export function articleLabel(article: Rec<ArticleData>): string {
  return `${articleName(article).text}, ${formatDate(normalizeDate(article.data.published))}`;
}

/** The words to add after the title of a record's page, and after what its description names it by: `''` for most. */
export function titleApart(index: CorpusIndex, family: Titled, id: string): string {
  return titlesApart(index)[family].get(id) ?? '';
}

const titlesApart = oncePerCorpus((index): Record<Titled, ReadonlyMap<string, string>> => {
  const language = (articleId: string) => index.articles.get(articleId)?.data.language ?? 'en';
  // Claims, quotes and events: each told apart by its article.
  const inArticles = <T extends { id: string; data: { article: string } }>(records: Iterable<T>, words: (record: T) => string) =>
    apart(
      records,
      (record) => [words(record)],
      (record) => {
        const article = index.articles.get(record.data.article);
        return article ? articleLabel(article) : '';
      },
    );
  return {
    articles: apart(
      index.articles.values(),
      // The title names the page; the summary is its description.
      (a) => [a.data.title, a.data.summary],
      (a) => articleLabel(a),
    ),
    claims: inArticles(index.claims.values(), (c) => c.data.statement),
    quotes: inArticles(index.quotes.values(), (q) => quoteTitleWords(q.data.text, language(q.data.article))),
    events: inArticles(index.events.values(), (e) => e.data.title),
    sources: apart(
      index.sources.values(),
      (s) => [s.data.name],
      (s) => [s.data.role, s.data.affiliation].filter(Boolean).join(', ') || cutAtWord(s.data.description, 60),
    ),
    stories: apart(
      storiesOf(index).list,
      (s) => [s.title, ...(s.record?.data.summary ? [s.record.data.summary] : [])],
      (s) => (s.articles[0] ? articleLabel(s.articles[0]) : ''),
    ),
    threads: apart(
      threadsOf(index).list,
      (t) => [threadStatement(t)],
      (t) => (t.appearances[0] ? articleLabel(t.appearances[0].article) : ''),
    ),
  };
});

/**
 * For each record whose words (any of `keys`) another record shares, ` (context)`, and
 * ` (context, n of m)` among those that share the context too, numbered by id.
 */
function apart<T extends { id: string }>(
  records: Iterable<T>,
  keys: (record: T) => readonly string[],
  context: (record: T) => string,
): ReadonlyMap<string, string> {
  const list = [...records];
  const holders = new Map<string, number>();
  for (const record of list) for (const key of new Set(keys(record))) holders.set(key, (holders.get(key) ?? 0) + 1);
  const shared = (record: T) => keys(record).filter((key) => (holders.get(key) ?? 0) > 1);
  const alike = new Map<string, string[]>();
  for (const record of list) {
    for (const key of new Set(shared(record))) {
      const group = `${key}\u0000${context(record)}`;
      alike.set(group, [...(alike.get(group) ?? []), record.id]);
    }
  }
  const suffixes = new Map<string, string>();
  for (const record of list) {
    const keysShared = shared(record);
    if (keysShared.length === 0) continue;
    const words = context(record);
    // The largest group of the same words and context this record is in, numbered by id.
    const group = keysShared.map((key) => alike.get(`${key}\u0000${words}`) ?? []).reduce((a, b) => (b.length > a.length ? b : a), []);
    const sorted = [...group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const number = group.length > 1 ? `${sorted.indexOf(record.id) + 1} of ${group.length}` : '';
    suffixes.set(record.id, ` (${[words, number].filter(Boolean).join(', ')})`);
  }
  return suffixes;
}
