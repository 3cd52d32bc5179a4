import type { Claim, NewsArticle } from 'schema-dts';
import type { Thread } from '../model/threads.ts';
import { threadStatement } from '../model/threads.ts';
import { articleJsonLd, type LdContext } from './jsonld.ts';

/**
 * A thread as one schema.org `Claim` (issue 16.6): every article that carries it is an
 * `appearance`, and the earliest the site knows of is its `firstAppearance`, which is left out when
 * the dates cannot tell the first apart. Each article's own claim, with its chain, stays on the
 * claim's page and is linked by `sameAs`.
 * @see https://schema.org/firstAppearance
 * @see https://schema.org/appearance
 */
export function threadJsonLd(ctx: LdContext, thread: Thread): Claim {
  const appearance: NewsArticle[] = thread.appearances.map((a) => articleJsonLd(ctx, a.article.id));
  const [first] = appearance;
  return {
    '@type': 'Claim',
    '@id': `${ctx.url(`threads/${thread.id}/`)}#claim`,
    url: ctx.url(`threads/${thread.id}/`),
    text: threadStatement(thread),
    appearance,
    ...(first && thread.tiedWithEarliest.length === 0 ? { firstAppearance: { '@id': first['@id'] as string } } : {}),
    // The claims' pages, not their `#claim` ids: `sameAs` is a URL a reader (and a link checker) follows.
    sameAs: thread.appearances.map((a) => ctx.url(`claims/${a.claim.id}/`)),
  };
}
