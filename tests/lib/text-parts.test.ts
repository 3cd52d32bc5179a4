/**
 * A long article's annotated text on pages of its own (issue 6): cut between paragraphs, never
 * inside a mark, every marked passage on exactly one part, and links that find it there.
 */
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { articleText, LONG_TEXT_BYTES, splitBlocks, TEXT_PART_BYTES, textPath } from '../../src/model/text-parts.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

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

describe('splitBlocks', () => {
  it('cuts between top-level blocks, keeps every byte, and keeps parts within the limit', () => {
    const html = Array.from(
      { length: 40 },
      (_, i) =>
        `<p>Block ${i} <mark class="anno-claim" id="text-claim-c${i}">with a mark, <em>emphasis</em> and a "quote" > there</mark><a class="anno-ref" href="#claim-c${i}" aria-label="Claim C${i}">C${i}</a>.</p>`,
    ).join('\n');
    const parts = splitBlocks(html, 1_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(html);
    for (const part of parts) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(1_000);
      // Every element opened in a part is closed in it.
      expect((part.match(/<mark/g) ?? []).length).toBe((part.match(/<\/mark>/g) ?? []).length);
      expect((part.match(/<p>/g) ?? []).length).toBe((part.match(/<\/p>/g) ?? []).length);
    }
  });

  it('keeps a block longer than the limit whole, in a part of its own', () => {
    const long = `<p>${'word '.repeat(500)}</p>`;
    expect(splitBlocks(`<p>a</p>\n${long}\n<p>b</p>`, 1_000)).toEqual(['<p>a</p>', `\n${long}`, '\n<p>b</p>']);
  });
});

describe('articleText', () => {
  it('leaves a text of ordinary length whole, beside the timeline', () => {
    const index = article(10);
    const text = articleText(index, 'a');
    expect(text.long).toBe(false);
    expect(text.parts).toEqual([text.html]);
    expect(textPath(index, 'a', 'text-claim-c3')).toBe('articles/a/#text-claim-c3');
  });

  it('gives a long text pages of its own, each within its size, every mark on exactly one', () => {
    const index = article(200);
    const text = articleText(index, 'a');
    expect(Buffer.byteLength(text.html)).toBeGreaterThan(LONG_TEXT_BYTES);
    expect(text.long).toBe(true);
    expect(text.parts.length).toBeGreaterThan(1);
    expect(text.parts.join('')).toBe(text.html);
    for (const part of text.parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(TEXT_PART_BYTES);
    for (let i = 0; i < 200; i++) {
      const id = `text-claim-c${i}`;
      const part = text.partOf.get(id) as number;
      expect(
        text.parts.filter((p) => p.includes(`id="${id}"`)),
        id,
      ).toHaveLength(1);
      expect(text.parts[part - 1]).toContain(`id="${id}"`);
      expect(textPath(index, 'a', id)).toBe(`articles/a/text/${part}/#${id}`);
    }
    expect(text.partOf.get('text-quote-q')).toBe(text.partOf.get('text-claim-c7'));
  });
});
