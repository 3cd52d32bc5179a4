import { z } from 'astro/zod';

/**
 * Where a record sits in its article: a W3C Web Annotation `TextQuoteSelector`. The build resolves
 * it against the article text and fails on no match or on more than one; there is no fuzzy matching.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export const AnchorSchema = z
  .strictObject({
    exact: z.string().min(1).describe('The words of the article, copied character for character (curly quotes included).'),
    prefix: z.string().min(1).optional().describe('Text right before `exact`, only needed when `exact` appears more than once.'),
    suffix: z.string().min(1).optional().describe('Text right after `exact`, only needed when `exact` appears more than once.'),
  })
  .describe('Where the article says it: `exact` copied from the article, with `prefix` or `suffix` if those words appear more than once.');

export type Anchor = z.infer<typeof AnchorSchema>;
