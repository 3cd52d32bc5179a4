import rehypeStringify from 'rehype-stringify';
import { rehypeAnnotate, type Annotation } from '../plugins/rehype-annotate.ts';
import { articleParser } from '../content/article-text.ts';
import type { CorpusIndex } from './corpus.ts';

/** Short markers, numbered in the article's order within each kind: C1, C2 … Q1 … E1. */
export interface Markers {
  claims: Map<string, string>;
  quotes: Map<string, string>;
  events: Map<string, string>;
}

export function markersFor(index: CorpusIndex, articleId: string): Markers {
  const number = (collection: 'claims' | 'quotes' | 'events', ids: string[], letter: string) => {
    const sorted = ids
      .filter((id) => index.range(collection, id))
      .sort((a, b) => (index.range(collection, a)?.start ?? 0) - (index.range(collection, b)?.start ?? 0) || a.localeCompare(b));
    return new Map(sorted.map((id, i) => [id, `${letter}${i + 1}`]));
  };
  return {
    claims: number(
      'claims',
      index.claimsOf(articleId).map((c) => c.id),
      'C',
    ),
    quotes: number(
      'quotes',
      index.quotesOf(articleId).map((q) => q.id),
      'Q',
    ),
    events: number(
      'events',
      index.eventsOf(articleId).map((e) => e.id),
      'E',
    ),
  };
}

/**
 * The annotated text with each marker's link (`#claim-x`, `#quote-x`, `#event-x`, as
 * `annotationsFor` writes them) sent where `to` says, for a page that does not hold every entry.
 */
export function retargetMarks(html: string, to: (fragmentId: string) => string): string {
  return html.replace(/href="#((?:claim|quote|event)-[a-z0-9-]+)"/g, (_link, id: string) => `href="${to(id)}"`);
}

/**
 * The spans to mark in an article: every claim, quote and anchored event, each linking to its
 * entry on the article page (`#claim-<id>`, `#quote-<id>`, `#event-<id>`).
 */
export function annotationsFor(index: CorpusIndex, articleId: string, markers = markersFor(index, articleId)): Annotation[] {
  const out: Annotation[] = [];
  for (const claim of index.claimsOf(articleId)) {
    const marker = markers.claims.get(claim.id);
    if (!marker) continue;
    out.push({
      id: `claim-${claim.id}`,
      anchor: claim.data.anchor,
      kind: 'claim',
      href: `#claim-${claim.id}`,
      marker,
      label: `Claim ${marker}`,
    });
  }
  for (const quote of index.quotesOf(articleId)) {
    const marker = markers.quotes.get(quote.id);
    if (!marker) continue;
    const speaker = index.sources.get(quote.data.speaker)?.data.name ?? quote.data.speaker;
    out.push({
      id: `quote-${quote.id}`,
      anchor: {
        exact: quote.data.text,
        ...(quote.data.prefix ? { prefix: quote.data.prefix } : {}),
        ...(quote.data.suffix ? { suffix: quote.data.suffix } : {}),
      },
      kind: 'quote',
      href: `#quote-${quote.id}`,
      marker,
      label: `Quote ${marker}, attributed to ${speaker}`,
    });
  }
  for (const event of index.eventsOf(articleId)) {
    const marker = markers.events.get(event.id);
    if (!marker || !event.data.anchor) continue;
    out.push({
      id: `event-${event.id}`,
      anchor: event.data.anchor,
      kind: 'event',
      href: `#event-${event.id}`,
      marker,
      label: `Event ${marker}`,
    });
  }
  return out;
}

/**
 * The last rendering of each article text, by body: an article's page and each of its filter pages
 * show the same annotated text, so it is rendered once per article instead of once per page
 * (issue 6). Bounded, so a long `astro dev` session that edits articles does not keep every draft.
 */
const rendered = new Map<string, { key: string; html: string }>();
const RENDERED_MAX = 5_000;

/** The article text as HTML, every annotated span marked and linked. */
export function renderAnnotatedArticle(body: string, annotations: readonly Annotation[]): string {
  const key = JSON.stringify(annotations);
  const hit = rendered.get(body);
  if (hit?.key === key) return hit.html;
  const html = String(articleParser().use(rehypeAnnotate, { annotations }).use(rehypeStringify).processSync(body));
  rendered.delete(body);
  rendered.set(body, { key, html });
  if (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value as string);
  return html;
}
