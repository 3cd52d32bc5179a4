/**
 * A source's name in its own script, drawn under its Latin name in its box (the attribution map and
 * graph). What a reader would notice: a line of Arabic, Hebrew, Chinese or Russian that runs out of
 * its box, over its border and the arrow beside it, or into the line below.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type PlacedNode } from '../../src/model/graph.ts';
import { GRAPH_TEXT, layoutGraph, textWidth } from '../../src/render/graph-layout.ts';
import { graphSvg } from '../../src/render/graph-svg.ts';
import { makeCorpus, indexOf } from '../support/corpus.ts';

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  rtl: boolean;
  lang: string | undefined;
}

/** The lines of text an SVG element `<text>` draws: its own first line, then each `<tspan>` a line. */
function textLines(svg: string): { box: { x: number; y: number; width: number; height: number }; lines: Line[] }[] {
  const groups = [...svg.matchAll(/<g class="graph__node graph__node--(\w+)">(.*?)<\/g>/g)];
  return groups.map(([, kind, inner]) => {
    const rect = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(inner as string) as RegExpExecArray;
    const box = { x: Number(rect[1]), y: Number(rect[2]), width: Number(rect[3]), height: Number(rect[4]) };
    const lines: Line[] = [];
    for (const [, attrs, body] of (inner as string).matchAll(/<text ([^>]*)>(.*?)<\/text>/g)) {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs as string)?.[1];
      const cls = attr('class');
      const size = cls === 'graph__detail' ? GRAPH_TEXT.detail : kind === 'claim' ? GRAPH_TEXT.claim : GRAPH_TEXT.label;
      const bold = kind === 'article' && cls === 'graph__label' ? 1.2 : 1;
      const rtl = attr('direction') === 'rtl';
      const lang = attr('lang');
      let y = Number(attr('y'));
      const [first, ...rest] = (body as string).split('<tspan ');
      lines.push({ text: first as string, x: Number(attr('x')), y, size: size * bold, rtl, lang });
      for (const piece of rest) {
        const [, x, dy, text] = /x="([\d.]+)" dy="([\d.]+)">(.*?)<\/tspan>/.exec(piece) as RegExpExecArray;
        y += Number(dy);
        lines.push({ text: text as string, x: Number(x), y, size: size * bold, rtl, lang });
      }
    }
    return { box, lines };
  });
}

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

async function drawn(name: string, nativeName: { text: string; lang: string }) {
  const index = indexOf(
    makeCorpus({
      body: 'The council said the ministry cut the water.',
      sources: { council: { name, kind: 'government', nativeName } },
      claims: { cut: { attribution: [{ source: 'council', verb: 'said' }], anchor: { exact: 'the ministry cut the water' } } },
    }),
  );
  const layout = await layoutGraph(buildGraph(index, 'a'));
  const node = layout.nodes.find((n) => n.id === 'council') as PlacedNode;
  return { layout, node, svg: graphSvg(layout, { document: { title: 'Map' } }) };
}

const NAMES: [string, string, { text: string; lang: string }][] = [
  ['Arabic', 'Jalalabad Municipal Council', { text: 'المجلس البلدي في جلال آباد', lang: 'ar' }],
  ['Arabic, long', 'Spokesman of the Foreign Ministry', { text: 'المتحدث الرسمي باسم وزارة الخارجية الباكستانية', lang: 'ar' }],
  ['Urdu', 'Pakistan Foreign Office', { text: 'وزارتِ خارجہ پاکستان کے ترجمان کا دفتر', lang: 'ur' }],
  ['Hebrew', 'Israeli Foreign Ministry', { text: 'משרד החוץ של מדינת ישראל', lang: 'he' }],
  ['Chinese, short', 'Xinhua', { text: '新华社', lang: 'zh' }],
  ['Chinese, long', "Spokesperson's Office of the Foreign Ministry", { text: '中华人民共和国外交部发言人办公室', lang: 'zh' }],
  ['Japanese, long', 'NHK International News Division', { text: '日本放送協会報道局国際部ニュース編集センター', lang: 'ja' }],
  ['Russian', 'Russian Foreign Ministry', { text: 'Министерство иностранных дел Российской Федерации', lang: 'ru' }],
];

describe("a source's name in its own script", () => {
  for (const [script, name, nativeName] of NAMES) {
    it(`${script}: every line of every box, the native name's too, stays inside its box`, async () => {
      const { svg, node } = await drawn(name, nativeName);
      const boxes = textLines(svg);
      expect(boxes.length).toBeGreaterThan(2);
      for (const { box, lines } of boxes) {
        for (const line of lines) {
          const width = textWidth(unescape(line.text).trimEnd(), line.size);
          const [left, right] = line.rtl ? [line.x - width, line.x] : [line.x, line.x + width];
          const what = `${unescape(line.text)} in the box at ${box.x},${box.y} (${box.width} wide)`;
          expect(left, what).toBeGreaterThanOrEqual(box.x + GRAPH_TEXT.padding - 0.5);
          expect(right, what).toBeLessThanOrEqual(box.x + box.width - GRAPH_TEXT.padding + 0.5);
          // Ascenders below the top border, descenders above the bottom one.
          expect(line.y - line.size, what).toBeGreaterThanOrEqual(box.y);
          expect(line.y + 0.3 * line.size, what).toBeLessThanOrEqual(box.y + box.height);
        }
        // No two lines of a box on one another.
        const ys = lines.map((l) => l.y).sort((a, b) => a - b);
        for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(GRAPH_TEXT.detail);
      }
      // The native name is all there, in order, in the source's box.
      const own = boxes.find(({ box }) => box.x === node.x && box.y === node.y);
      const native = own?.lines.filter((l) => l.lang === nativeName.lang).map((l) => unescape(l.text)) ?? [];
      expect(native.join('').trim()).toBe(nativeName.text);
    });
  }

  it('breaks a native name too long for the box at its spaces, as it does the name', async () => {
    const { svg } = await drawn('Jalalabad Municipal Council', { text: 'المجلس البلدي في جلال آباد', lang: 'ar' });
    const text = /<text [^>]*lang="ar"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? '';
    const lines = text.split(/<tspan [^>]*>/).map((l) => l.replace('</tspan>', '').trim());
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('المجلس البلدي في جلال آباد');
  });

  it('measures other scripts at least as wide as the common faces draw them', () => {
    // Widths at 14px, measured in Chromium (canvas measureText) in the widest of DejaVu Sans, Noto
    // Sans, Noto Sans Arabic and Noto Sans Hebrew.
    const drawnWidths: [string, number][] = [
      ['المجلس البلدي في جلال آباد', 164.7],
      ['ششش ضضض صصص', 137.6],
      ['سسس', 42.1],
      ['ۓۓۓ', 39.6],
      ['ממממ שששש', 82.2],
      ['משרד החוץ של ישראל', 134.1],
      ['Министерство иностранных дел Российской Федерации', 416.8],
      ['ШЩЮЖ ЖЖЖ', 110.2],
      ['中华人民共和国外交部发言人办公室', 224],
      ['प्रधानमंत्री कार्यालय', 95.9],
    ];
    for (const [text, width] of drawnWidths) expect(textWidth(text, 14), text).toBeGreaterThanOrEqual(width);
  });
});
