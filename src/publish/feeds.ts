import { articlesNewestFirst } from '../model/listings.ts';
import type { RSSFeedItem } from '@astrojs/rss';
import type { CorpusIndex } from '../model/corpus.ts';
import { siteCorrections } from '../model/corrections.ts';
import { chainOf, chainText, claimWords, whoClaims } from '../model/views.ts';

/**
 * Text as markup: for XML built by hand (the feeds' `customData`), and for RSS descriptions, which
 * feed readers render as HTML. @astrojs/rss escapes items for XML; a description is escaped once
 * more, so a reader shows `a < b` or `<script>` in a statement as the words they are.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Who printed an article and whose copy it is, when the content records either. */
export function outletWords(article: { publisher: string | null; agency?: string | undefined }): string | undefined {
  if (article.publisher && article.agency) return `Published by ${article.publisher}, from ${article.agency} copy.`;
  if (article.publisher) return `Published by ${article.publisher}.`;
  if (article.agency) return `From ${article.agency} copy.`;
  return undefined;
}

/**
 * Articles in the main feed, the newest first: a feed reader asks for what is new, and a feed of the
 * whole site would grow with it (13 MB at 1,000 articles); the site and its data have the rest.
 */
export const FEED_ARTICLES = 50;

/**
 * The main feed: each of the newest articles, then its claims in reading order. Items carry no `pubDate`: the site
 * does not record when an analysis was published, and an article's own date is often inferred. A
 * claim's title names who makes it and its description the whole chain with names, so no feed
 * reader shows a reported claim as if the site asserted it, or leaves a reader to guess who "he" is.
 */
export function articleFeedItems(index: CorpusIndex, url: (path: string) => string): RSSFeedItem[] {
  const items: RSSFeedItem[] = [];
  for (const article of articlesNewestFirst(index).slice(0, FEED_ARTICLES)) {
    items.push({
      title: article.data.title,
      link: url(`articles/${article.id}/`),
      description: escapeMarkup([article.data.summary, outletWords(article.data)].filter(Boolean).join(' ')),
      categories: ['Article'],
    });
    for (const claim of index.claimsOf(article.id)) {
      const words = claimWords(index, claim);
      items.push({
        // Worded as the claim's page heading and og:title, so a claim reads the same wherever it is shared.
        title: `${whoClaims(index, claim)}: ${claim.data.statement}`,
        link: url(`claims/${claim.id}/`),
        description: escapeMarkup(
          `Who says it: ${chainText(chainOf(index, claim.data.attribution, ''))}. ${words.kind}, ${words.status.label.toLowerCase()}. ${words.status.explain} In “${article.data.title}”.`,
        ),
        categories: ['Claim', words.kind, words.status.label],
      });
    }
  }
  return items;
}

/** The corrections feed: every correction and update, newest first, each linking to what it corrects. */
export function correctionsFeedItems(index: CorpusIndex, url: (path: string) => string): RSSFeedItem[] {
  return siteCorrections(index, '').map((entry) => {
    const link = url(entry.page);
    return {
      title: `${entry.label} to the ${entry.record.toLowerCase()} “${entry.title}”`,
      link,
      pubDate: new Date(`${entry.date}T00:00:00Z`),
      description: escapeMarkup(`Was: ${entry.was} Now: ${entry.now}${entry.article ? ` In the analysis of “${entry.article.title}”.` : ''}`),
      categories: [entry.label, entry.record.toLowerCase()],
      // Several corrections of one record share its link; each keeps an id of its own.
      customData: `<guid isPermaLink="false">${escapeMarkup(`${link}#correction-${entry.number}`)}</guid>`,
    };
  });
}
