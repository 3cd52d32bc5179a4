import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../consts.ts';
import { getIndex, href } from '../../data.ts';
import { threadFeedItems } from '../../publish/thread-feed.ts';

/** New appearances of claim threads: src/publish/thread-feed.ts. */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const self = url('threads/feed.xml');
  return rss({
    title: `${SITE_NAME}: new appearances of claim threads`,
    description: 'Each time another article carries a claim the site follows across articles.',
    site: new URL(href('threads/'), site),
    items: threadFeedItems(await getIndex(), url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
