import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../../data.ts';
import { quoteCard } from '../../../lib/cards.ts';
import { cardResponse } from '../../../lib/cards-cache.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.quotes.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The quote's share card, 1200 × 630: the words with the chain that reaches their speaker. */
export const GET: APIRoute = async ({ params, site }) => {
  const index = await getIndex();
  const quote = index.quotes.get(String(params['id']));
  if (!quote) throw new Error(`No quote ${params['id']}`);
  return cardResponse(quoteCard(index, quote, site?.host ?? ''), `cards/quotes/${quote.id}.png`);
};
