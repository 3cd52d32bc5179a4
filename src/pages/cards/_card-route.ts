import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../data.ts';
import type { CardInput } from '../../lib/cards.ts';
import { cardResponse } from '../../lib/cards-cache.ts';
import { prefetchCards, siteHost, takePrefetched } from '../../lib/cards-prefetch.ts';
import type { CorpusIndex } from '../../lib/model.ts';

/**
 * A share-card route: one 1200 × 630 PNG for each record of a collection, at
 * `cards/<folder>/<id>.png`. In a build, every card not yet cached starts drawing in worker threads
 * as soon as the paths are known (src/lib/build-pool.ts); each endpoint then serves its own.
 * (The leading `_` keeps this file from being a route itself.)
 */
export function cardRoute<R extends { id: string }>(
  folder: 'claims' | 'quotes',
  records: (index: CorpusIndex) => ReadonlyMap<string, R>,
  card: (index: CorpusIndex, record: R, host: string) => CardInput,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const index = await getIndex();
      if (import.meta.env.PROD) prefetchCards([...records(index).values()].map((record) => card(index, record, siteHost())));
      return [...records(index).keys()].map((id) => ({ params: { id } }));
    },
    GET: async ({ params, site }) => {
      const index = await getIndex();
      const record = records(index).get(String(params['id']));
      if (!record) throw new Error(`No ${folder.slice(0, -1)} ${params['id']}`);
      const input = card(index, record, site?.host ?? '');
      return cardResponse(input, `cards/${folder}/${record.id}.png`, takePrefetched(input));
    },
  };
}
