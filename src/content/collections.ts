import type { z } from 'astro/zod';
import { ArticleSchema, type ArticleData } from './schemas/article.ts';
import { ClaimSchema, type ClaimData } from './schemas/claim.ts';
import { EventSchema, type EventData } from './schemas/event.ts';
import { QuoteSchema, type QuoteData } from './schemas/quote.ts';
import { SourceSchema, type SourceData } from './schemas/source.ts';
import { StorySchema, type StoryData } from './schemas/story.ts';
import type { Position } from './frontmatter.ts';

/** The folders under `content/`, their schemas, and what one record of each is called. */
export const COLLECTIONS = {
  articles: { schema: ArticleSchema, singular: 'article' },
  sources: { schema: SourceSchema, singular: 'source' },
  claims: { schema: ClaimSchema, singular: 'claim' },
  quotes: { schema: QuoteSchema, singular: 'quote' },
  events: { schema: EventSchema, singular: 'event' },
  stories: { schema: StorySchema, singular: 'story' },
} as const satisfies Record<string, { schema: z.ZodType; singular: string }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** One record as read from its file, before or after validation. */
export interface Entry<T> {
  /** The file name without `.md`: how other records refer to it. */
  id: string;
  /** The file's path relative to the project root. */
  file: string;
  data: T;
  /** The markdown body: the article text, or the editor's note. */
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  positions: Map<string, Position>;
}

export interface Corpus {
  articles: Entry<ArticleData>[];
  sources: Entry<SourceData>[];
  claims: Entry<ClaimData>[];
  quotes: Entry<QuoteData>[];
  events: Entry<EventData>[];
  stories: Entry<StoryData>[];
}

export type DataOf<C extends CollectionName> = Corpus[C][number]['data'];
