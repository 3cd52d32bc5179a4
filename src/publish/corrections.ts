import type { Correction } from '../content/schemas/correction.ts';
import type { CorpusIndex } from '../model/corpus.ts';
import { speakerOf } from '../model/views.ts';

/** The kinds of record a correction can be made on, with the folder of their pages. */
const KINDS = [
  { collection: 'articles', route: 'articles', noun: 'article' },
  { collection: 'claims', route: 'claims', noun: 'claim' },
  { collection: 'quotes', route: 'quotes', noun: 'quote' },
  { collection: 'events', route: 'events', noun: 'event' },
  { collection: 'sources', route: 'sources', noun: 'source' },
] as const;

/** One correction or update, with what it corrects. */
export interface CorrectionEntry extends Correction {
  /** What it corrects, and where that is shown; a claim's or quote's title says whose word it is. */
  record: { noun: (typeof KINDS)[number]['noun']; id: string; title: string; path: string };
  /** Its place among the record's corrections, from 1, oldest first: with `record.path`, a stable id. */
  number: number;
  /** The article the record belongs to, when it belongs to one (a source belongs to the site). */
  article?: { id: string; title: string } | undefined;
}

/**
 * Every correction on the site, newest first. Corrections of one day are ordered by record kind
 * (article, claim, quote, event, source), then id, then the later before the earlier.
 */
export function allCorrections(index: CorpusIndex): CorrectionEntry[] {
  const found: { order: number; entry: CorrectionEntry }[] = [];
  for (const [order, { collection, route, noun }] of KINDS.entries()) {
    for (const record of index[collection].values()) {
      const data = record.data as {
        corrections: Correction[];
        article?: string;
        title?: string;
        statement?: string;
        text?: string;
        name?: string;
        speaker?: string;
      };
      const title =
        collection === 'claims'
          ? `${speakerOf(index, record as Parameters<typeof speakerOf>[1]) ?? 'The article'}: ${data.statement ?? ''}`
          : collection === 'quotes'
            ? `“${data.text ?? ''}”, attributed to ${index.sources.get(data.speaker ?? '')?.data.name ?? data.speaker ?? ''}`
            : (data.title ?? data.name ?? record.id);
      const articleId = collection === 'articles' ? record.id : data.article;
      const article = articleId ? index.articles.get(articleId) : undefined;
      data.corrections.forEach((correction, i) => {
        const entry: CorrectionEntry = {
          ...correction,
          record: { noun, id: record.id, title, path: `${route}/${record.id}/` },
          number: i + 1,
          ...(article ? { article: { id: article.id, title: article.data.title } } : {}),
        };
        found.push({ order, entry });
      });
    }
  }
  return found
    .sort(
      (a, b) =>
        b.entry.date.localeCompare(a.entry.date) || a.order - b.order || a.entry.record.id.localeCompare(b.entry.record.id) || b.entry.number - a.entry.number,
    )
    .map(({ entry }) => entry);
}
