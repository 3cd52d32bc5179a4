import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { markersFor } from '../../src/model/text.ts';
import {
  ARTICLE_CITES,
  ARTICLE_OWN_VOICE,
  buildGraph,
  edgeWords,
  graphSummary,
  graphTree,
  mapGraph,
  type AttributionGraph,
  type GraphEdge,
  type GraphTreeItem,
} from '../../src/model/graph.ts';
import { layoutGraph, textPieces, textWidth, wrapText, GRAPH_TEXT } from '../../src/render/graph-layout.ts';
import { graphSvg } from '../../src/render/graph-svg.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';
import { expectReadable } from '../support/layout.ts';

const seed = checkContent('tests/fixtures/corpora/two-stories');
const index = CorpusIndex.fromCheck(seed);
const articles = [...index.articles.keys()];

/** Every path from the article to a claim: the edges walked, and the claim reached. */
function paths(graph: AttributionGraph): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  const walk = (item: GraphTreeItem, via: GraphEdge[]) => {
    if (item.node.kind === 'claim') {
      expect(out.has(item.node.id), `claim ${item.node.id} reached twice`).toBe(false);
      out.set(item.node.id, via);
    }
    for (const child of item.children) walk(child, [...via, child.via as GraphEdge]);
  };
  walk(graphTree(graph), []);
  return out;
}

describe('the attribution graph, built from the two stories', () => {
  it('has content to draw', () => {
    expect(seed.problems).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const articleId of articles) {
    const graph = buildGraph(index, articleId);
    const byKey = new Map(graph.nodes.map((n) => [n.key, n]));

    it(`${articleId}: shows every claim of the article exactly once, and no other`, () => {
      const claims = graph.nodes.filter((n) => n.kind === 'claim').map((n) => n.id);
      expect(claims.sort()).toEqual(
        index
          .claimsOf(articleId)
          .map((c) => c.id)
          .sort(),
      );
    });

    it(`${articleId}: leads from the article to each claim along that claim's own chain, with the article's verbs`, () => {
      const reached = paths(graph);
      for (const claim of index.claimsOf(articleId)) {
        const via = reached.get(claim.id) as GraphEdge[];
        const chain = claim.data.attribution;
        // The nodes on the way are the chain's sources, in order, outermost first.
        expect(
          via.slice(0, -1).map((e) => byKey.get(e.to)?.id),
          claim.id,
        ).toEqual(chain.map((l) => l.source));
        // The edge leaving each source carries that source's verb; the first edge is the article's.
        expect(
          via.map((e) => (e.articleWord ? e.verb : null)),
          claim.id,
        ).toEqual([null, ...chain.map((l) => l.verb)]);
        expect(via[0]?.verb).toBe(chain.length === 0 ? ARTICLE_OWN_VOICE : ARTICLE_CITES);
      }
    });

    it(`${articleId}: links every node to the page of what it stands for`, () => {
      for (const node of graph.nodes) {
        if (node.kind === 'source') expect(index.sources.has(node.id), node.key).toBe(true);
        if (node.kind === 'claim') expect(index.claims.has(node.id), node.key).toBe(true);
        expect(node.path).toBe(`${node.kind === 'article' ? 'articles' : `${node.kind}s`}/${node.id}/`);
      }
    });

    it(`${articleId}: is a tree, so no claim borrows a link from another claim's chain`, () => {
      const incoming = new Map<string, number>();
      for (const edge of graph.edges) incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
      expect([...incoming.values()].every((n) => n === 1)).toBe(true);
      expect(incoming.has('article')).toBe(false);
      expect(graph.edges).toHaveLength(graph.nodes.length - 1);
    });
  }

  it('names the verb and the venue on the edge: the article quotes a speaker "on" a venue', () => {
    const graph = buildGraph(index, 'pakistan-afghanistan-talks');
    const withVenue = index.claimsOf('pakistan-afghanistan-talks').find((c) => c.data.attribution.at(-1)?.venue);
    expect(withVenue).toBeDefined();
    const link = withVenue?.data.attribution.at(-1);
    const edge = graph.edges.find((e) => e.to === `claim:${withVenue?.id}`) as GraphEdge;
    expect(edgeWords(edge)).toBe(`“${link?.verb}” on ${index.sources.get(link?.venue as string)?.data.name}`);
  });
});

describe('buildGraph on a small article', () => {
  const small = indexOf(
    makeCorpus({
      body: 'One. Two. Three. Four.',
      sources: { pk: { name: 'Pakistan', kind: 'government' }, report: { name: 'A report', kind: 'report' }, tv: { name: 'Channels', kind: 'collective' } },
      claims: {
        direct: { attribution: [{ source: 'pk', verb: 'has claimed', as: 'Islamabad' }], anchor: { exact: 'One' } },
        'via-report': {
          attribution: [
            { source: 'report', verb: 'claimed' },
            { source: 'pk', verb: 'saying' },
          ],
          anchor: { exact: 'Two' },
        },
        'via-report-again': {
          attribution: [
            { source: 'report', verb: 'claimed' },
            { source: 'pk', verb: 'added' },
          ],
          anchor: { exact: 'Three' },
        },
        'via-tv': {
          attribution: [
            { source: 'tv', verb: 'according to' },
            { source: 'pk', verb: 'has acknowledged' },
          ],
          anchor: { exact: 'Four' },
        },
      },
    }),
  );
  const graph = buildGraph(small, 'a');

  it('gives a source one node for each way the article reaches it', () => {
    const pakistan = graph.nodes.filter((n) => n.id === 'pk');
    expect(pakistan).toHaveLength(3);
    expect(pakistan.map((n) => n.depth).sort()).toEqual([1, 2, 2]);
  });

  it('shares a node when two chains reach a source the same way', () => {
    const viaReport = graph.nodes.filter((n) => n.id === 'pk' && n.key.includes('report'));
    expect(viaReport).toHaveLength(1);
    const out = graph.edges.filter((e) => e.from === viaReport[0]?.key).map((e) => e.verb);
    expect(out.sort()).toEqual(['added', 'saying']);
  });

  it("keeps the article's wording for a source beside its name", () => {
    const direct = graph.nodes.find((n) => n.id === 'pk' && n.depth === 1);
    expect(direct?.label).toBe('Pakistan');
    expect(direct?.as).toEqual(['Islamabad']);
  });

  it('counts what the article page says about the graph', () => {
    expect(graphSummary(graph)).toEqual({ cited: 3, relayed: 3, ownVoice: 0 });
  });
});

describe('layoutGraph', () => {
  for (const articleId of articles) {
    it(`${articleId}: draws the graph and the map readably: boxes apart, no edge across another, each box level with its children`, () => {
      const graph = buildGraph(index, articleId);
      expectReadable(graph, layoutGraph(graph));
      const map = mapGraph(graph, markersFor(index, articleId).claims);
      expectReadable(map, layoutGraph(map));
    });
  }

  it('lets a subtree rise beside the one above where that one has no boxes, so a tall claim does not push the next source down', () => {
    const small = indexOf(
      makeCorpus({
        body: 'Ana said that a very long claim, one which needs a tall box to hold all of its many words, several lines of them at least, and more lines again after those, was made. Ben said it rained. Cai said it snowed.',
        sources: {
          ana: { name: 'Ana', kind: 'person' },
          ben: { name: 'Ben', kind: 'person' },
          cai: { name: 'Cai', kind: 'person' },
          dan: { name: 'Dan', kind: 'person' },
        },
        claims: {
          tall: {
            statement:
              'A very long claim, one which needs a tall box to hold all of its many words, several lines of them at least, and more lines again after those, was made.',
            attribution: [
              { source: 'ana', verb: 'said' },
              { source: 'dan', verb: 'said' },
            ],
            anchor: {
              exact:
                'a very long claim, one which needs a tall box to hold all of its many words, several lines of them at least, and more lines again after those, was made',
            },
          },
          rain: { attribution: [{ source: 'ben', verb: 'said' }], anchor: { exact: 'it rained' } },
          snow: { attribution: [{ source: 'cai', verb: 'said' }], anchor: { exact: 'it snowed' } },
        },
      }),
    );
    const graph = buildGraph(small, 'a');
    const layout = layoutGraph(graph);
    expectReadable(graph, layout);
    const box = (id: string) => layout.nodes.find((n) => n.id === id) as { y: number; height: number };
    // Ana's claim sits two columns on, beside Ben's claim's column: Ben follows Ana at the gap, not below her claim.
    expect(box('ben').y).toBeLessThan(box('tall').y + box('tall').height);
  });

  it('wraps every label inside its box', async () => {
    const layout = layoutGraph(buildGraph(index, articles[0] as string));
    for (const node of layout.nodes) {
      const size = node.kind === 'claim' ? GRAPH_TEXT.claim : GRAPH_TEXT.label;
      for (const line of node.lines) expect(textWidth(line, size), `${node.key}: ${line}`).toBeLessThanOrEqual(node.width);
      expect(node.lines.join(' ').replace(/([-–]) /g, '$1')).toBe(node.label);
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces, keeping lines within the width', () => {
    const lines = wrapText('The talks failed because of a secret drone deal with the US', 14, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('The talks failed because of a secret drone deal with the US');
  });

  it('breaks a word too long for a line after its dash, and nowhere else', () => {
    expect(wrapText('failed Pakistan–Afghanistan talks', 14, 100)).toEqual(['failed', 'Pakistan–', 'Afghanistan', 'talks']);
    expect(wrapText('Pakistan–Afghanistan', 14, 400)).toEqual(['Pakistan–Afghanistan']);
  });

  it('breaks Chinese and Japanese, which have no spaces, between letters, measuring each a full em', () => {
    const text = '川辺北橋の橋脚に深いひびが見つかり、市は通行止めを検討していると川辺日報が伝えた。';
    const lines = wrapText(text, 14, 200);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
    // Nothing lost, no space put between the letters, and no line starts with a closing mark.
    expect(textPieces(lines).join('')).toBe(text);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。」ー]/);
    expect(textWidth('橋脚', 14)).toBe(28);
  });

  it('gives the marks drawn on a letter no width of their own (Hindi)', () => {
    expect(textWidth('कि', 14)).toBeLessThan(textWidth('कक', 14));
    expect(wrapText('शिक्षा विभाग के निदेशक ने कहा', 14, 120)).toEqual(['शिक्षा विभाग के', 'निदेशक ने कहा']);
  });
});

describe('graphSvg, a name in a right-to-left script', () => {
  it('keeps the name inside its box: it starts at the right edge, where right-to-left text starts', async () => {
    const small = indexOf(
      makeCorpus({
        body: 'The agency said the ministry denied it.',
        sources: { agency: { name: 'Press Agency', kind: 'outlet', nativeName: { text: 'وكالة الأنباء الرسمية', lang: 'ar' } } },
        claims: { denied: { attribution: [{ source: 'agency', verb: 'said' }], anchor: { exact: 'the ministry denied it' } } },
      }),
    );
    const layout = layoutGraph(buildGraph(small, 'a'));
    const box = layout.nodes.find((node) => node.id === 'agency');
    const svg = graphSvg(layout);
    const x = Number(/<text x="([\d.]+)"[^>]*direction="rtl"[^>]*>وكالة/.exec(svg)?.[1]);
    expect(box).toBeDefined();
    expect(x).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0) / 2);
    expect(x).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
  });

  it('starts a box whose own name reads right to left at its right edge too, so its full stop ends the line', async () => {
    const small = indexOf(
      makeCorpus({
        body: 'The agency said the ministry denied it.',
        sources: { agency: { name: 'وكالة الأنباء الرسمية', kind: 'outlet' } },
        claims: { denied: { attribution: [{ source: 'agency', verb: 'said' }], anchor: { exact: 'the ministry denied it' } } },
      }),
    );
    const layout = layoutGraph(buildGraph(small, 'a'));
    const box = layout.nodes.find((node) => node.id === 'agency');
    const x = Number(/<text x="([\d.]+)"[^>]*class="graph__label" direction="rtl"[^>]*>وكالة/.exec(graphSvg(layout))?.[1]);
    expect(x).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0) / 2);
    expect(x).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
  });
});
