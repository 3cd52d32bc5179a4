import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/content/check.ts';
import { articleModel } from '../../src/model/article.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { layoutGraph } from '../../src/render/graph-layout.ts';
import { graphSvg } from '../../src/render/graph-svg.ts';
import { expectReadable } from '../support/layout.ts';

/**
 * An article of 2,000 claims, as a long transcript brings them: its graph and its map are laid out
 * as the smaller ones are, and read as they do. What the layout costs as an article grows is a
 * figure of the bench (`npm run bench -- --claims-in-one 100,500,2000 --no-baseline`), not a timed test.
 */
const work = mkdtempSync(join(tmpdir(), 'claimline-graph-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeCorpus(generateCorpus({ articles: 1, claimsPerArticle: 2000, seed: 3 }), join(work, 'content'));
const index = CorpusIndex.fromCheck(checkContent(work));
const article = [...index.articles.keys()][0] as string;

describe('the graph of an article of 2,000 claims', () => {
  it('lays out the whole graph readably', () => {
    const graph = buildGraph(index, article);
    expect(graph.nodes.length).toBeGreaterThan(2000);
    expectReadable(graph, layoutGraph(graph));
  });

  it('lays out the map the graph page shows readably, and draws it', () => {
    const model = articleModel(index, article, { base: '/', layout: layoutGraph });
    const { map } = model.graph.drawing();
    expect(map.nodes.length).toBeGreaterThan(100);
    expectReadable(model.graph.mapTree, map);
    const svg = graphSvg(map, { document: { title: 'map' } });
    expect(svg).toContain('</svg>');
    if (process.env['PICTURES_OUT']) writeFileSync(process.env['PICTURES_OUT'], svg);
  });
});
