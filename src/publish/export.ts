import type { Correction } from '../content/schemas/correction.ts';
import { normalizeDate } from '../content/schemas/date.ts';
import { ArticleExportSchema, type ArticleExport, type ExportIndex } from './export-schema.ts';
import { z } from 'astro/zod';
import type { CorpusIndex } from '../model/corpus.ts';
import { storiesOf, storyPath } from '../model/stories.ts';
import { threadPageOf, threadsOf } from '../model/threads.ts';
import { textDirection } from '../model/text-direction.ts';
import { lastChanged, recordModified, type RecordWithFile } from './last-changed.ts';
import { safeNote } from './notes.ts';

export interface ExportOptions {
  /** Where cross-links in notes point: the site's address with its base path. Default `/`. */
  site?: string;
  /** When files last changed (default: the project's git history). */
  changed?: (files: readonly string[]) => Date | undefined;
}

type ArticleRec = NonNullable<ReturnType<CorpusIndex['articles']['get']>>;

/** What the export and its index both say of an article: its own fields, its corrections and when it last changed. */
function articleFacts(article: ArticleRec, changed: NonNullable<ExportOptions['changed']>) {
  const { title, headline, publisher, url, language, summary, agency, corrections } = article.data;
  const modified = recordModified(article, changed);
  return {
    id: article.id,
    title,
    headline,
    publisher,
    url,
    published: normalizeDate(article.data.published),
    language,
    summary,
    ...(agency ? { agency } : {}),
    corrections,
    ...(modified ? { dateModified: modified } : {}),
  };
}

/** The whole analysis of one article as plain data, references as ids. */
export function exportArticle(index: CorpusIndex, articleId: string, options: ExportOptions = {}): ArticleExport {
  const article = index.articles.get(articleId);
  if (!article) throw new Error(`No article \`${articleId}\`.`);
  const changed = options.changed ?? lastChanged;
  type Dated = RecordWithFile & { data: { corrections: Correction[] }; body?: string | undefined };
  const history = (record: Dated) => {
    const modified = recordModified(record, changed);
    return { corrections: record.data.corrections, ...(modified ? { dateModified: modified } : {}) };
  };
  /** Notes as safe HTML and text, and what every record says of its own history. */
  const extras = (record: Dated) => {
    const note = safeNote(record.body ?? '', options.site ?? '/');
    return { note: note.html, noteText: note.text, ...history(record) };
  };
  const claims = index.claimsOf(articleId);
  const quotes = index.quotesOf(articleId);
  const sourceIds = new Set<string>();
  const addSource = (id: string | undefined) => {
    // Follow `partOf` so a report's outlet travels with it.
    for (let current = id; current && !sourceIds.has(current); current = index.sources.get(current)?.data.partOf) sourceIds.add(current);
  };
  index.sourcesNamedIn(articleId).forEach(addSource);
  const position = (collection: 'claims' | 'quotes' | 'events', id: string) => {
    const range = index.range(collection, id);
    return range ? { start: range.start, end: range.end } : undefined;
  };
  const threads = threadsOf(index);
  /** The claim's thread, as the thread export and pages have it: where it is shown, and the other appearances. */
  const threadOf = (claimId: string) => {
    const thread = threads.byClaim.get(claimId);
    if (!thread) return undefined;
    return {
      id: thread.id,
      page: threadPageOf(thread, claimId).path,
      earliest: thread.appearances[0]?.claim.id === claimId,
      others: thread.appearances.filter((a) => a.claim.id !== claimId).map((a) => ({ claim: a.claim.id, article: a.article.id })),
    };
  };
  const story = storiesOf(index).byArticle.get(articleId);
  return {
    article: {
      ...articleFacts(article, changed),
      sourceNotes: article.data.sourceNotes,
      text: index.texts.get(articleId) ?? '',
    },
    ...(story
      ? { story: { id: story.id, title: story.title, page: storyPath(story), record: story.record !== undefined, articles: story.articles.map((a) => a.id) } }
      : {}),
    claims: claims.map((claim) => {
      const thread = threadOf(claim.id);
      return {
        id: claim.id,
        statement: claim.data.statement,
        kind: claim.data.kind,
        attribution: claim.data.attribution.map((link) => link.source),
        chain: claim.data.attribution,
        hedges: claim.data.hedges,
        status: claim.data.status,
        relations: claim.data.relations,
        events: claim.data.events,
        anchor: claim.data.anchor,
        position: position('claims', claim.id) ?? { start: 0, end: 0 },
        ...(thread ? { thread } : {}),
        ...extras(claim),
      };
    }),
    quotes: quotes.map((quote) => ({
      id: quote.id,
      text: quote.data.text,
      speaker: quote.data.speaker,
      ...(quote.data.verb ? { verb: quote.data.verb } : {}),
      ...(quote.data.venue ? { venue: quote.data.venue } : {}),
      ...(quote.data.date ? { date: normalizeDate(quote.data.date) } : {}),
      claims: quote.data.claims,
      anchor: {
        exact: quote.data.text,
        ...(quote.data.prefix ? { prefix: quote.data.prefix } : {}),
        ...(quote.data.suffix ? { suffix: quote.data.suffix } : {}),
      },
      position: position('quotes', quote.id) ?? { start: 0, end: 0 },
      ...extras(quote),
    })),
    sources: [...sourceIds]
      .sort()
      .map((id) => index.sources.get(id))
      .filter((s) => s !== undefined)
      .map((source) => {
        const d = source.data;
        return {
          id: source.id,
          name: d.name,
          kind: d.kind,
          description: d.description,
          ...(d.role ? { role: d.role } : {}),
          ...(d.affiliation ? { affiliation: d.affiliation } : {}),
          ...(d.partOf ? { partOf: d.partOf } : {}),
          ...(d.nativeName ? { nativeName: { ...d.nativeName, dir: textDirection(d.nativeName.text) } } : {}),
          aliases: d.aliases,
          ...(d.handle ? { handle: d.handle } : {}),
          ...(d.url ? { url: d.url } : {}),
          ...(d.date ? { date: normalizeDate(d.date) } : {}),
          ...extras(source),
        };
      }),
    events: index.eventsOf(articleId).map((event) => {
      const pos = position('events', event.id);
      return {
        id: event.id,
        title: event.data.title,
        date: normalizeDate(event.data.date),
        sources: event.data.sources,
        after: event.data.after,
        ...(event.data.anchor ? { anchor: event.data.anchor } : {}),
        ...(pos ? { position: pos } : {}),
        ...extras(event),
      };
    }),
  };
}

export function exportIndex(index: CorpusIndex, options: Pick<ExportOptions, 'changed'> = {}): ExportIndex {
  const changed = options.changed ?? lastChanged;
  return {
    articles: [...index.articles.values()].map((article) => ({
      ...articleFacts(article, changed),
      data: `data/${article.id}.json`,
      page: `articles/${article.id}/`,
    })),
  };
}

/** The JSON Schema of `data/<article-id>.json`, generated from the zod schema the export is checked against. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ArticleExportSchema, { target: 'draft-2020-12', io: 'output' }),
    title: 'Claimline article analysis',
  };
}
