import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../data.ts';
import type { CardInput } from '../../model/cards.ts';
import { askForCards, siteHost } from '../../build/cards-build.ts';
import { cardResponse } from '../../build/card-cache.ts';
import type { CorpusIndex } from '../../model/corpus.ts';

/**
 * A share-card route: one 1200 × 630 PNG for each record of a collection, at
 * `cards/<folder>/<id>.png`. In a build, the route asks for every card as soon as it is called
 * (src/build/cards-build.ts): the build's workers draw those not cached while the pages render, and
 * the cards integration (src/build/integrations/cards.ts) puts them in `dist/` at the end, so the route
 * itself renders nothing. `astro dev` serves each card from here.
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
      if (import.meta.env.PROD) {
        askForCards([...records(index).values()].map((record) => ({ path: `cards/${folder}/${record.id}.png`, input: card(index, record, siteHost()) })));
        return [];
      }
      return [...records(index).keys()].map((id) => ({ params: { id } }));
    },
    GET: async ({ params, site }) => {
      const index = await getIndex();
      const record = records(index).get(String(params['id']));
      if (!record) throw new Error(`No ${folder.slice(0, -1)} ${params['id']}`);
      return cardResponse(card(index, record, site?.host ?? ''), `cards/${folder}/${record.id}.png`);
    },
  };
}
