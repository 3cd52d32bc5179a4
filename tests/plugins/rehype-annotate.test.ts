import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../src/content/anchor.ts';
import { articleText, articleTree } from '../../src/content/article-text.ts';
import type { Anchor } from '../../src/content/schemas/anchor.ts';
import { markText, toHtml } from '../../src/model/text.ts';
import type { Annotation } from '../../src/plugins/rehype-annotate.ts';

/**
 * Fixture folders, as the unified plugins test: `input.md` + `annotations.json` → `output.html`.
 * Each annotation's anchor is resolved here as the content check resolves it, and the plugin is
 * handed the range. Run with UPDATE=1 to write a missing or changed `output.html`, then read the diff.
 */
const root = new URL('../fixtures/annotate', import.meta.url).pathname;

/** The text a reader sees, with the markup taken out. */
const visibleText = (html: string) => html.replace(/<a class="anno-ref"[^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, '');

/** Spans given as anchors, resolved against the text as the check does. */
function resolved(body: string, spans: (Omit<Annotation, 'range'> & { anchor: Anchor })[]): Annotation[] {
  const text = articleText(body);
  return spans.map(({ anchor, ...span }) => {
    const result = resolveAnchor(text, anchor);
    if (!result.ok) throw new Error(`${span.id}: ${result.hint}`);
    return { ...span, range: { start: result.start, end: result.end } };
  });
}

const render = (body: string, annotations: Annotation[], resolve?: (annotation: Annotation) => string) =>
  toHtml(markText(articleTree(body), annotations, resolve));

describe('rehype-annotate fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8');
      const annotations = resolved(input, JSON.parse(readFileSync(join(root, name, 'annotations.json'), 'utf8')));
      const html = render(input, annotations);
      const expectedPath = join(root, name, 'output.html');
      if (process.env['UPDATE'] || !existsSync(expectedPath)) writeFileSync(expectedPath, html);
      expect(html).toBe(readFileSync(expectedPath, 'utf8'));
      // Marking never changes a character of the article.
      expect(visibleText(html)).toBe(articleText(input));
      for (const annotation of annotations) {
        // One stable fragment per annotation, and one link to its analysis.
        expect(html.split(`id="text-${annotation.id}"`).length - 1).toBe(1);
        expect(html.split(`href="#${annotation.id}"`).length - 1).toBe(1);
      }
    });
  }
});

describe('rehype-annotate', () => {
  const span = (id: string, start: number, end: number): Annotation => ({ id, kind: 'claim', range: { start, end }, marker: 'C1', label: 'Claim C1' });

  it('refuses a range outside the text rather than mark the wrong words', () => {
    expect(() => render('Some text.', [span('x', 5, 40)])).toThrow(/`x` \(5–40\) is not inside the text \(10 characters\)/);
    expect(() => render('Some text.', [span('x', 3, 3)])).toThrow(/not inside the text/);
  });

  it('writes each marker link where the resolver says, and nowhere else', () => {
    const html = render('One. Two.', [span('claim-a', 0, 3), span('claim-b', 5, 8)], (annotation) => `/articles/x/page/2/#${annotation.id}`);
    expect(html).toContain('href="/articles/x/page/2/#claim-a"');
    expect(html).toContain('href="/articles/x/page/2/#claim-b"');
    expect(html).not.toContain('href="#');
  });

  it('marks the words of a nested span inside the outer one', () => {
    const body = 'He made "venomous" statements.';
    const html = render(
      body,
      resolved(body, [
        { id: 'outer', kind: 'claim', anchor: { exact: 'made "venomous" statements' }, marker: 'C1', label: 'Claim C1' },
        { id: 'inner', kind: 'quote', anchor: { exact: 'venomous' }, marker: 'Q1', label: 'Quote Q1' },
      ]),
    );
    expect(html).toMatch(/<mark class="anno-claim"><mark class="anno-quote" id="text-inner">venomous<\/mark><\/mark>/);
  });
});
