/**
 * Timeline pages sized to the article (issue 6): an article's pages hold as many timeline items as
 * fit beside its annotated text, map, quotes and filters. What a reader would notice if it broke: a
 * long article's first page far over the budget, or a short article cut into pages for nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSite } from '../../scripts/bench/pages.ts';
import { articleViews } from '../../src/model/article-views.ts';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { buildGraph } from '../../src/model/graph.ts';
import {
  ARTICLE_PAGE_FIXED,
  articleWeights,
  graphPageWeight,
  PAGE_BUDGET_BYTES,
  TIMELINE_PAGE_MIN,
  TIMELINE_PAGE_SIZE,
  timelinePageSize,
} from '../../src/model/page-weight.ts';
import { articleText } from '../../src/model/text-parts.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

const sentence = (i: number) => `Sentence number ${i} of a long article says something that someone claims. `;

/** An article of `sentences` sentences, with a claim on each of the first `claims`. */
function article(sentences: number, claims: number): CorpusIndex {
  const body = Array.from({ length: sentences }, (_, i) => sentence(i)).join('\n\n');
  return indexOf(
    makeCorpus({
      body,
      sources: { s: { name: 'A source', kind: 'report' } },
      claims: Object.fromEntries(
        Array.from({ length: claims }, (_, i) => [
          `claim-${i}`,
          {
            statement: `Claim ${i} is a statement of moderate length, as claims are.`,
            attribution: [{ source: 's', verb: 'says' }],
            anchor: { exact: `Sentence number ${i} of` },
          },
        ]),
      ),
    }),
  );
}

describe('timelinePageSize', () => {
  it('keeps a short article on pages of the full size, and one page when it fits', () => {
    const index = article(5, 5);
    expect(timelinePageSize(index, 'a')).toBe(TIMELINE_PAGE_SIZE);
    expect(articleViews(index, 'a').filter((v) => !v.filter)).toHaveLength(1);
  });

  it('gives a longer article fewer items a page, and never fewer than the minimum', () => {
    const short = timelinePageSize(article(10, 40), 'a');
    const longer = article(150, 40);
    expect(articleText(longer, 'a').long).toBe(false);
    expect(timelinePageSize(longer, 'a')).toBeLessThan(short);
    const heavy = { ...articleWeights(longer, 'a'), text: PAGE_BUDGET_BYTES };
    expect(timelinePageSize(longer, 'a', heavy)).toBe(TIMELINE_PAGE_MIN);
  });

  it('gives the whole room back to the timeline when a long text has pages of its own', () => {
    const long = article(400, 40);
    expect(articleText(long, 'a').long).toBe(true);
    expect(timelinePageSize(long, 'a')).toBe(TIMELINE_PAGE_SIZE);
  });

  it('fills a page with items whose estimated weights fit the room beside the rest', () => {
    const index = article(120, 60);
    const weights = articleWeights(index, 'a');
    const size = timelinePageSize(index, 'a', weights);
    const [first] = articleViews(index, 'a', size);
    const items = (first?.page.unattached ?? []).map((c) => weights.claim(c.id));
    const total = ARTICLE_PAGE_FIXED + weights.text + weights.map + weights.quotes + weights.filters + items.reduce((a, b) => a + b, 0);
    expect(items.length).toBe(size);
    expect(total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });
});

describe('the estimate against the built seed site', () => {
  const dist = resolve('dist');
  const index = CorpusIndex.fromCheck(checkContent('.'));

  it('does not under-estimate an article page, nor over-estimate it by more than a tenth', () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('There is no built site in dist/: run `npm run build` first (`npm test` does).');
    const site = analyseSite(dist, process.env['BASE_PATH'] ?? '/');
    for (const id of index.articles.keys()) {
      const page = site.pages.find((p) => p.path.endsWith(`/articles/${id}/`));
      expect(page, id).toBeDefined();
      const weights = articleWeights(index, id);
      const [first] = articleViews(index, id);
      const shown = first?.page;
      const items =
        [...(shown?.placed ?? []), ...(shown?.unplaced ?? [])].reduce(
          (sum, e) => sum + weights.event(e.event.id) + e.claims.reduce((s, c) => s + weights.claim(c.id), 0),
          0,
        ) + (shown?.unattached ?? []).reduce((s, c) => s + weights.claim(c.id), 0);
      const estimate = ARTICLE_PAGE_FIXED + weights.text + weights.map + weights.quotes + weights.filters + items;
      const actual = page?.bytes ?? 0;
      expect(estimate, `${id}: estimated ${estimate}, built ${actual}`).toBeGreaterThanOrEqual(actual);
      expect(estimate, `${id}: estimated ${estimate}, built ${actual}`).toBeLessThanOrEqual(actual * 1.1);
      expect(readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8')).toContain('class="graph graph--map"');
    }
  });

  it('does not under-estimate a graph page drawn in full, nor over-estimate it by more than a tenth', () => {
    const site = analyseSite(dist, process.env['BASE_PATH'] ?? '/');
    for (const id of index.articles.keys()) {
      const page = site.pages.find((p) => p.path.endsWith(`/articles/${id}/graph/`));
      const estimate = graphPageWeight(buildGraph(index, id));
      const actual = page?.bytes ?? 0;
      // The seed's graph fits: it is drawn in full, each claim written out.
      expect(estimate, id).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      expect(readFileSync(join(dist, 'articles', id, 'graph', 'index.html'), 'utf8')).toContain('<svg class="graph__svg"');
      expect(estimate, `${id}: estimated ${estimate}, built ${actual}`).toBeGreaterThanOrEqual(actual);
      expect(estimate, `${id}: estimated ${estimate}, built ${actual}`).toBeLessThanOrEqual(actual * 1.1);
    }
  });
});

describe('graphPageWeight', () => {
  it('finds the graph of a many-claimed article too heavy to draw in full, and grows with its claims', () => {
    const weight = (claims: number) => graphPageWeight(buildGraph(article(claims, claims), 'a'));
    expect(weight(10)).toBeLessThan(weight(20));
    expect(weight(10)).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(weight(80)).toBeGreaterThan(PAGE_BUDGET_BYTES);
  });
});
