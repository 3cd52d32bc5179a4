import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../data.ts';
import { claimCard, quoteCard } from '../model/cards.ts';
import { cardResponse } from './card-cache.ts';

/**
 * The share cards in `astro dev`, at `cards/claims/<id>.png` and `cards/quotes/<id>.png`: each drawn
 * (or read from the card cache) when it is asked for. Injected by the cards integration for the dev
 * server only (src/build/integrations/cards.ts); a build draws the cards itself.
 */
export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [
    ...[...index.claims.keys()].map((id) => ({ params: { folder: 'claims', id } })),
    ...[...index.quotes.keys()].map((id) => ({ params: { folder: 'quotes', id } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const index = await getIndex();
  const id = String(params['id']);
  const host = site?.host ?? '';
  const claim = params['folder'] === 'claims' ? index.claims.get(id) : undefined;
  const quote = params['folder'] === 'quotes' ? index.quotes.get(id) : undefined;
  const input = claim ? claimCard(index, claim, host) : quote ? quoteCard(index, quote, host) : undefined;
  if (!input) return new Response(`No ${params['folder']} record \`${id}\`.`, { status: 404 });
  return cardResponse(input, `cards/${params['folder']}/${id}.png`);
};
