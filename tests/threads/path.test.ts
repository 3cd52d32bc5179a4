import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { threadsOf, pathGraph } from '../../src/model/threads.ts';
import { layoutPath, pathSvg } from '../../src/render/path-svg.ts';
import { oneStory } from './one-story.ts';

describe('the path picture of a thread', async () => {
  const index = oneStory();
  const thread = threadsOf(index).byId.get('herald-dam-may-be-sold');
  if (!thread) throw new Error('The fixture has no thread herald-dam-may-be-sold.');
  const graph = pathGraph(index, thread);
  const layout = await layoutPath(graph);
  if (process.env['PATH_SVG_OUT'])
    writeFileSync(
      process.env['PATH_SVG_OUT'],
      pathSvg(layout, (p) => `/${p}`),
    );

  it('draws each source once, however many chains it stands in', () => {
    const sources = layout.nodes.filter((n) => n.kind === 'source').map((n) => n.id);
    expect(sources.sort()).toEqual(['ilse-marant', 'kestrel-wire', 'orvan-herald']);
    expect(layout.nodes.filter((n) => n.kind === 'article').map((n) => n.id)).toEqual([
      'orvan-herald-dam-sale',
      'kestrel-wire-dam-sale',
      'northgate-daily-dam-sale',
    ]);
  });

  it('keeps every box apart from every other', () => {
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} overlaps ${b.key}`).toBe(true);
      }
    }
  });

  it('starts every arrow on the edge of its source and ends it on the edge of its target', () => {
    const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
    const onBorder = (p: { x: number; y: number }, key: string) => {
      const n = byKey.get(key);
      if (!n) return false;
      const inside = p.x >= n.x - 1 && p.x <= n.x + n.width + 1 && p.y >= n.y - 1 && p.y <= n.y + n.height + 1;
      const edge = Math.min(Math.abs(p.x - n.x), Math.abs(p.x - n.x - n.width), Math.abs(p.y - n.y), Math.abs(p.y - n.y - n.height)) <= 1;
      return inside && edge;
    };
    expect(layout.edges.length).toBe(graph.edges.length);
    for (const edge of layout.edges) {
      expect(edge.points.length, edge.key).toBeGreaterThanOrEqual(2);
      expect(onBorder(edge.points[0] as { x: number; y: number }, edge.from), `${edge.key} leaves its source`).toBe(true);
      expect(onBorder(edge.points.at(-1) as { x: number; y: number }, edge.to), `${edge.key} reaches its target`).toBe(true);
    }
  });

  it('runs from who said it first on the left to the articles on the right, the earliest article on top', () => {
    const at = (key: string) => layout.nodes.find((n) => n.key === key) as { x: number; y: number };
    expect(at('source:ilse-marant').x).toBeLessThan(at('source:orvan-herald').x);
    expect(at('source:orvan-herald').x).toBeLessThan(at('article:kestrel-wire-dam-sale:wire-dam-will-be-sold').x);
    const articles = layout.nodes.filter((n) => n.kind === 'article');
    expect(articles.map((n) => n.y)).toEqual([...articles.map((n) => n.y)].sort((a, b) => a - b));
  });

  it('writes each relay verb on its arrow, in the articles’ own words', () => {
    const words = layout.edges.map((e) => `${e.from} ${e.label.text} ${e.to}`);
    expect(words).toContain('source:ilse-marant “citing” source:orvan-herald');
    expect(words).toContain('source:orvan-herald “reported” article:kestrel-wire-dam-sale:wire-dam-will-be-sold');
    expect(words).toContain('source:kestrel-wire “according to” article:northgate-daily-dam-sale:northgate-sale-to-caspiana');
    const svg = pathSvg(layout, (p) => `/${p}`);
    expect(svg).toContain('>“citing”</text>');
    expect(svg).toMatch(/<a href="\/sources\/ilse-marant\/"/);
    expect(svg).not.toMatch(/<script/);
  });
});
