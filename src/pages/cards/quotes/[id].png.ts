import { quoteCard } from '../../../model/cards.ts';
import { cardRoute } from '../_card-route.ts';

/** A quote's share card, 1200 × 630: the words with the chain that reaches their speaker. */
export const { getStaticPaths, GET } = cardRoute('quotes', (index) => index.quotes, quoteCard);
