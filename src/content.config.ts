import { defineCollection } from 'astro:content';
import { corpusLoader } from './lib/content/loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { EventSchema } from './schemas/event.ts';
import { QuoteSchema } from './schemas/quote.ts';
import { SourceSchema } from './schemas/source.ts';

/** The five folders of `content/`. Each loader runs the whole-tree check in src/lib/content/. */
export const collections = {
  articles: defineCollection({ loader: corpusLoader('articles'), schema: ArticleSchema }),
  sources: defineCollection({ loader: corpusLoader('sources'), schema: SourceSchema }),
  claims: defineCollection({ loader: corpusLoader('claims'), schema: ClaimSchema }),
  quotes: defineCollection({ loader: corpusLoader('quotes'), schema: QuoteSchema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: EventSchema }),
};
