import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/content/check.ts';
import { articleModel } from '../../src/model/article.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { buildGraph, type GraphLayout } from '../../src/model/graph.ts';
import { layoutGraph, TREE_LAYOUT_NODES } from '../../src/render/graph-layout.ts';
import { graphSvg } from '../../src/render/graph-svg.ts';

/**
 * An article of 2,000 claims, as a long transcript brings them: its graph and its map are laid out
 * as a tree above `TREE_LAYOUT_NODES` boxes (ELK's layered layout grew about cubically there), and
 * read as the smaller ones do. What the layout costs as an article grows is a figure of the bench
 * (`npm run bench -- --claims-in-one 100,500,2000 --no-baseline`), not a timed test.
 */
const work = mkdtempSync(join(tmpdir(), 'claimline-graph-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeCorpus(generateCorpus({ articles: 1, claimsPerArticle: 2000, seed: 3 }), join(work, 'content'));
const index = CorpusIndex.fromCheck(checkContent(work));
const article = [...index.articles.keys()][0] as string;

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What a reader needs of any drawing: boxes apart, every edge from its box to its child's, every word of an edge clear of the boxes. */
function readable(layout: GraphLayout): void {
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  // Sorted by top edge, each box is compared with those that start above its bottom: linear in practice.
  const boxes = [...layout.nodes].sort((a, b) => a.y - b.y);
  for (const [i, box] of boxes.entries()) {
    for (let j = i + 1; j < boxes.length && (boxes[j]?.y ?? Infinity) < box.y + box.height; j++)
      expect(overlap(box, boxes[j]!), `${box.key} / ${boxes[j]!.key}`).toBe(false);
    expect(box.x + box.width <= layout.width && box.y + box.height <= layout.height, box.key).toBe(true);
  }
  for (const edge of layout.edges) {
    const from = byKey.get(edge.from)!;
    const to = byKey.get(edge.to)!;
    expect(edge.points[0]?.x, edge.key).toBe(from.x + from.width);
    expect(edge.points.at(-1)?.x, edge.key).toBe(to.x);
    if (edge.articleWord) {
      expect(edge.label.width, edge.key).toBeGreaterThan(0);
      for (const box of [from, to]) expect(overlap(edge.label, box), `${edge.key} label`).toBe(false);
    }
  }
}

describe('the graph of an article of 2,000 claims', () => {
  it('lays out the whole graph as a tree, never giving it to ELK, readable', async () => {
    const graph = buildGraph(index, article);
    expect(graph.nodes.length).toBeGreaterThan(2000);
    const layout = await layoutGraph(graph, async () => {
      throw new Error('A graph this size is not given to ELK.');
    });
    readable(layout);
  });

  it('lays out the map the graph page shows as a tree, and draws it', async () => {
    const model = articleModel(index, article, {
      base: '/',
      layout: (graph) =>
        layoutGraph(graph, async () => {
          throw new Error('A graph this size is not given to ELK.');
        }),
    });
    const { map } = await model.graph.drawing();
    expect(map.nodes.length).toBeGreaterThan(TREE_LAYOUT_NODES);
    readable(map);
    const svg = graphSvg(map, { document: { title: 'map' } });
    expect(svg).toContain('</svg>');
    if (process.env['PICTURES_OUT']) writeFileSync(process.env['PICTURES_OUT'], svg);
  });
});
