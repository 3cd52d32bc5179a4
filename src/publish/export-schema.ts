import { z } from 'astro/zod';
import { AnchorSchema } from '../content/schemas/anchor.ts';
import { ArticleSchema } from '../content/schemas/article.ts';
import { AttributionLinkSchema, ClaimKindSchema, ClaimStatusSchema, RelationSchema } from '../content/schemas/claim.ts';
import { IdSchema } from '../content/schemas/common.ts';
import { NormalizedDateSchema } from '../content/schemas/date.ts';
import { CorrectionSchema } from '../content/schemas/correction.ts';
import { NativeNameSchema, SourceKindSchema } from '../content/schemas/source.ts';

/**
 * The published data: `dist/data/<article-id>.json`. Built from the same field schemas as the
 * content, with dates normalised and references as ids. Its JSON Schema is `dist/data/schema.json`.
 */
const PositionSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .describe('The anchor resolved: UTF-16 offsets into `article.text`, end exclusive (a W3C TextPositionSelector).');

/**
 * An editor's note in two forms, neither of them the markdown as written.
 * @see src/publish/notes.ts
 */
const NoteHtmlSchema = z
  .string()
  .describe(
    "The editor's note as HTML, sanitised with the site's own schema (GitHub's safe subset: no script, style, event-handler attribute or URL scheme but http, https, mailto and the like; raw HTML dropped). Safe to insert as HTML. Empty when there is no note.",
  );
const NoteTextSchema = z
  .string()
  .describe(
    'The same note as plain text: every tag removed, paragraphs separated by a blank line. For text contexts only (a text node, `textContent`); escape it like any text before putting it into HTML.',
  );

const CorrectionsExportSchema = z
  .array(CorrectionSchema)
  .describe('Corrections and updates made after the record was published, oldest first: `date` (a day), `kind` (`correction` or `update`), `was`, `now`.');

const DateModifiedSchema = z
  .string()
  .describe(
    "When the record last changed: the time of the newest commit of its file in the site's git history (ISO 8601, UTC), or the day of its newest correction when that is later or the history does not know the file. Absent when neither is known.",
  );

/** What every record exported carries about its own history. */
const HistoryShape = { corrections: CorrectionsExportSchema, dateModified: DateModifiedSchema.optional() };

export const ExportArticleSchema = z.object({
  id: IdSchema,
  ...ArticleSchema.pick({ title: true, headline: true, publisher: true, url: true, language: true, summary: true }).shape,
  agency: z
    .string()
    .optional()
    .describe('The news agency whose copy the article is (its credit line), when the article says so. `publisher` is the outlet that printed it.'),
  published: NormalizedDateSchema,
  sourceNotes: z.record(IdSchema, z.string()).describe('What this article says of a source, by source id, as plain text.'),
  text: z.string().describe('The article text that anchors resolve against: paragraphs joined by a newline.'),
  ...HistoryShape,
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
  note: NoteHtmlSchema,
  noteText: NoteTextSchema,
  ...HistoryShape,
});

/** @see src/publish/thread-export.ts: `threads/threads.json` has each thread in full. */
export const ClaimThreadSchema = z
  .object({
    id: IdSchema.describe("The thread's id: its root claim, the one the `sameAs` links lead to. `threads/threads.json` has the thread in full."),
    page: z.string().describe('The page of the thread that shows this appearance, relative to the site root.'),
    earliest: z.boolean().describe('Whether this appearance is the earliest the site knows of.'),
    others: z
      .array(z.object({ claim: IdSchema, article: IdSchema }))
      .describe("The thread's other appearances, in order of publication: each claim's id, and its article's (`data/<article>.json`)."),
  })
  .describe(
    'The claim thread this claim is an appearance of (claims of other articles that an editor linked as asserting the same thing). Absent when it is in none.',
  );

export const ExportStorySchema = z
  .object({
    id: IdSchema,
    title: z.string().describe("The story's name: its record's title, or the title of the event most of its articles tell."),
    page: z.string().describe('The story page, relative to the site root.'),
    record: z.boolean().describe('Whether an editor named the story with a record (`content/stories/`), rather than the articles sharing events.'),
    articles: z.array(IdSchema).describe('Its articles, in order of publication, this one among them.'),
  })
  .describe('The story the article is part of: articles that tell the same events, read together. Absent when it is in none.');

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
  thread: ClaimThreadSchema.optional(),
  note: NoteHtmlSchema,
  noteText: NoteTextSchema,
  ...HistoryShape,
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
  note: NoteHtmlSchema,
  noteText: NoteTextSchema,
  ...HistoryShape,
});

export const ExportEventSchema = z.object({
  id: IdSchema,
  title: z.string(),
  date: NormalizedDateSchema,
  sources: z.array(IdSchema).describe('The sources this event involves.'),
  after: z.array(IdSchema),
  anchor: AnchorSchema.optional(),
  position: PositionSchema.optional(),
  note: NoteHtmlSchema,
  noteText: NoteTextSchema,
  ...HistoryShape,
});

export const ArticleExportSchema = z
  .object({
    article: ExportArticleSchema,
    story: ExportStorySchema.optional(),
    claims: z.array(ExportClaimSchema),
    quotes: z.array(ExportQuoteSchema),
    sources: z.array(ExportSourceSchema).describe('Every source the claims and quotes name, and the sources those belong to.'),
    events: z.array(ExportEventSchema),
  })
  .describe(
    'One article taken apart: its claims (each with its thread across articles, if any), quotes, sources and events, and the story it is part of, references as ids.',
  );

export const ExportIndexSchema = z.object({
  articles: z.array(
    ExportArticleSchema.omit({ text: true, sourceNotes: true }).extend({
      data: z.string().describe("Path of the article's data file, relative to the site root."),
      page: z.string().describe("Path of the article's page, relative to the site root."),
    }),
  ),
});

export type ArticleExport = z.infer<typeof ArticleExportSchema>;
export type ExportIndex = z.infer<typeof ExportIndexSchema>;
