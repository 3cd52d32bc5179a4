import { claimCard } from '../../../model/cards.ts';
import { cardRoute } from '../_card-route.ts';

/** A claim's share card, 1200 × 630: its statement with its whole chain, kind and status. */
export const { getStaticPaths, GET } = cardRoute('claims', (index) => index.claims, claimCard);
