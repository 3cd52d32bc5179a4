import { z } from 'astro/zod';
import { bounded, boundedText, FIELD_BOUNDS as B, IdSchema } from './common.ts';
import { CorrectionsSchema } from './correction.ts';
import { DateInputSchema } from './date.ts';

/** Words the article prints as someone's own, verbatim. Fragments ("venomous") are quotes too. */
export const QuoteSchema = z.strictObject({
  article: IdSchema.describe('The id of the article the quote appears in.'),
  text: bounded(z.string().min(1), B.quote).describe('The quoted words exactly as printed, curly apostrophes included, without the quotation marks around them.'),
  speaker: IdSchema.describe('Who the article says spoke these words: a source id.'),
  verb: boundedText(B.verb).optional().describe('The article\'s verb for the quote, if it has one ("remarked").'),
  venue: IdSchema.optional().describe('Where the words were said, as a source id (`geo-news`).'),
  date: DateInputSchema.optional().describe('When the words were said, if the article says.'),
  claims: z.array(IdSchema).default([]).describe('The ids of the claims this quote carries.'),
  prefix: z.string().min(1).optional().describe('Text right before the quote, only when the same words appear more than once.'),
  suffix: z.string().min(1).optional().describe('Text right after the quote, only when the same words appear more than once.'),
  corrections: CorrectionsSchema,
});

export type QuoteData = z.infer<typeof QuoteSchema>;
