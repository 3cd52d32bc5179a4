import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../consts.ts';
import { getIndex, href } from '../data.ts';
import { correctionsFeedItems, escapeMarkup } from '../publish/feeds.ts';

/**
 * Every correction and update on the site, newest first, each linking to the page of what it
 * corrects. Unlike the main feed, items are dated: a correction's day is recorded by the editor who
 * made it, so nothing is invented.
 * @see https://www.rssboard.org/rss-specification
 */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const self = url('corrections.xml');
  return rss({
    title: `${SITE_NAME}: corrections and updates`,
    description: `Every correction and update to ${SITE_NAME}'s analyses, newest first. A correction puts right what the analysis got wrong; an update adds what became known later.`,
    site: new URL(href(), site),
    items: correctionsFeedItems(await getIndex(), url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
  });
};
