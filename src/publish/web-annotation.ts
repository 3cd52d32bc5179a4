import type { LdContext } from './jsonld.ts';
import { claimWords, sourceName, speakerOf } from '../model/views.ts';
import { possessive } from '../model/words.ts';

/**
 * The anchors of one article as a W3C Web Annotation collection: one Annotation per claim, quote
 * and event that sits in the text, each targeting its words with a TextQuoteSelector and a
 * TextPositionSelector. Any annotation tool that reads the model can re-anchor the analysis.
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://www.w3.org/TR/annotation-vocab/
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much text around a passage goes into `prefix` and `suffix`, in characters. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** `start` and `end` count Unicode code points, as the model requires, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language: string;
  purpose: 'describing' | 'commenting';
}

export interface WebPageBody {
  id: string;
  type: 'Text';
  format: 'text/html';
  purpose: 'identifying';
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'identifying';
  body: (TextualBody | WebPageBody)[];
  target: {
    source: { id: string; type: 'Text'; format: 'text/plain'; language: string };
    /** The page where a reader sees the same text, annotated. */
    scope: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: Annotation[];
  };
}

/** Where the collection of an article is published, inside the site. */
export function annotationsPath(articleId: string): string {
  return `data/${articleId}.annotations.jsonld`;
}

/**
 * Code-point offsets for UTF-16 offsets. The site's ranges are JavaScript string offsets; the
 * model counts code points, which differ once the text holds a character outside the BMP.
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset; count++) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  return count;
}

/**
 * The two selectors for `text.slice(start, end)` (UTF-16 offsets). `prefix` and `suffix` are the
 * text right around the passage, at least `CONTEXT_LENGTH` characters (or the authored context,
 * when longer), cut short at the ends of the text and left out when there is none.
 */
export function selectorsFor(
  text: string,
  start: number,
  end: number,
  authored: { prefix?: string | undefined; suffix?: string | undefined } = {},
): [TextQuoteSelector, TextPositionSelector] {
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  const prefix = before.slice(-Math.max(CONTEXT_LENGTH, [...(authored.prefix ?? '')].length)).join('');
  const suffix = after.slice(0, Math.max(CONTEXT_LENGTH, [...(authored.suffix ?? '')].length)).join('');
  const startPoint = before.length;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
    { type: 'TextPositionSelector', start: startPoint, end: startPoint + [...text.slice(start, end)].length },
  ];
}

/** The Web Annotation collection of one article's anchors, in the order they occur in the text. */
export function articleAnnotations(ctx: LdContext, articleId: string): AnnotationCollection {
  const { index } = ctx;
  const article = index.articles.get(articleId);
  const text = index.texts.get(articleId);
  if (!article || text === undefined) throw new Error(`No article \`${articleId}\`.`);
  const collectionId = ctx.url(annotationsPath(articleId));
  const page = ctx.url(`articles/${articleId}/`);
  const source = { id: `${ctx.url(`data/${articleId}.json`)}#/article/text`, type: 'Text', format: 'text/plain', language: article.data.language } as const;
  const describe = (value: string, purpose: TextualBody['purpose'] = 'describing'): TextualBody => ({
    type: 'TextualBody',
    value,
    format: 'text/plain',
    language: 'en',
    purpose,
  });
  const link = (path: string): WebPageBody => ({ id: ctx.url(path), type: 'Text', format: 'text/html', purpose: 'identifying' });

  const items: { start: number; annotation: Annotation }[] = [];
  const add = (
    key: string,
    motivation: Annotation['motivation'],
    body: Annotation['body'],
    authored?: { prefix?: string | undefined; suffix?: string | undefined },
  ) => {
    const [collection, id] = key.split('/') as [string, string];
    const range = index.ranges.get(key);
    if (!range) return;
    items.push({
      start: range.start,
      annotation: {
        id: `${collectionId}#${collection.slice(0, -1)}-${id}`,
        type: 'Annotation',
        motivation,
        body,
        target: { source, scope: page, selector: selectorsFor(text, range.start, range.end, authored) },
      },
    });
  };

  for (const claim of index.claimsOf(articleId)) {
    const speaker = speakerOf(index, claim);
    const through = claim.data.attribution.slice(0, -1).map((link) => sourceName(index, link.source));
    const { status } = claimWords(index, claim);
    // The statement alone would read as fact; the second body says whose word it is.
    const who = speaker
      ? `Attributed to ${speaker}${through.length > 0 ? `, through ${through.join(', then ')}` : ''}.`
      : "The article's own voice, no source named.";
    add(
      `claims/${claim.id}`,
      'describing',
      [
        describe(claim.data.statement),
        describe(`${who} ${status.label}: ${status.explain.charAt(0).toLowerCase()}${status.explain.slice(1)}`, 'commenting'),
        link(`claims/${claim.id}/`),
      ],
      claim.data.anchor,
    );
  }
  for (const quote of index.quotesOf(articleId)) {
    add(
      `quotes/${quote.id}`,
      'identifying',
      [link(`quotes/${quote.id}/`), describe(`Words the article prints as ${possessive(sourceName(index, quote.data.speaker))}.`)],
      quote.data,
    );
  }
  for (const event of index.eventsOf(articleId)) {
    if (event.data.anchor) add(`events/${event.id}`, 'describing', [describe(event.data.title), link(`events/${event.id}/`)], event.data.anchor);
  }
  items.sort((a, b) => a.start - b.start || a.annotation.id.localeCompare(b.annotation.id));

  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Claims, quotes and events anchored in “${article.data.title}”`,
    total: items.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items: items.map((i) => i.annotation) },
  };
}
