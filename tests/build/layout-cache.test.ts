import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { threadsOf, threadView } from '../../src/model/threads.ts';
import { layoutPath, localEngine, type LayoutEngine } from '../../src/render/path-svg.ts';
import { cachedLayouts, layoutKey } from '../../src/build/layout-cache.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';

// A claim that travels from one outlet's article to others': its thread's path is what ELK lays out.
const index = CorpusIndex.fromCheck(checkContent('tests/fixtures/corpora/one-story'));
const thread = threadsOf(index).list[0];
if (!thread) throw new Error('The one-story fixture has a claim thread.');
const graph = threadView(index, thread, '/', 1).path;

describe('thread path layouts kept between builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-layouts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** elkjs in this thread, counting the graphs it is given. */
  function counting(): { engine: LayoutEngine; calls: () => number } {
    let calls = 0;
    return {
      engine: (g) => {
        calls++;
        return localEngine(g);
      },
      calls: () => calls,
    };
  }

  it('lays an unchanged graph out once, and reads the same picture back on the next build', async () => {
    const first = counting();
    const drawn = await layoutPath(graph, cachedLayouts(first.engine, dir));
    expect(first.calls()).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const next = counting();
    expect(await layoutPath(graph, cachedLayouts(next.engine, dir))).toEqual(drawn);
    expect(next.calls()).toBe(0);
    expect(drawn).toEqual(await layoutPath(graph));
  });

  it('lays a changed graph out afresh: a longer label is a wider box', async () => {
    const changed = { ...graph, nodes: graph.nodes.map((n) => (n.kind === 'source' ? { ...n, label: `${n.label} and a much longer name than before` } : n)) };
    const engine = counting();
    await layoutPath(changed, cachedLayouts(engine.engine, dir));
    expect(engine.calls()).toBe(1);
  });

  it('lays a graph out again when its kept file is damaged, and replaces the file', async () => {
    // elkjs writes its answer into the graph it is given: each build makes its graphs anew.
    const elkGraph = (): ElkNode => ({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }], edges: [] });
    writeFileSync(join(dir, `${layoutKey(elkGraph())}.json`), '{"children": [');
    const engine = counting();
    const laid = await cachedLayouts(engine.engine, dir)(elkGraph());
    expect(engine.calls()).toBe(1);
    expect(laid.children?.[0]).toMatchObject({ id: 'a', x: expect.any(Number), y: expect.any(Number) });
    const again = counting();
    expect(await cachedLayouts(again.engine, dir)(elkGraph())).toEqual(laid);
    expect(again.calls()).toBe(0);
  });
});
