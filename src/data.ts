import { getCollection } from 'astro:content';
import { CorpusIndex } from './model/corpus.ts';

let index: Promise<CorpusIndex> | undefined;

/** The validated collections as one index, built once per build (pages share it). */
export function getIndex(): Promise<CorpusIndex> {
  index ??= (async () => {
    const [articles, sources, claims, quotes, events, analysed] = await Promise.all([
      getCollection('articles'),
      getCollection('sources'),
      getCollection('claims'),
      getCollection('quotes'),
      getCollection('events'),
      getCollection('analysis'),
    ]);
    // The check's own texts and anchor ranges: no anchor is resolved again.
    const analysis = { texts: new Map<string, string>(), ranges: new Map<string, { start: number; end: number }>() };
    for (const { id, data } of analysed) {
      analysis.texts.set(id, data.text);
      for (const [key, [start, end]] of Object.entries(data.ranges)) analysis.ranges.set(key, { start, end });
    }
    return new CorpusIndex({ articles, sources, claims, quotes, events }, analysis);
  })();
  return index;
}

/** A path inside the site, with the base it is served under. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
