import { z } from 'astro/zod';
import { boundedText, FIELD_BOUNDS as B, IdSchema, LangSchema, SafeUrlSchema } from './common.ts';
import { CorrectionsSchema } from './correction.ts';
import { DateInputSchema } from './date.ts';

export const SOURCE_KINDS = ['person', 'outlet', 'report', 'government', 'organisation', 'collective', 'post'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const NativeNameSchema = z.strictObject({
  text: boundedText(B.name).describe('The name as written in its own script, for example `تمیم باحث`.'),
  lang: LangSchema.describe('The language of that name as a BCP 47 tag: `fa`, `ps`, `ar`, `ur` ...'),
});

/** Who a claim or quote comes from: a person, an outlet, a report, a government, a group, a post. */
export const SourceSchema = z.strictObject({
  name: boundedText(B.name).describe(
    'The name to show on every page that names this source ("Khawaja Asif", "TOLONews"). Another spelling an article uses goes in `aliases`, its words for the source in a link\'s `as`.',
  ),
  kind: SourceKindSchema.describe('What the source is: `person`, `outlet`, `report`, `government`, `organisation`, `collective` or `post`.'),
  description: boundedText(B.description).describe(
    'One line on who or what this is, true whichever article names it ("A Pakistani television news channel"). What one article says of it goes in that article\'s `sourceNotes`.',
  ),
  role: boundedText(B.role).optional().describe('For a person: the role the article gives ("Defence Minister").'),
  affiliation: boundedText(B.role).optional().describe('For a person: whom they belong to or speak for, in the article\'s words ("Pakistan").'),
  partOf: IdSchema.optional().describe('Another source this one belongs to: the outlet of a report, the author of a post (an id).'),
  nativeName: NativeNameSchema.optional().describe('The name in another script, with `text` and `lang`. Right-to-left scripts are shown right to left.'),
  aliases: z.array(boundedText(B.name)).default([]).describe('Other words articles use for this source ("Islamabad"), other spellings included ("Araghchi").'),
  handle: z.string().regex(/^@\w{1,64}$/).optional().describe('A social-media handle with its `@`, like `@tameembahiss`.'),
  url: SafeUrlSchema.optional().describe('A web address for the source (`https://...`).'),
  date: DateInputSchema.optional().describe('For a report or a post: when it appeared.'),
  corrections: CorrectionsSchema,
});

export type SourceData = z.infer<typeof SourceSchema>;
