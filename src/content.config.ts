import { defineCollection } from 'astro:content';
import { corpusLoader } from './content/loader.ts';
import { ArticleSchema } from './content/schemas/article.ts';
import { ClaimSchema } from './content/schemas/claim.ts';
import { EventSchema } from './content/schemas/event.ts';
import { QuoteSchema } from './content/schemas/quote.ts';
import { SourceSchema } from './content/schemas/source.ts';

/** The five folders of `content/`. Each loader runs the whole-tree check in src/content/. */
export const collections = {
  articles: defineCollection({ loader: corpusLoader('articles'), schema: ArticleSchema }),
  sources: defineCollection({ loader: corpusLoader('sources'), schema: SourceSchema }),
  claims: defineCollection({ loader: corpusLoader('claims'), schema: ClaimSchema }),
  quotes: defineCollection({ loader: corpusLoader('quotes'), schema: QuoteSchema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: EventSchema }),
};
