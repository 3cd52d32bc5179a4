import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../../data.ts';
import { quoteCard } from '../../../lib/cards.ts';
import { cardResponse } from '../../../lib/cards-cache.ts';
import { prefetchCards, siteHost, takePrefetched } from '../../../lib/cards-pool.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  // In a build, every card not yet cached starts drawing in worker threads now (src/lib/cards-pool.ts).
  if (import.meta.env.PROD) prefetchCards([...index.quotes.values()].map((record) => quoteCard(index, record, siteHost())));
  return [...index.quotes.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The quote's share card, 1200 × 630: the words with the chain that reaches their speaker. */
export const GET: APIRoute = async ({ params, site }) => {
  const index = await getIndex();
  const quote = index.quotes.get(String(params['id']));
  if (!quote) throw new Error(`No quote ${params['id']}`);
  const input = quoteCard(index, quote, site?.host ?? '');
  return cardResponse(input, `cards/quotes/${quote.id}.png`, takePrefetched(input));
};
