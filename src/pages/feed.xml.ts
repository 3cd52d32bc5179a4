import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../consts.ts';
import { getIndex, href } from '../data.ts';
import { KIND_LABELS, STATUS_LABELS } from '../model/words.ts';

/**
 * One feed of articles and their claims, article first, each claim after it in reading order.
 * Items carry no `pubDate`: the site does not record when an analysis was published, and the
 * article's own date is often inferred, so any date here would be invented. A claim's title names
 * who makes it, so no feed reader shows a reported claim as if the site asserted it.
 * @see https://www.rssboard.org/rss-specification
 */
export const GET: APIRoute = async ({ site }) => {
  const index = await getIndex();
  const url = (path: string) => new URL(href(path), site).href;
  const items: RSSFeedItem[] = [];
  for (const article of index.articles.values()) {
    items.push({
      title: article.data.title,
      link: url(`articles/${article.id}/`),
      description: article.data.summary,
      categories: ['Article'],
    });
    for (const claim of index.claimsOf(article.id)) {
      const innermost = claim.data.attribution.at(-1);
      const speaker = innermost ? (index.sources.get(innermost.source)?.data.name ?? innermost.source) : undefined;
      const status = STATUS_LABELS[claim.data.status];
      items.push({
        title: speaker ? `${speaker}, as the article reports: ${claim.data.statement}` : `The article, in its own voice: ${claim.data.statement}`,
        link: url(`claims/${claim.id}/`),
        description: `${KIND_LABELS[claim.data.kind]}, ${status.label.toLowerCase()}. ${status.explain} In “${article.data.title}”.`,
        categories: ['Claim', KIND_LABELS[claim.data.kind], status.label],
      });
    }
  }
  const self = url('feed.xml');
  return rss({
    title: `${SITE_NAME}: articles and claims`,
    description: SITE_TAGLINE,
    site: new URL(href(), site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
