import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../../data.ts';
import { claimCard } from '../../../lib/cards.ts';
import { cardResponse } from '../../../lib/cards-cache.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.claims.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The claim's share card, 1200 × 630: its statement with its whole chain, kind and status. */
export const GET: APIRoute = async ({ params, site }) => {
  const index = await getIndex();
  const claim = index.claims.get(String(params['id']));
  if (!claim) throw new Error(`No claim ${params['id']}`);
  return cardResponse(claimCard(index, claim, site?.host ?? ''), `cards/claims/${claim.id}.png`);
};
