import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './content/loader.ts';
import { ArticleSchema } from './content/schemas/article.ts';
import { ClaimSchema } from './content/schemas/claim.ts';
import { EventSchema } from './content/schemas/event.ts';
import { QuoteSchema } from './content/schemas/quote.ts';
import { SourceSchema } from './content/schemas/source.ts';
import { StorySchema } from './content/schemas/story.ts';

/**
 * The six folders of `content/`, and what the check worked out of each article (`analysis`: its
 * text and the range of every anchor in it). Each loader runs the same whole-tree check (src/content/).
 */
export const collections = {
  articles: defineCollection({ loader: corpusLoader('articles'), schema: ArticleSchema }),
  sources: defineCollection({ loader: corpusLoader('sources'), schema: SourceSchema }),
  claims: defineCollection({ loader: corpusLoader('claims'), schema: ClaimSchema }),
  quotes: defineCollection({ loader: corpusLoader('quotes'), schema: QuoteSchema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: EventSchema }),
  stories: defineCollection({ loader: corpusLoader('stories'), schema: StorySchema }),
  analysis: defineCollection({
    loader: corpusLoader('analysis'),
    schema: z.object({ text: z.string(), ranges: z.record(z.string(), z.tuple([z.number(), z.number()])) }),
  }),
};
