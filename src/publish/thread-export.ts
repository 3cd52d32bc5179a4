import { z } from 'astro/zod';
import { AttributionLinkSchema } from '../content/schemas/claim.ts';
import { IdSchema } from '../content/schemas/common.ts';
import { NormalizedDateSchema } from '../content/schemas/date.ts';
import type { CorpusIndex } from '../model/corpus.ts';
import { changed, threadsOf, threadStatement } from '../model/threads.ts';

/**
 * The published data of claim threads (issue 16.6): `threads/threads.json`, every thread with its
 * appearances in order of publication, each with its article, chain, words and what changed from the
 * appearance before it. Its JSON Schema is `threads/schema.json`, generated from the zod schema the
 * export is checked against, as the article export's is.
 */
const WordChangeSchema = z.object({
  value: z.string(),
  added: z.boolean().describe('Words only the later article has.'),
  removed: z.boolean().describe('Words only the earlier article has.'),
});

export const ThreadAppearanceSchema = z.object({
  claim: IdSchema.describe("The claim's id in this article: `data/<article>.json` has it in full."),
  article: IdSchema,
  published: NormalizedDateSchema.describe("The article's date, with its precision; an inferred date says so."),
  words: z.string().describe("The article's own words for the claim, as its anchor marks them."),
  chain: z.array(AttributionLinkSchema).describe("Who it comes through, outermost first, after the article. Empty: in the article's own voice."),
  hedges: z.array(z.string()),
  earliest: z.boolean().describe('The earliest appearance the site knows of.'),
  changes: z
    .object({
      against: IdSchema.describe('The claim of the appearance just before this one.'),
      changed: z.boolean().describe('Whether words, hedges or sources differ.'),
      words: z.array(WordChangeSchema).describe('A word diff from the earlier words to these; these words unmarked when `translatedFrom` is given.'),
      translatedFrom: z
        .string()
        .optional()
        .describe("The earlier article's language (a BCP 47 tag) when it is not this one's: the words are a translation, not compared word by word."),
      hedgesDropped: z.array(z.string()),
      hedgesAdded: z.array(z.string()),
      sourcesLost: z.array(IdSchema),
      sourcesAdded: z.array(IdSchema),
    })
    .optional()
    .describe('What changed from the appearance before; absent on the first.'),
});

export const ThreadSchema = z.object({
  id: IdSchema.describe('The root claim: the one the `sameAs` links lead to.'),
  statement: z.string().describe('The assertion as the earliest article carries it: what the articles say, not what the site establishes.'),
  page: z.string().describe('The thread page, relative to the site root.'),
  tiedWithEarliest: z.array(IdSchema).describe('Claims whose dates cannot be told apart from the earliest appearance.'),
  appearances: z.array(ThreadAppearanceSchema).min(2),
});

export const ThreadsExportSchema = z.object({ threads: z.array(ThreadSchema) });
export type ThreadsExport = z.infer<typeof ThreadsExportSchema>;

export function exportThreads(index: CorpusIndex): ThreadsExport {
  return ThreadsExportSchema.parse({
    threads: threadsOf(index).list.map((thread) => ({
      id: thread.id,
      statement: threadStatement(thread),
      page: `threads/${thread.id}/`,
      tiedWithEarliest: thread.tiedWithEarliest,
      appearances: thread.appearances.map((a, i) => ({
        claim: a.claim.id,
        article: a.article.id,
        published: a.published,
        words: a.words,
        chain: a.chain,
        hedges: a.claim.data.hedges,
        earliest: i === 0,
        ...(a.changes ? { changes: { ...a.changes, changed: changed(a.changes) } } : {}),
      })),
    })),
  });
}

export function threadsJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ThreadsExportSchema, { target: 'draft-2020-12', io: 'output' }), title: 'Claimline claim threads' };
}
