import { z } from 'astro/zod';
import { boundedText, FIELD_BOUNDS as B, IdSchema, LangSchema, SafeUrlSchema } from './common.ts';
import { CorrectionsSchema } from './correction.ts';
import { DateInputSchema } from './date.ts';

/** An article: its text, verbatim, is the markdown body of its file. */
export const ArticleSchema = z.strictObject({
  title: boundedText(B.title, 'let the `summary` say the rest').describe("The site's own descriptive title. It must not state as fact what the article only reports."),
  headline: boundedText(B.headline, '').nullable().describe('The original headline, verbatim, or `null` when the text we have carries none.'),
  publisher: boundedText(B.publisher, '').nullable().describe('Who published the article, or `null` when the text does not say. Never guess.'),
  url: SafeUrlSchema.nullable().describe('Where the article was published (`https://...`), or `null` when unknown.'),
  published: DateInputSchema.describe('When the article appeared: `2025-10-28`, or an object with `value`, `qualifier` and `inferred`.'),
  language: LangSchema.describe('The language of the article as a BCP 47 tag, such as `en`.'),
  summary: boundedText(B.summary, '').describe('Two or three sentences for lists and link previews, in the same careful voice.'),
  agency: boundedText(B.publisher, '').optional().describe('The news agency whose copy the article is, when it says so (its credit line): `Reuters`, `AFP`.'),
  sourceNotes: z
    .record(IdSchema, boundedText(B.sentence, ''))
    .default({})
    .describe('What this article says of a source, by source id: `geo-news: The outlet on which, the article says, Khawaja Asif spoke.` The source\'s own description says who it is.'),
  corrections: CorrectionsSchema,
});

export type ArticleData = z.infer<typeof ArticleSchema>;
