import { resolveAnchor, type TextRange } from '../../src/content/anchor.ts';
import { articleText } from '../../src/content/article-text.ts';
import type { Anchor } from '../../src/content/schemas/anchor.ts';
import { CorpusIndex, type PlainCorpus, type Rec } from '../../src/model/corpus.ts';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { ClaimSchema, type ClaimData } from '../../src/content/schemas/claim.ts';
import { EventSchema, type EventData } from '../../src/content/schemas/event.ts';
import { QuoteSchema, type QuoteData } from '../../src/content/schemas/quote.ts';
import { SourceSchema, type SourceData } from '../../src/content/schemas/source.ts';

/**
 * Small corpora for unit tests, written as an editor would write the frontmatter and parsed with
 * the real schemas, so defaults and normalisation are the ones the site uses.
 */
export function makeCorpus(input: {
  body: string;
  /** The article's own fields, over a minimal article's (`publisher`, `agency`, `corrections`…). */
  article?: Record<string, unknown>;
  sources?: Record<string, Partial<SourceData> & Record<string, unknown>>;
  claims?: Record<string, Record<string, unknown>>;
  quotes?: Record<string, Record<string, unknown>>;
  events?: Record<string, Record<string, unknown>>;
}): PlainCorpus {
  const article = 'a';
  const parse = <T>(schema: { parse(value: unknown): T }, id: string, data: Record<string, unknown>): Rec<T> => ({ id, data: schema.parse(data), body: '' });
  return {
    articles: [
      {
        id: article,
        data: ArticleSchema.parse({
          title: 'T',
          headline: null,
          publisher: null,
          url: null,
          published: '2025',
          language: 'en',
          summary: 'S',
          ...input.article,
        }),
        body: input.body,
      },
    ],
    sources: Object.entries(input.sources ?? {}).map(([id, data]) =>
      parse<SourceData>(SourceSchema, id, { name: id, kind: 'person', description: 'd', ...data }),
    ),
    claims: Object.entries(input.claims ?? {}).map(([id, data]) => parse<ClaimData>(ClaimSchema, id, { article, kind: 'report', statement: id, ...data })),
    quotes: Object.entries(input.quotes ?? {}).map(([id, data]) => parse<QuoteData>(QuoteSchema, id, { article, ...data })),
    events: Object.entries(input.events ?? {}).map(([id, data]) => parse<EventData>(EventSchema, id, { article, title: id, ...data })),
  };
}

/**
 * The index of a small corpus, with its analysis worked out as the content check works it out (each
 * article's text as anchors see it, each anchor resolved once); an anchor that does not resolve is
 * left out, as the check would refuse it.
 */
export function indexOf(corpus: PlainCorpus): CorpusIndex {
  const texts = new Map(corpus.articles.map((article) => [article.id, articleText(article.body ?? '')]));
  const ranges = new Map<string, TextRange>();
  const resolve = (key: string, articleId: string, selector: Anchor | undefined) => {
    const text = texts.get(articleId);
    if (!selector || text === undefined) return;
    const result = resolveAnchor(text, selector);
    if (result.ok) ranges.set(key, { start: result.start, end: result.end });
  };
  for (const claim of corpus.claims) resolve(`claims/${claim.id}`, claim.data.article, claim.data.anchor);
  for (const quote of corpus.quotes) {
    const { text, prefix, suffix } = quote.data;
    resolve(`quotes/${quote.id}`, quote.data.article, { exact: text, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });
  }
  for (const event of corpus.events) resolve(`events/${event.id}`, event.data.article, event.data.anchor);
  return new CorpusIndex(corpus, { texts, ranges });
}
