import type { CorpusIndex } from './corpus.ts';

const memo = new WeakMap<CorpusIndex, Map<string, unknown>>();

/**
 * A value worked out once per build for an index and a key (`map:<article>`, `text:<article>`):
 * the pages of a build share one index, and each asks for what it needs.
 */
export function once<T>(index: CorpusIndex, key: string, make: () => T): T {
  let byKey = memo.get(index);
  if (!byKey) memo.set(index, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}
