/**
 * The attribution map on the article page (issue 7): the graph with each claim as its marker in the
 * text, drawn as an SVG image with an image map of links over it. What a reader would notice: a claim
 * missing from the map or shown twice, a marker that is not the one in the text, a link over the
 * wrong box, a drawing that does not parse, colours that drift from the site's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { articleModel } from '../../src/model/article.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { buildGraph, edgeWords, mapAreas, mapGraph, type GraphNode } from '../../src/model/graph.ts';
import { markersFor } from '../../src/model/text.ts';
import { layoutGraph } from '../../src/render/graph-layout.ts';
import { graphSvg, mapLinks, xml } from '../../src/render/graph-svg.ts';
import { PALETTE as MAP_PALETTE } from '../../src/render/palette.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

const seed = CorpusIndex.fromCheck(checkContent('tests/fixtures/corpora/two-stories'));
const articles = [...seed.articles.keys()];

const small = indexOf(
  makeCorpus({
    body: 'One. Two. Three. Four. Five.',
    sources: {
      pk: { name: 'Pakistan & Co', kind: 'government' },
      report: { name: 'A report', kind: 'report' },
      tamim: { name: 'Tamim', kind: 'person', nativeName: { text: 'تمیم باحث', lang: 'fa' } },
    },
    claims: {
      own: { attribution: [], anchor: { exact: 'One' } },
      first: { attribution: [{ source: 'report', verb: 'claimed' }], anchor: { exact: 'Two' } },
      second: { attribution: [{ source: 'report', verb: 'claimed' }], anchor: { exact: 'Three' } },
      other: {
        attribution: [
          { source: 'report', verb: 'added' },
          { source: 'pk', verb: 'said' },
        ],
        anchor: { exact: 'Four' },
      },
      post: { attribution: [{ source: 'tamim', verb: 'wrote' }], anchor: { exact: 'Five' } },
    },
  }),
);

describe('mapGraph', () => {
  const markers = markersFor(small, 'a').claims;
  const map = mapGraph(buildGraph(small, 'a'), markers);
  const boxes = map.nodes.filter((n) => n.kind === 'claims');
  const incoming = new Map(map.edges.map((e) => [e.to, e]));
  const byKey = new Map(map.nodes.map((n) => [n.key, n]));

  it('puts the claims a source makes by the same word in one box, in the order of the text', () => {
    const fromReport = boxes.filter((b) => byKey.get(incoming.get(b.key)?.from ?? '')?.id === 'report');
    expect(fromReport.map((b) => [edgeWords(incoming.get(b.key) as never), b.label])).toEqual([['“claimed”', 'C2 C3']]);
  });

  it('shows each claim once, by the marker it has in the text, under its innermost source and verb', () => {
    const shown = boxes.flatMap((b) => (b.members ?? []).map((m) => ({ ...m, box: b })));
    expect(shown.map((m) => m.id).sort()).toEqual([...small.claims.keys()].sort());
    for (const member of shown) {
      expect(member.marker).toBe(markers.get(member.id));
      const claim = small.claims.get(member.id);
      const last = claim?.data.attribution.at(-1);
      const edge = incoming.get(member.box.key);
      expect(edge?.verb, member.id).toBe(last?.verb ?? 'in its own voice');
      expect(byKey.get(edge?.from ?? '')?.id, member.id).toBe(last?.source ?? 'a');
    }
  });

  it('keeps the sources and the edges between them as the full graph has them', () => {
    const full = buildGraph(small, 'a');
    const sources = (g: { nodes: GraphNode[] }) => g.nodes.filter((n) => n.kind === 'source').map((n) => n.key);
    expect(sources(map)).toEqual(sources(full));
    const between = (g: typeof full) => g.edges.filter((e) => !e.to.startsWith('claim')).map((e) => `${e.from} ${e.verb} ${e.to}`);
    expect(between(map)).toEqual(between(full));
    expect(map.edges).toHaveLength(map.nodes.length - 1);
  });
});

describe('mapAreas', () => {
  it('gives every source box and every claim marker an area over it, with the words that lead there', async () => {
    const layout = await layoutGraph(mapGraph(buildGraph(small, 'a'), markersFor(small, 'a').claims));
    const areas = mapAreas(layout);
    const sources = layout.nodes.filter((n) => n.kind === 'source');
    expect(areas.filter((a) => a.link.kind === 'source')).toHaveLength(sources.length);
    expect(areas.filter((a) => a.link.kind === 'article').map((a) => a.link.kind !== 'claim' && a.link.path)).toEqual(['articles/a/']);
    expect(
      areas
        .filter((a) => a.link.kind === 'claim')
        .map((a) => a.link.kind === 'claim' && a.link.id)
        .sort(),
    ).toEqual([...small.claims.keys()].sort());
    for (const area of areas) {
      const [left, top, right, bottom] = area.coords;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(layout.width);
      expect(bottom).toBeLessThanOrEqual(layout.height);
      expect(right - left, area.name).toBeGreaterThanOrEqual(24);
      expect(bottom - top, area.name).toBeGreaterThanOrEqual(22);
    }
    const names = areas.map((a) => a.name);
    expect(names).toContain('“claimed”: claim C2');
    expect(names).toContain('in its own voice: claim C1');
    expect(names).toContain('cites: A report');
    expect(names).toContain('“added”: Pakistan & Co');
    // The name in its own script is part of the name, as it is drawn.
    expect(names).toContain('cites: Tamim تمیم باحث');
  });

  it('lays the areas over what they name: each inside its box, none overlapping another', async () => {
    for (const articleId of articles) {
      const { map: layout, areas } = await articleModel(seed, articleId, { base: '/', layout: (graph) => layoutGraph(graph) }).graph.drawing();
      for (const [i, a] of areas.entries()) {
        for (const b of areas.slice(i + 1)) {
          const apart = a.coords[2] <= b.coords[0] || b.coords[2] <= a.coords[0] || a.coords[3] <= b.coords[1] || b.coords[3] <= a.coords[1];
          expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
        }
        const inside = layout.nodes.some(
          (n) =>
            a.coords[0] >= Math.floor(n.x) &&
            a.coords[1] >= Math.floor(n.y) &&
            a.coords[2] <= Math.ceil(n.x + n.width) &&
            a.coords[3] <= Math.ceil(n.y + n.height),
        );
        expect(inside, a.name).toBe(true);
      }
      expect(areas.filter((a) => a.link.kind === 'claim')).toHaveLength(seed.claimsOf(articleId).length);
    }
  });
});

describe('graphSvg', () => {
  it('draws every source name and every marker, escaped, as a standalone SVG document', async () => {
    const layout = await layoutGraph(mapGraph(buildGraph(small, 'a'), markersFor(small, 'a').claims));
    const svg = graphSvg(layout, { document: { title: 'Who says what: <T>' } });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${layout.width}" height="${layout.height}"`);
    expect(svg).toContain('<title>Who says what: &lt;T&gt;</title>');
    expect(svg).toContain('Pakistan &amp; Co');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    for (const marker of ['C1', 'C2', 'C3', 'C4', 'C5']) expect(svg).toContain(`>${marker}</text>`);
    // An image styles itself: its rules, and the palette they use, are inside it.
    expect(svg).toMatch(/<style>svg\{--surface:#ffffff;[^<]*\.graph__node--claims rect\{/);
    expect(svg).not.toMatch(/<a /);
    expect(svg).toContain('“claimed”');
    expect(svg).toMatch(/lang="fa" direction="rtl" unicode-bidi="embed">تمیم باحث ?</);
    // Every element opened is closed: the document parses as XML.
    const opened = [...svg.matchAll(/<([a-z]+)[^>]*?(\/?)>/g)].filter((m) => m[2] !== '/').map((m) => m[1]);
    const closed = [...svg.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });

  it('escapes the characters that would end a text or an attribute', () => {
    expect(xml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
  });

  it("draws in the site's own colours, light and dark", () => {
    const css = readFileSync('src/styles/site.css', 'utf8');
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    const value = (sheet: string, name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(sheet)?.[1]?.trim();
    for (const [name, colour] of Object.entries(MAP_PALETTE.light)) expect(value(css, name), name).toBe(colour);
    for (const [name, colour] of Object.entries(MAP_PALETTE.dark)) expect(value(dark, name), name).toBe(colour);
  });
});

describe('one renderer for every drawing of a graph', () => {
  it('draws the graph page and the map image with the same boxes, edges and words', async () => {
    const layout = await layoutGraph(buildGraph(small, 'a'));
    const inPage = graphSvg(layout, { className: 'graph__svg', href: (node) => `/${node.path}` });
    const asImage = graphSvg(layout, { document: { title: 'T' } });
    const drawing = (svg: string) =>
      svg.slice(svg.indexOf('<defs>')).replace(/<a [^>]*>|<\/a>|<g class="graph__node[^"]*">|<\/g>|<rect class="graph__bg"[^>]*>/g, '');
    expect(drawing(inPage)).toBe(drawing(asImage));
    // In the page every box is a link, named by the edge that reaches it and what it shows.
    expect(inPage.match(/<a href=/g)).toHaveLength(layout.nodes.length);
    expect(inPage).toContain('aria-label="“claimed”: ');
    expect(inPage.startsWith('<svg class="graph__svg"')).toBe(true);
    expect(inPage).not.toContain('<style>');
  });

  it('lays a link over each area of the map, named and sized as the area', async () => {
    const layout = await layoutGraph(mapGraph(buildGraph(small, 'a'), markersFor(small, 'a').claims));
    const areas = mapAreas(layout);
    const svg = mapLinks(layout, areas, (link) => (link.kind === 'claim' ? `#claim-${link.id}` : `/${link.path}`));
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"><rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/><\/a>/g)];
    expect(links).toHaveLength(areas.length);
    for (const [i, [, href, name, x, y, width, height]] of links.entries()) {
      const area = areas[i]!;
      expect(href).toBe(area.link.kind === 'claim' ? `#claim-${area.link.id}` : `/${area.link.path}`);
      expect(name).toBe(xml(area.name));
      expect([Number(x), Number(y), Number(x) + Number(width), Number(y) + Number(height)]).toEqual(area.coords);
    }
  });
});
