import { z } from 'astro/zod';
import { AnchorSchema } from './anchor.ts';
import { boundedText, FIELD_BOUNDS as B, IdSchema } from './common.ts';
import { CorrectionsSchema } from './correction.ts';
import { DateInputSchema } from './date.ts';

/** Something that happened, or is said to have happened, that claims are about. */
export const EventSchema = z.strictObject({
  article: IdSchema.describe('The id of the article that tells of this event.'),
  title: boundedText(B.eventTitle).describe('What happened, in a few neutral words. Who says so is shown from the claims about it.'),
  date: DateInputSchema.optional().describe('When: `2025-10-28`, or an object with `value`, `qualifier`, `inferred` and `text`. Leave out when the article gives no date.'),
  sources: z
    .array(IdSchema)
    .default([])
    .describe('Ids of the sources this event involves: who acted, or the post or report that the event is.'),
  after: z.array(IdSchema).default([]).describe('Ids of events this one came after, for order when dates are missing ("after a phone call").'),
  anchor: AnchorSchema.optional(),
  sameAs: IdSchema.optional().describe('The same happening as told by another article: that event\'s id. Articles that share an event are one story.'),
  corrections: CorrectionsSchema,
});

export type EventData = z.infer<typeof EventSchema>;
