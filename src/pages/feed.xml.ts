import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../consts.ts';
import { getArticleModel, getIndex, href } from '../data.ts';

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
  for (const id of index.articles.keys()) {
    const { article, claims } = await getArticleModel(id);
    items.push({
      title: article.data.title,
      link: url(`articles/${article.id}/`),
      description: article.data.summary,
      categories: ['Article'],
    });
    for (const claim of claims.values()) {
      items.push({
        title: `${claim.speaker ? `${claim.speaker}, as the article reports` : 'The article, in its own voice'}: ${claim.statement}`,
        link: url(`claims/${claim.id}/`),
        description: `${claim.kind}, ${claim.status.label.toLowerCase()}. ${claim.status.explain} In “${article.data.title}”.`,
        categories: ['Claim', claim.kind, claim.status.label],
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
