import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../../data.ts';
import { claimCard } from '../../../lib/cards.ts';
import { cardResponse } from '../../../lib/cards-cache.ts';
import { prefetchCards, siteHost, takePrefetched } from '../../../lib/cards-pool.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  // In a build, every card not yet cached starts drawing in worker threads now (src/lib/cards-pool.ts).
  if (import.meta.env.PROD) prefetchCards([...index.claims.values()].map((record) => claimCard(index, record, siteHost())));
  return [...index.claims.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The claim's share card, 1200 × 630: its statement with its whole chain, kind and status. */
export const GET: APIRoute = async ({ params, site }) => {
  const index = await getIndex();
  const claim = index.claims.get(String(params['id']));
  if (!claim) throw new Error(`No claim ${params['id']}`);
  const input = claimCard(index, claim, site?.host ?? '');
  return cardResponse(input, `cards/claims/${claim.id}.png`, takePrefetched(input));
};
