import { z } from 'astro/zod';
import { boundedText, FIELD_BOUNDS as B } from './common.ts';
import { DaySchema } from './date.ts';

/**
 * `correction`: the analysis was wrong and has been put right. `update`: the analysis was right
 * for what was known, and new information has been added.
 * @see https://ifcncodeofprinciples.poynter.org/ (an open and honest corrections policy)
 */
export const CORRECTION_KINDS = ['correction', 'update'] as const;

/** One change to a published record, shown on its page and listed on the corrections page. */
export const CorrectionSchema = z.strictObject({
  date: DaySchema.describe('The day the change was published, like `2025-11-03`.'),
  kind: z.enum(CORRECTION_KINDS).describe('`correction` when the analysis was wrong; `update` when new information was added.'),
  was: boundedText(B.sentence).describe('What the page said before, or what was wrong with it, in a sentence.'),
  now: boundedText(B.sentence).describe('What it says now, in a sentence.'),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** The `corrections` field every kind of record has, oldest first. */
export const CorrectionsSchema = z
  .array(CorrectionSchema)
  .default([])
  .describe('Changes made after the record was published, oldest first: each with `date`, `kind`, `was` and `now`.');
