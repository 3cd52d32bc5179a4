/**
 * An article named by its publisher (or its title, when it names none) wherever threads and stories
 * list it: with the language and direction the article's own page gives that name, so a publisher
 * written in Arabic letters reads right to left, in Arabic, on every page that names it.
 */
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { ClaimSchema } from '../../src/content/schemas/claim.ts';
import { EventSchema } from '../../src/content/schemas/event.ts';
import { SourceSchema } from '../../src/content/schemas/source.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { articleByline } from '../../src/model/source.ts';
import { firstSayers, storiesOf, storyPage } from '../../src/model/stories.ts';
import { sourceThreadFigures, threadsOf, threadView } from '../../src/model/threads.ts';

const article = (language: string, published: string, publisher: string | null, title = 'Port fees rise') =>
  ArticleSchema.parse({ title, headline: null, publisher, url: null, published, language, summary: 'S' });
const claim = (articleId: string, exact: string, sameAs?: string) =>
  ClaimSchema.parse({
    article: articleId,
    statement: 'Port fees rose.',
    kind: 'report',
    anchor: { exact },
    attribution: [{ source: 'port', verb: 'said' }],
    ...(sameAs ? { sameAs } : {}),
  });
const event = (articleId: string, sameAs?: string) => EventSchema.parse({ article: articleId, title: 'Fees rise', ...(sameAs ? { sameAs } : {}) });

// An Arabic daily, then an English one, then an Arabic article that names no publisher and whose title is in Arabic letters.
const index = new CorpusIndex(
  {
    articles: [
      { id: 'rafid', data: article('ar', '2026-03-01', 'صحيفة الرافد'), body: 'ارتفعت رسوم الميناء' },
      { id: 'ledger', data: article('en', '2026-03-02', 'The Averin Ledger'), body: 'port fees went up' },
      { id: 'unnamed', data: article('ar', '2026-03-03', null, 'رسوم الميناء ترتفع'), body: 'زادت رسوم الميناء' },
    ],
    sources: [{ id: 'port', data: SourceSchema.parse({ name: 'The port authority', kind: 'organisation', description: 'd' }), body: '' }],
    claims: [
      { id: 'c-rafid', data: claim('rafid', 'ارتفعت رسوم الميناء') },
      { id: 'c-ledger', data: claim('ledger', 'port fees went up', 'c-rafid') },
      { id: 'c-unnamed', data: claim('unnamed', 'زادت رسوم الميناء', 'c-rafid') },
    ],
    quotes: [],
    events: [
      { id: 'e-rafid', data: event('rafid'), body: '' },
      { id: 'e-ledger', data: event('ledger', 'e-rafid'), body: '' },
      { id: 'e-unnamed', data: event('unnamed', 'e-rafid'), body: '' },
    ],
  },
  { texts: new Map(), ranges: new Map() },
);
const rafid = { text: 'صحيفة الرافد', attrs: { lang: 'ar', dir: 'rtl' } };
const ledger = { text: 'The Averin Ledger', attrs: {} };
const unnamed = { text: 'رسوم الميناء ترتفع', attrs: { lang: 'ar', dir: 'rtl' } };

describe("an article's publisher in threads and stories", () => {
  it("is named with the attributes the article's own pages give it", () => {
    expect(rafid.attrs).toEqual(articleByline(index.articles.get('rafid') as never, '/').publisherAttrs);
    expect(unnamed.attrs).toEqual(articleByline(index.articles.get('unnamed') as never, '/').titleAttrs);
  });

  it("names each appearance's article on a thread's page, and the article it is compared with, in its language and direction", () => {
    const [thread] = threadsOf(index).list;
    expect(thread?.appearances[0]?.name).toEqual(rafid);
    const view = threadView(index, thread as never, '/');
    expect(view.appearances.map((a) => a.article.name)).toEqual([rafid, ledger, unnamed]);
    expect(view.appearances.map((a) => a.changes?.against)).toEqual([undefined, rafid, ledger]);
  });

  it("names the later articles on a source's page that carry its claim in other words", () => {
    const [changed] = sourceThreadFigures(index, 'port').changedLater;
    expect(changed?.later.map((a) => a.name)).toEqual([ledger, unnamed]);
  });

  it("names a story's articles on its card and its page: its outlets, who tells each event, who said it first", () => {
    const [story] = storiesOf(index).list;
    expect(story?.outlets).toEqual([rafid, ledger, unnamed]);
    expect(story?.timeline[0]?.tellings.map((t) => t.name)).toEqual([rafid, ledger, unnamed]);
    const page = storyPage(index, story as never, 1);
    expect(page.articles.items.map((item) => item.publisher)).toEqual([rafid, ledger, undefined]);
    expect(page.articles.items.map((item) => item.title.attrs)).toEqual([{}, {}, unnamed.attrs]);
    expect(firstSayers(index, story as never).map((f) => f.name)).toEqual([rafid]);
  });
});
