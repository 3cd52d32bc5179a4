import { getCollection } from 'astro:content';
import { CorpusIndex } from './model/corpus.ts';

let index: Promise<CorpusIndex> | undefined;

/** The validated collections as one index, built once per build (pages share it). */
export function getIndex(): Promise<CorpusIndex> {
  index ??= (async () => {
    const [articles, sources, claims, quotes, events] = await Promise.all([
      getCollection('articles'),
      getCollection('sources'),
      getCollection('claims'),
      getCollection('quotes'),
      getCollection('events'),
    ]);
    return new CorpusIndex({ articles, sources, claims, quotes, events });
  })();
  return index;
}

/** A path inside the site, with the base it is served under. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
