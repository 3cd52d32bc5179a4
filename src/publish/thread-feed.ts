import type { RSSFeedItem } from '@astrojs/rss';
import { formatDate } from '../content/dates.ts';
import type { CorpusIndex } from '../model/corpus.ts';
import { threadPageOf, threadsOf, threadStatement } from '../model/threads.ts';
import { sourceName } from '../model/views.ts';

/**
 * The feed of new appearances of threads (issue 16.6): one item for each article that carries a
 * claim of a thread after its earliest appearance, linking to that appearance on the thread page.
 * Like the site's own feed it gives no `pubDate`: when an analysis was added is not recorded, and an
 * article's date can be inferred; the article's date is in the words instead. The title says whose
 * claim it is, so no reader sees it as the site's own.
 */
export function threadFeedItems(index: CorpusIndex, url: (path: string) => string): RSSFeedItem[] {
  return threadsOf(index).list.flatMap((thread) =>
    thread.appearances.slice(1).map((a) => {
      const who = a.article.data.publisher ?? a.article.data.title;
      const origin = a.origin ? `${sourceName(index, a.origin)}, as ${who} reports` : `${who}, in its own voice`;
      return {
        title: `${origin}: ${a.claim.data.statement}`,
        link: url(`${threadPageOf(thread, a.claim.id).path}#appearance-${a.claim.id}`),
        description: `A new appearance of the thread “${threadStatement(thread)}”: ${who}, ${formatDate(a.published)}${a.published.inferred ? ' (date inferred)' : ''}, after ${
          thread.appearances[0]?.article.data.publisher ?? thread.appearances[0]?.article.data.title
        }.`,
        categories: ['Thread appearance'],
      };
    }),
  );
}
