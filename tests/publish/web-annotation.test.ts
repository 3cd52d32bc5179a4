import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { ldContext } from '../../src/publish/jsonld.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import {
  ANNO_CONTEXT,
  articleAnnotations,
  codePointOffset,
  CONTEXT_LENGTH,
  selectorsFor,
  type AnnotationCollection,
} from '../../src/publish/web-annotation.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';
import { TWO_STORIES } from '../support/two-stories.ts';

const SITE = 'https://example.org/';
const ARTICLE = 'pakistan-afghanistan-talks';
const seed = CorpusIndex.fromCheck(checkContent(TWO_STORIES));
const collection = articleAnnotations(ldContext(seed, SITE), ARTICLE);
const text = seed.texts.get(ARTICLE) ?? '';

/** A TextPositionSelector counts code points, so slicing must too. */
const slice = (value: string, start: number, end: number) => [...value].slice(start, end).join('');

/** Each selector agrees with the text: the position slice is the quote, prefix and suffix touch it. */
function expectConsistent(source: string, annotations: AnnotationCollection['first']['items']) {
  const points = [...source];
  for (const annotation of annotations) {
    const [quote, position] = annotation.target.selector;
    expect(slice(source, position.start, position.end), annotation.id).toBe(quote.exact);
    if (quote.prefix !== undefined) expect(points.slice(0, position.start).join('').endsWith(quote.prefix), annotation.id).toBe(true);
    else expect(position.start, annotation.id).toBe(0);
    if (quote.suffix !== undefined) expect(points.slice(position.end).join('').startsWith(quote.suffix), annotation.id).toBe(true);
    else expect(position.end, annotation.id).toBe(points.length);
  }
}

describe('the seed article as a Web Annotation collection', () => {
  const items = collection.first.items;

  it('is an AnnotationCollection with one page, in the Web Annotation context', () => {
    expect(collection).toMatchObject({
      '@context': ANNO_CONTEXT,
      id: `${SITE}data/${ARTICLE}.annotations.jsonld`,
      type: 'AnnotationCollection',
      total: items.length,
      first: { type: 'AnnotationPage', partOf: `${SITE}data/${ARTICLE}.annotations.jsonld`, startIndex: 0 },
    });
  });

  it('has one annotation per claim, quote and anchored event, each with its own id', () => {
    const anchoredEvents = seed.eventsOf(ARTICLE).filter((e) => e.data.anchor);
    expect(items).toHaveLength(seed.claimsOf(ARTICLE).length + seed.quotesOf(ARTICLE).length + anchoredEvents.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    for (const claim of seed.claimsOf(ARTICLE))
      expect(
        items.some((a) => a.id.endsWith(`#claim-${claim.id}`)),
        claim.id,
      ).toBe(true);
  });

  it('selects each passage twice over, and the two selectors agree with the text', () => {
    expectConsistent(text, items);
    for (const annotation of items) expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('puts the anchor the editor wrote into the quote selector', () => {
    const byId = new Map(items.map((a) => [a.id.split('#')[1], a]));
    for (const claim of seed.claimsOf(ARTICLE)) expect(byId.get(`claim-${claim.id}`)?.target.selector[0].exact).toBe(claim.data.anchor.exact);
    for (const quote of seed.quotesOf(ARTICLE)) expect(byId.get(`quote-${quote.id}`)?.target.selector[0].exact).toBe(quote.data.text);
  });

  it('bodies a claim with its statement and whose word it is, and a quote with its page', () => {
    const claim = items.find((a) => a.id.endsWith('#claim-india-to-blame'));
    expect(claim?.body).toEqual([
      expect.objectContaining({ type: 'TextualBody', value: 'India was to blame for the failure of the talks.', purpose: 'describing' }),
      expect.objectContaining({ type: 'TextualBody', value: expect.stringContaining('Attributed to Pakistan'), purpose: 'commenting' }),
      { id: `${SITE}claims/india-to-blame/`, type: 'Text', format: 'text/html', purpose: 'identifying' },
    ]);
    const quote = items.find((a) => a.id.endsWith('#quote-venomous'));
    expect(quote?.body[0]).toEqual({ id: `${SITE}quotes/venomous/`, type: 'Text', format: 'text/html', purpose: 'identifying' });
  });

  it('targets the exported article text, in reading order', () => {
    for (const annotation of items) expect(annotation.target.source.id).toBe(`${SITE}data/${ARTICLE}.json#/article/text`);
    const starts = items.map((a) => a.target.selector[1].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('selectors', () => {
  it('count code points, not UTF-16 units, past a character outside the BMP', () => {
    const corpus = makeCorpus({
      body: 'The 😀 minister says the pact exists.',
      sources: { minister: {} },
      claims: { pact: { attribution: [{ source: 'minister', verb: 'says' }], anchor: { exact: 'the pact exists' } } },
    });
    const index = indexOf(corpus);
    const body = index.texts.get('a') ?? '';
    const annotations = articleAnnotations(ldContext(index, SITE), 'a').first.items;
    const position = annotations[0]!.target.selector[1];
    expect(position.start).toBe(body.indexOf('the pact') - 1);
    expectConsistent(body, annotations);
    expect(codePointOffset('a😀b', 3)).toBe(2);
  });

  it('leave out prefix and suffix at the ends of the text, and cut them short near them', () => {
    const [atStart] = selectorsFor('Talks failed.', 0, 5);
    expect(atStart).toEqual({ type: 'TextQuoteSelector', exact: 'Talks', suffix: ' failed.' });
    const long = 'x'.repeat(100);
    const [middle] = selectorsFor(`${long}MID${long}`, 100, 103);
    expect(middle.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(middle.suffix).toHaveLength(CONTEXT_LENGTH);
  });

  it('keep an authored prefix whole when it is longer than the default context', () => {
    const prefix = 'y'.repeat(CONTEXT_LENGTH + 8);
    const [quote] = selectorsFor(`${prefix}MID`, prefix.length, prefix.length + 3, { prefix });
    expect(quote.prefix).toBe(prefix);
  });
});
