import { z } from 'astro/zod';
import { AnchorSchema } from './anchor.ts';
import { boundedText, FIELD_BOUNDS as B, IdSchema, issue, SafeUrlSchema } from './common.ts';
import { CorrectionsSchema } from './correction.ts';
import { DateInputSchema } from './date.ts';

/** The speech act of the innermost source. */
export const CLAIM_KINDS = [
  'statement',
  'report',
  'allegation',
  'accusation',
  'acknowledgement',
  'denial',
  'demand',
  'warning',
  'assessment',
  'observation',
  'question',
  'prediction',
] as const;
export const ClaimKindSchema = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/**
 * `unverified` is the default and the only honest status for a claim the article merely passes on;
 * `verified` and `refuted` need a `review` that says who established it, and where.
 */
export const CLAIM_STATUSES = ['unverified', 'verified', 'refuted'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const RELATION_TYPES = ['contradicts', 'supports', 'responds-to'] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const AttributionLinkSchema = z.strictObject({
  source: IdSchema.describe('The source\'s id: its file name in `content/sources/`.'),
  verb: boundedText(B.verb).describe('The article\'s own verb or phrase for this link, copied from it: `says`, `reported`, `according to`, `as per`.'),
  as: boundedText(B.name).optional().describe('The words the article uses for the source here, when they differ from its name ("Islamabad").'),
  venue: IdSchema.optional().describe('Where it was said, as a source id (an interview on `geo-news`).'),
  venueAs: boundedText(B.name).optional().describe('The article\'s own words for where it was said, copied from it: `on Geo News`, `in a statement`.'),
});
export type AttributionLink = z.infer<typeof AttributionLinkSchema>;

export const RelationSchema = z.strictObject({
  type: RelationTypeSchema.describe('`contradicts`, `supports` or `responds-to`.'),
  claim: IdSchema.describe("The other claim's id."),
});

export const ReviewSchema = z.strictObject({
  by: boundedText(B.name).describe('Who checked the claim.'),
  url: SafeUrlSchema.describe('Where the check is published (`https://...`).'),
  date: DateInputSchema.describe('When the check was published.'),
  summary: boundedText(B.sentence).describe('The finding, in one sentence.'),
});

export const ClaimSchema = z
  .strictObject({
    article: IdSchema.describe('The id of the article the claim is made in (its file name in `content/articles/`).'),
    statement: boundedText(B.statement).describe('One assertion, written neutrally as stated: not negated, not judged.'),
    kind: ClaimKindSchema.describe(`What kind of assertion it is: ${CLAIM_KINDS.map((k) => `\`${k}\``).join(', ')}.`),
    attribution: z
      .array(AttributionLinkSchema)
      .default([])
      .describe('Who says it, outermost first, after the article itself; each link has `source` and `verb`. Leave empty when the article says it in its own voice.'),
    hedges: z.array(boundedText(B.hedge)).default([]).describe('Hedging words the article uses for the claim ("reportedly"), copied from it.'),
    status: ClaimStatusSchema.default('unverified').describe('`unverified` (the default), `verified` or `refuted`; the last two need a `review`.'),
    review: ReviewSchema.optional().describe('Only for `verified` or `refuted`: `by`, `url`, `date` and `summary` of the published check.'),
    relations: z
      .array(RelationSchema)
      .default([])
      .describe('Other claims this one `contradicts`, `supports` or `responds-to`, each as `{ type, claim }`. Shown both ways.'),
    events: z.array(IdSchema).default([]).describe('The ids of the events this claim is about.'),
    anchor: AnchorSchema,
    sameAs: IdSchema.optional().describe('A claim in another article that asserts the same thing (its id): the two are one thread, followed across the articles that carry it.'),
    corrections: CorrectionsSchema,
  })
  .superRefine((claim, ctx) => {
    for (const found of statusIssues(claim.status, claim.review !== undefined)) ctx.addIssue(found);
  });

/**
 * The one rule between `status` and `review`. Zod skips refinements while any field is invalid, so
 * the content checker also runs this on claims with other problems: an editor who marks a claim
 * `verified` without a review hears about it in the same run, not after fixing everything else.
 */
export function statusIssues(status: unknown, hasReview: boolean) {
  if ((status === 'verified' || status === 'refuted') && !hasReview) {
    return [
      issue(
        `A claim marked \`${status}\` needs a \`review\` saying who established it.`,
        'Add `review:` with `by`, `url`, `date` and `summary`, or use `status: unverified` if the article only reports the claim.',
        ['status'],
      ),
    ];
  }
  if (status === 'unverified' && hasReview) {
    return [
      issue(
        'This claim has a `review` but its status is `unverified`.',
        'Set `status: verified` or `status: refuted` to match the review, or remove the review.',
        ['review'],
      ),
    ];
  }
  return [];
}

export type ClaimData = z.infer<typeof ClaimSchema>;
