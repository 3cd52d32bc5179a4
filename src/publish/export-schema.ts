import { z } from 'astro/zod';
import { AnchorSchema } from '../content/schemas/anchor.ts';
import { ArticleSchema } from '../content/schemas/article.ts';
import { AttributionLinkSchema, ClaimKindSchema, ClaimStatusSchema, RelationSchema } from '../content/schemas/claim.ts';
import { IdSchema } from '../content/schemas/common.ts';
import { NormalizedDateSchema } from '../content/schemas/date.ts';
import { NativeNameSchema, SourceKindSchema } from '../content/schemas/source.ts';

/**
 * The published data: `dist/data/<article-id>.json`. Built from the same field schemas as the
 * content, with dates normalised and references as ids. Its JSON Schema is `dist/data/schema.json`.
 */
const PositionSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .describe('The anchor resolved: UTF-16 offsets into `article.text`, end exclusive (a W3C TextPositionSelector).');

export const ExportArticleSchema = z.object({
  id: IdSchema,
  ...ArticleSchema.pick({ title: true, headline: true, publisher: true, url: true, language: true, summary: true }).shape,
  published: NormalizedDateSchema,
  text: z.string().describe('The article text that anchors resolve against: paragraphs joined by a newline.'),
});

export const ExportSourceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: SourceKindSchema,
  description: z.string(),
  role: z.string().optional(),
  affiliation: z.string().optional(),
  partOf: IdSchema.optional(),
  nativeName: NativeNameSchema.extend({ dir: z.enum(['ltr', 'rtl']) }).optional(),
  aliases: z.array(z.string()),
  handle: z.string().optional(),
  url: z.string().optional(),
  date: NormalizedDateSchema.optional(),
});

export const ExportClaimSchema = z.object({
  id: IdSchema,
  statement: z.string(),
  kind: ClaimKindSchema,
  attribution: z.array(IdSchema).describe('Source ids, outermost first, after the article itself. Empty: the article says it in its own voice.'),
  chain: z.array(AttributionLinkSchema).describe('The same chain with the verb the article uses for each link.'),
  hedges: z.array(z.string()),
  status: ClaimStatusSchema,
  relations: z.array(RelationSchema),
  events: z.array(IdSchema),
  anchor: AnchorSchema,
  position: PositionSchema,
  note: z.string().describe("The editor's analysis note, as markdown."),
});

export const ExportQuoteSchema = z.object({
  id: IdSchema,
  text: z.string(),
  speaker: IdSchema,
  verb: z.string().optional(),
  venue: IdSchema.optional(),
  date: NormalizedDateSchema.optional(),
  claims: z.array(IdSchema),
  anchor: AnchorSchema,
  position: PositionSchema,
});

export const ExportEventSchema = z.object({
  id: IdSchema,
  title: z.string(),
  date: NormalizedDateSchema,
  sources: z.array(IdSchema).describe('The sources this event involves.'),
  after: z.array(IdSchema),
  anchor: AnchorSchema.optional(),
  position: PositionSchema.optional(),
});

export const ArticleExportSchema = z
  .object({
    article: ExportArticleSchema,
    claims: z.array(ExportClaimSchema),
    quotes: z.array(ExportQuoteSchema),
    sources: z.array(ExportSourceSchema).describe('Every source the claims and quotes name, and the sources those belong to.'),
    events: z.array(ExportEventSchema),
  })
  .describe('One article taken apart: its claims, quotes, sources and events, references as ids.');

export const ExportIndexSchema = z.object({
  articles: z.array(
    ExportArticleSchema.omit({ text: true }).extend({
      data: z.string().describe("Path of the article's data file, relative to the site root."),
      page: z.string().describe("Path of the article's page, relative to the site root."),
    }),
  ),
});

export type ArticleExport = z.infer<typeof ArticleExportSchema>;
export type ExportIndex = z.infer<typeof ExportIndexSchema>;
