import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/content/article-text.ts';
import { renderAnnotatedArticle } from '../../src/model/annotations.ts';
import type { Annotation } from '../../src/plugins/rehype-annotate.ts';

/**
 * Fixture folders, as the unified plugins test: `input.md` + `annotations.json` → `output.html`.
 * Run with UPDATE=1 to write a missing or changed `output.html`, then read the diff.
 */
const root = new URL('../fixtures/annotate', import.meta.url).pathname;

/** The text a reader sees, with the markup taken out. */
const visibleText = (html: string) => html.replace(/<a class="anno-ref"[^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, '');

describe('rehype-annotate fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8');
      const annotations = JSON.parse(readFileSync(join(root, name, 'annotations.json'), 'utf8')) as Annotation[];
      const html = renderAnnotatedArticle(input, annotations);
      const expectedPath = join(root, name, 'output.html');
      if (process.env['UPDATE'] || !existsSync(expectedPath)) writeFileSync(expectedPath, html);
      expect(html).toBe(readFileSync(expectedPath, 'utf8'));
      // Marking never changes a character of the article.
      expect(visibleText(html)).toBe(articleText(input));
      for (const annotation of annotations) {
        // One stable fragment per annotation, and one link to its analysis.
        expect(html.split(`id="text-${annotation.id}"`).length - 1).toBe(1);
        expect(html.split(`href="${annotation.href}"`).length - 1).toBe(1);
      }
    });
  }
});

describe('rehype-annotate', () => {
  it('refuses an anchor that is not in the text rather than mark the wrong words', () => {
    expect(() =>
      renderAnnotatedArticle('Some text.', [{ id: 'x', kind: 'claim', anchor: { exact: 'other text' }, href: '#x', marker: 'C1', label: 'Claim C1' }]),
    ).toThrow(/not in the text/);
  });

  it('refuses an anchor that matches twice', () => {
    expect(() => renderAnnotatedArticle('a b a', [{ id: 'x', kind: 'claim', anchor: { exact: 'a' }, href: '#x', marker: 'C1', label: 'Claim C1' }])).toThrow(
      /more than once/,
    );
  });

  it('marks the words of a nested span inside the outer one', () => {
    const html = renderAnnotatedArticle('He made "venomous" statements.', [
      { id: 'outer', kind: 'claim', anchor: { exact: 'made "venomous" statements' }, href: '#o', marker: 'C1', label: 'Claim C1' },
      { id: 'inner', kind: 'quote', anchor: { exact: 'venomous' }, href: '#i', marker: 'Q1', label: 'Quote Q1' },
    ]);
    expect(html).toMatch(/<mark class="anno-claim"><mark class="anno-quote" id="text-inner">venomous<\/mark><\/mark>/);
  });
});
