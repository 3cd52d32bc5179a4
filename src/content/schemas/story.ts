import { z } from 'astro/zod';
import { boundedText, FIELD_BOUNDS as B, IdSchema, LangSchema } from './common.ts';

/**
 * A story, named by an editor (issue 16.3): the articles that tell it, read together on one page.
 * Articles that share an event (`sameAs`) form a story without a record; a record names the story
 * and joins articles that share no event. The note below the frontmatter, if any, describes it.
 */
export const StorySchema = z.strictObject({
  title: boundedText(B.title).describe('What the story is about, in a few neutral words: the name of its page. It must not state as fact what the articles only report.'),
  articles: z
    .array(IdSchema)
    .describe('Ids of the articles that tell this story, at least two, each once; an article is in one story record at most.'),
  summary: boundedText(B.summary)
    .optional()
    .describe('One or two sentences shown under the title on the story page and in the list of stories, in the same careful voice.'),
  language: LangSchema.optional().describe('The language of the title and summary as a BCP 47 tag, when it is not English: `fa`, `ar`, `de` ...'),
});

export type StoryData = z.infer<typeof StorySchema>;
