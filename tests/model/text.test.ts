/**
 * An article's annotated text, and a long one cut into parts on the tree's blocks: never inside an
 * element, every marked passage on exactly one part, and links that find it there.
 */
import { describe, expect, it } from 'vitest';
import { articleText, articleTree } from '../../src/content/article-text.ts';
import { articleModel } from '../../src/model/article.ts';
import type { CorpusIndex } from '../../src/model/corpus.ts';
import { TEXT_PART } from '../../src/model/page-sizes.ts';
import { cutBlocks, markIds, markText, sizeOf, toHtml, type TextSize } from '../../src/model/text.ts';
import type { Annotation } from '../../src/plugins/rehype-annotate.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';

/** The text a reader sees, with the markup and the markers taken out. */
const visible = (html: string) =>
  html
    .replace(/<a class="anno-ref"[^>]*>[^<]*<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x26;/g, '&')
    .replace(/&#x3C;/g, '<');

/** Every element opened in a piece of HTML is closed in it, in order. */
function wellFormed(html: string): boolean {
  const open: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (!close) open.push(name as string);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

/** A text of `paragraphs` paragraphs, a span marked in each, and the marked tree. */
function marked(paragraphs: number, words = 12) {
  const body = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i} says that ${'talks failed again '.repeat(words)}and *much* else, at length.`).join(
    '\n\n',
  );
  const text = articleText(body);
  const annotations: Annotation[] = Array.from({ length: paragraphs }, (_, i) => {
    const start = text.indexOf(`Paragraph ${i} says`);
    return {
      id: `claim-c${i}`,
      kind: 'claim',
      range: { start, end: start + `Paragraph ${i} says that talks`.length },
      marker: `C${i + 1}`,
      label: `Claim C${i + 1}`,
    };
  });
  return { body, text, tree: markText(articleTree(body), annotations) };
}

const within = (size: TextSize, limit: TextSize) => size.chars <= limit.chars && size.marks <= limit.marks;

describe('cutBlocks', () => {
  it('cuts between top-level blocks into well-formed parts within the limit that together are the text', () => {
    const { text, tree } = marked(40);
    const limit = { chars: 1_000, marks: 10 };
    const parts = cutBlocks(tree, limit);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(within(sizeOf({ type: 'root', children: part }), limit)).toBe(true);
      expect(wellFormed(toHtml(part))).toBe(true);
      // No part starts inside a paragraph: each begins with a whole block.
      expect(toHtml(part).trimStart().startsWith('<p>')).toBe(true);
    }
    expect(parts.map((part) => visible(toHtml(part))).join('')).toBe(visible(toHtml(tree)));
    expect(visible(toHtml(tree))).toBe(text);
  });

  it('cuts by marks as well as by characters: a closely marked passage gets a part of its own sooner', () => {
    const { tree } = marked(12, 1);
    expect(cutBlocks(tree, { chars: 100_000, marks: 100 })).toHaveLength(1);
    expect(cutBlocks(tree, { chars: 100_000, marks: 4 })).toHaveLength(3);
  });

  it('cuts a block larger than a part into copies of it, down to words, keeping the id on the first and the numbering of a list', () => {
    const long = `The first paragraph ${'goes on and on '.repeat(200)}to the end.`;
    const list = Array.from({ length: 30 }, (_, i) => `${i + 1}. Item ${i + 1} of a long list.`).join('\n');
    const body = `${long}\n\n${list}`;
    const text = articleText(body);
    const start = text.indexOf('goes on');
    const tree = markText(articleTree(body), [{ id: 'claim-long', kind: 'claim', range: { start, end: start + 2_500 }, marker: 'C1', label: 'Claim C1' }]);
    const limit = { chars: 400, marks: 5 };
    const parts = cutBlocks(tree, limit);
    expect(parts.length).toBeGreaterThan(6);
    const html = parts.map((part) => toHtml(part));
    for (const [i, part] of parts.entries()) {
      expect(within(sizeOf({ type: 'root', children: part }), limit), `part ${i}`).toBe(true);
      expect(wellFormed(html[i] as string), `part ${i}`).toBe(true);
    }
    expect(html.join('').split('id="text-claim-long"')).toHaveLength(2);
    expect(markIds(parts.flat())).toEqual(['text-claim-long']);
    expect(visible(html.join(''))).toBe(visible(toHtml(tree)));
    // The list goes on counting where the part before left it.
    const starts = html.flatMap((part) => [...part.matchAll(/<ol(?: start="(\d+)")?>/g)].map((m) => Number(m[1] ?? 1)));
    expect(starts[0]).toBe(1);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

function article(paragraphs: number): CorpusIndex {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i} says that talks failed, according to source ${i}, and *much* else besides, at some length so that the text grows.`,
  ).join('\n\n');
  return indexOf(
    makeCorpus({
      body,
      sources: { s: { name: 'S', kind: 'report' } },
      claims: Object.fromEntries(
        Array.from({ length: paragraphs }, (_, i) => [
          `c${i}`,
          { attribution: [{ source: 's', verb: 'says' }], anchor: { exact: `Paragraph ${i} says that talks failed, according to source ${i}, and much` } },
        ]),
      ),
      quotes: { q: { text: 'failed', speaker: 's', prefix: 'Paragraph 7 says that talks ' } },
    }),
  );
}

const model = (index: CorpusIndex) =>
  articleModel(index, 'a', {
    base: '/',
    layout: () => {
      throw new Error('not laid out');
    },
  });

describe("an article's text in its model", () => {
  it('sits beside the timeline when it is short, on every page of the whole article, with its links', () => {
    const m = model(article(10));
    expect(m.text).toEqual({ long: false, parts: [] });
    expect(m.claims.get('c3')?.inText).toBe('/articles/a/#text-claim-c3');
    const first = m.pages.find((page) => page.path === '');
    expect(first?.text).toContain('id="text-claim-c3"');
    expect(first?.text).toContain('href="#claim-c3"');
    expect(m.pages.filter((page) => page.filter).every((page) => page.text === undefined)).toBe(true);
  });

  it('gets pages of its own past the limit, each within its size, every mark on exactly one, linked from the timeline and from everywhere', () => {
    const index = article(200);
    const m = model(index);
    expect(m.text.long).toBe(true);
    expect(m.pages.every((page) => page.text === undefined)).toBe(true);
    expect(m.text.parts.length).toBeGreaterThan(1);
    for (const part of m.text.parts) {
      expect(wellFormed(part)).toBe(true);
      expect(part.match(/<mark/g)?.length ?? 0).toBeLessThanOrEqual(TEXT_PART.marks);
      expect(visible(part).length).toBeLessThanOrEqual(TEXT_PART.chars);
    }
    expect(visible(m.text.parts.join(''))).toBe(index.texts.get('a'));
    for (let i = 0; i < 200; i++) {
      const id = `text-claim-c${i}`;
      const holding = m.text.parts.flatMap((part, n) => (part.includes(`id="${id}"`) ? [n + 1] : []));
      expect(holding, id).toHaveLength(1);
      expect(m.claims.get(`c${i}`)?.inText).toBe(`/articles/a/text/${holding[0]}/#${id}`);
      // The page an "in text" marker is on links to the same place.
      const page = m.pages.find((p) => !p.filter && p.link(`claim-c${i}`).startsWith('#'));
      expect(page?.textLink(id)).toBe(`/articles/a/text/${holding[0]}/#${id}`);
    }
    // A marker on a text page leads to the timeline page that has the entry.
    const [, to] = /href="([^"]*#claim-c150)"/.exec(m.text.parts.join('')) ?? [];
    expect(to).toBe(m.claims.get('c150')?.entry);
  });
});
