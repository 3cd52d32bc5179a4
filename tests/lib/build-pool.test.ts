import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildPool, buildWorkers } from '../../src/build/build-pool.ts';
import { buildConcurrency } from '../../src/build/settings.ts';
import { cardKey } from '../../src/build/card-cache.ts';
import { renderCard } from '../../src/render/cards.ts';
import { claimCard, quoteCard } from '../../src/model/cards.ts';
import { checkContent } from '../../src/content/check.ts';
import { buildGraph, mapGraph } from '../../src/model/graph.ts';
import { layoutGraph } from '../../src/render/graph-layout.ts';
import { markersFor } from '../../src/model/annotations.ts';
import { CorpusIndex, type Rec } from '../../src/model/corpus.ts';
import type { ClaimData } from '../../src/content/schemas/claim.ts';

const index = CorpusIndex.fromCheck(checkContent('.'));
const site = 'claimline.example.org';
const claim = (id: string) => index.claims.get(id) as Rec<ClaimData>;
const articleId = [...index.articles.keys()][0] as string;

describe('the build pool: graph layouts and share cards in worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the same cards, byte for byte, into the cache', async () => {
    const inputs = [
      claimCard(index, claim('afghan-demand-drone-commitment'), site),
      ...[...index.quotes.values()].slice(0, 2).map((q) => quoteCard(index, q, site)),
    ];
    const pool = new BuildPool(2);
    try {
      const drawn = await Promise.all(inputs.map((input) => pool.draw(input, dir)));
      expect(drawn.every((d) => !d.cached)).toBe(true);
      for (const input of inputs) {
        const png = readFileSync(join(dir, `${cardKey(input)}.png`));
        expect(png.equals(await renderCard(input)), input.text).toBe(true);
      }
      // Asked again, the card is in the cache.
      await expect(pool.draw(inputs[0] as never, dir)).resolves.toMatchObject({ cached: true });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('lays out the same graphs as elkjs in the build’s own thread, whole and as the map', async () => {
    const graph = buildGraph(index, articleId);
    const map = mapGraph(graph, markersFor(index, articleId).claims);
    const pool = new BuildPool(2);
    try {
      const [inWorkers, mapInWorkers] = await Promise.all([layoutGraph(graph, (g) => pool.layout(g)), layoutGraph(map, (g) => pool.layout(g))]);
      expect(inWorkers).toEqual(await layoutGraph(graph));
      expect(mapInWorkers).toEqual(await layoutGraph(map));
      // Not an empty picture: every node placed, every edge routed.
      expect(inWorkers.nodes.length).toBe(graph.nodes.length);
      expect(inWorkers.edges.every((e) => e.points.length >= 2)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('takes layouts before the cards asked for earlier', async () => {
    const pool = new BuildPool(1);
    const done: string[] = [];
    try {
      const inputs = [...index.quotes.values()].slice(0, 4).map((q) => quoteCard(index, q, site));
      const cards = inputs.map((input, i) => pool.draw(input, mkdtempSync(join(dir, `order-${i}-`))).then(() => done.push('card')));
      const layout = layoutGraph(buildGraph(index, articleId), (g) => pool.layout(g)).then(() => done.push('layout'));
      await Promise.all([...cards, layout]);
      // The first card was taken before the layout was asked for; the layout goes next.
      expect(done.indexOf('layout')).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('does the jobs asked for while its worker warms up, and the same as without', async () => {
    const input = quoteCard(index, [...index.quotes.values()][0] as never, site);
    const graph = buildGraph(index, articleId);
    const pool = new BuildPool(1);
    try {
      const [drawn, layout] = await Promise.all([pool.draw(input, mkdtempSync(join(dir, 'warm-'))), layoutGraph(graph, (g) => pool.layout(g))]);
      expect(drawn.cached).toBe(false);
      expect(layout).toEqual(await layoutGraph(graph));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('starts one worker for a few jobs and more when many queue up', async () => {
    const tiny = (i: number): ElkNode => ({
      id: `root-${i}`,
      children: [
        { id: 'a', width: 10, height: 10 },
        { id: 'b', width: 10, height: 10 },
      ],
      edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
    });
    const pool = new BuildPool(2);
    try {
      expect(pool.workers).toBe(1);
      await Promise.all([0, 1, 2].map((i) => pool.layout(tiny(i))));
      expect(pool.workers).toBe(1);
      const many = await Promise.all(Array.from({ length: 200 }, (_, i) => pool.layout(tiny(i))));
      expect(pool.workers).toBe(2);
      expect(many.every((g, i) => g.id === `root-${i}` && g.children?.every((c) => typeof c.x === 'number'))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reports a job that fails, for its page or endpoint to do again and report', async () => {
    const pool = new BuildPool(1);
    try {
      await expect(pool.draw({ kind: 'claim' } as never, dir)).rejects.toThrow();
      await expect(pool.layout({ id: 'root', edges: [{ id: 'e', sources: ['nowhere'], targets: ['nothing'] }] } as ElkNode)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails the jobs still queued when its workers are gone, so that nothing waits for ever', async () => {
    const pool = new BuildPool(1);
    await pool.close();
    await expect(pool.draw(claimCard(index, claim('afghan-demand-drone-commitment'), site), dir)).rejects.toThrow();
    await expect(pool.layout({ id: 'root' })).rejects.toThrow();
  }, 60_000);

  it('takes its number of workers from BUILD_WORKERS, one per core by default', () => {
    expect(buildWorkers({ BUILD_WORKERS: '0' })).toBe(0);
    expect(buildWorkers({ BUILD_WORKERS: '3' })).toBe(3);
    expect(buildWorkers({})).toBe(availableParallelism());
    expect(() => buildWorkers({ BUILD_WORKERS: 'many' })).toThrow(/BUILD_WORKERS must be a whole number of workers .*; it is "many"/);
    expect(() => buildWorkers({ BUILD_WORKERS: '-1' })).toThrow(/BUILD_WORKERS must be a whole number/);
  });

  it('renders 8 pages at a time unless BUILD_CONCURRENCY says otherwise, and names it when it makes no sense', () => {
    expect(buildConcurrency({})).toBe(8);
    expect(buildConcurrency({ BUILD_CONCURRENCY: '1' })).toBe(1);
    expect(() => buildConcurrency({ BUILD_CONCURRENCY: '0' })).toThrow(
      /BUILD_CONCURRENCY must be a whole number of pages rendered at a time, 1 or more .*; it is "0"/,
    );
    expect(() => buildConcurrency({ BUILD_CONCURRENCY: 'lots' })).toThrow(/BUILD_CONCURRENCY must be a whole number/);
  });
});
