import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../consts.ts';
import { getIndex, href } from '../data.ts';
import { articleFeedItems, escapeMarkup } from '../publish/feeds.ts';

/**
 * One feed of articles and their claims, article first, each claim after it in reading order
 * (src/publish/feeds.ts says what an item carries, and why it has no date).
 * @see https://www.rssboard.org/rss-specification
 */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  return rss({
    title: `${SITE_NAME}: articles and claims`,
    description: SITE_TAGLINE,
    site: new URL(href(), site),
    items: articleFeedItems(await getIndex(), url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeMarkup(url('feed.xml'))}" rel="self" type="application/rss+xml"/>`,
  });
};
