import { existsSync, readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { articleModel, type ArticleModel } from './model/article.ts';
import { CorpusIndex, oncePerCorpus } from './model/corpus.ts';
import { articlesNewestFirst, HOME_PAGE_SIZE, pageCount, pageSlice } from './model/listings.ts';
import { sourceListPage, sourceModel, type SourceModel } from './model/source.ts';
import { layoutGraph } from './render/graph-layout.ts';

let index: Promise<CorpusIndex> | undefined;

const hasRecords = (folder: string) => existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.md'));

/** The validated collections as one index, built once per build (pages share it). */
export function getIndex(): Promise<CorpusIndex> {
  index ??= (async () => {
    const [articles, sources, claims, quotes, events, stories, analysed] = await Promise.all([
      getCollection('articles'),
      getCollection('sources'),
      getCollection('claims'),
      getCollection('quotes'),
      getCollection('events'),
      // Astro warns of an empty collection as of a mistake, and most sites have no story record:
      // the folder is read only when it has one (the build runs from the project's folder).
      hasRecords('content/stories') ? getCollection('stories') : Promise.resolve([]),
      getCollection('analysis'),
    ]);
    // The check's own texts and anchor ranges: no anchor is resolved again.
    const analysis = { texts: new Map<string, string>(), ranges: new Map<string, { start: number; end: number }>() };
    for (const { id, data } of analysed) {
      analysis.texts.set(id, data.text);
      for (const [key, [start, end]] of Object.entries(data.ranges)) analysis.ranges.set(key, { start, end });
    }
    return new CorpusIndex({ articles, sources, claims, quotes, events, stories }, analysis);
  })();
  return index;
}

/** The base path the site is served under, with slashes at both ends. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site, with the base it is served under. */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

const models = oncePerCorpus(() => new Map<string, ArticleModel>());

/** Everything an article's pages show (src/model/article.ts), built once per article per build. */
export async function getArticleModel(articleId: string): Promise<ArticleModel> {
  const corpus = await getIndex();
  const byId = models(corpus);
  let model = byId.get(articleId);
  if (!model) {
    model = articleModel(corpus, articleId, { base: BASE, layout: layoutGraph });
    byId.set(articleId, model);
  }
  return model;
}

/** A source's pages (src/model/source.ts). */
export async function getSourceModel(sourceId: string): Promise<SourceModel> {
  return sourceModel(await getIndex(), sourceId, BASE);
}

/** A claim's, quote's or event's article model, for its own page. */
export async function getModelOf(collection: 'claims' | 'quotes' | 'events', id: string): Promise<ArticleModel> {
  const record = (await getIndex())[collection].get(id);
  if (!record) throw new Error(`No ${collection.slice(0, -1)} \`${id}\`.`);
  return getArticleModel(record.data.article);
}

/** One page of the home page's list of articles, newest first, each as its model shows it. */
export async function getHomePage(number: number): Promise<{ pages: number; articles: ArticleModel[] }> {
  const all = articlesNewestFirst(await getIndex());
  return {
    pages: pageCount(all.length, HOME_PAGE_SIZE),
    articles: await Promise.all(pageSlice(all, number, HOME_PAGE_SIZE).map((article) => getArticleModel(article.id))),
  };
}

/** One page of the list of sources. */
export async function getSourceList(number: number): Promise<ReturnType<typeof sourceListPage>> {
  return sourceListPage(await getIndex(), number, BASE);
}
