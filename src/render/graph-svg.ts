import graphStyle from '../styles/pictures-graph.css?raw';
import uprightStyle from '../styles/upright.css?raw';
import { nodeName, type GraphLayout, type MapArea, type PlacedEdge, type PlacedNode } from '../model/graph.ts';
import { textDirection } from '../model/text-direction.ts';
import { CHIP, edgeTextPlace, nativeLines, nodeTextPlaces, routePath, textPieces } from './graph-layout.ts';
import { cssVariables } from './palette.ts';

/**
 * The one renderer of an attribution graph, whatever it is drawn for:
 * - in a page (the graph page): `graphSvg(layout, { href })`, every box a link named for a screen
 *   reader, styled by the page's stylesheet (src/styles/pictures-graph.css);
 * - as an image file (`articles/<id>/map.svg`): `graphSvg(layout, { document: { title } })`, the same
 *   markup styled by the same rules, embedded with the site's palette (src/render/palette.ts), light
 *   and dark, since an image cannot read the page's stylesheet;
 * - the layer of links over that image on a page: `mapLinks(layout, areas, href)`.
 * Components place the markup; they draw nothing themselves.
 */

/** Text for XML: the five characters that could end a text or an attribute, escaped. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export interface GraphSvgOptions {
  /** An image file of its own, named by `title`, that styles itself. Default: a drawing for a page. */
  document?: { title: string } | undefined;
  /** In a page, where each box links (with the base), or nothing for a box that is not a link. */
  href?: ((node: PlacedNode) => string | undefined) | undefined;
  /** The drawing's class in a page. */
  className?: string | undefined;
}

const MAP_COLOURS = ['surface', 'ink', 'muted', 'line', 'accent', 'claim-bg', 'claim-line', 'quote-line'] as const;

/** The page's drawing rules without their comments and spaces, after the palette, for an image file. */
const documentStyle = (): string =>
  [
    `svg{${cssVariables('light', MAP_COLOURS)};color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Arial,sans-serif}`,
    `@media (prefers-color-scheme:dark){svg{${cssVariables('dark', MAP_COLOURS)}}}`,
    '.graph__bg{fill:var(--surface)}',
    // The site's rule that keeps scripts with no italic form upright: an arrow's words are italic.
    ...[graphStyle, uprightStyle].map((css) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};:,>])\s*/g, '$1')
        .trim(),
    ),
  ].join('');

const lines = (x: number, step: number, pieces: string[]) =>
  pieces.map((line, i) => (i === 0 ? xml(line) : `<tspan x="${x}" dy="${step}">${xml(line)}</tspan>`)).join('');

function edgeMarkup(edge: PlacedEdge): string {
  const path = `<path${edge.articleWord ? '' : ' class="graph__cites"'} d="${routePath(edge.points)}"/>`;
  if (!edge.articleWord) return path;
  const at = edgeTextPlace(edge);
  return `${path}<text x="${at.x}" y="${at.y}"${edge.lang ? ` lang="${xml(edge.lang)}"` : ''}>${xml(edge.label.text)}</text>`;
}

function nodeMarkup(node: PlacedNode): string {
  const box = `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="5"/>`;
  if (node.kind === 'claims') {
    return (
      box +
      node.chips
        .map((chip) => {
          const x = node.x + chip.dx;
          const y = node.y + chip.dy;
          const baseline = Math.round((y + chip.height / 2 + CHIP.size * 0.36) * 10) / 10;
          return `<rect class="graph__chip" x="${x}" y="${y}" width="${chip.width}" height="${chip.height}" rx="3"/><text class="graph__chip-text" x="${x + CHIP.padX}" y="${baseline}">${xml(chip.marker)}</text>`;
        })
        .join('')
    );
  }
  const at = nodeTextPlaces(node);
  const detail = node.detailLines.length > 0;
  // Right to left, a text starts at its right end: from the box's left edge it would run out of the
  // box, and its full stop would show where the sentence starts.
  const fromRight = (text: string) =>
    textDirection(text) === 'rtl' ? { x: node.x + node.width - (at.x - node.x), bidi: ' direction="rtl" unicode-bidi="embed"' } : { x: at.x, bidi: '' };
  const label = fromRight(node.lines.join(' '));
  const out = [
    box,
    `<text x="${label.x}" y="${at.firstLine}" class="graph__label"${label.bidi}>${lines(label.x, at.labelStep, textPieces(node.lines, detail || !!node.nativeName))}</text>`,
  ];
  if (node.nativeName) {
    const { text, lang } = node.nativeName;
    const { x } = fromRight(text);
    // Broken into lines as the name is (src/render/graph-layout.ts), each line starting at the same edge.
    out.push(
      `<text x="${x}" y="${at.nativeY}" class="graph__label" lang="${xml(lang)}" direction="${textDirection(text)}" unicode-bidi="embed">${lines(x, at.nativeStep, textPieces(nativeLines(node), detail))}</text>`,
    );
  }
  if (detail) out.push(`<text x="${at.x}" y="${at.detailY}" class="graph__detail">${lines(at.x, at.detailStep, textPieces(node.detailLines))}</text>`);
  return out.join('');
}

/**
 * A laid-out graph as SVG markup: its edges (hidden from screen readers: their words alone, out of
 * order, say nothing; each box's name starts with the words of the edge that reaches it instead),
 * then its boxes.
 */
export function graphSvg(layout: GraphLayout, options: GraphSvgOptions = {}): string {
  const { width, height } = layout;
  const { document, href, className } = options;
  const incoming = new Map(layout.edges.map((edge) => [edge.to, edge]));
  const open = document
    ? `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${xml(document.title)}</title><style>${documentStyle()}</style>`
    : `<svg${className ? ` class="${xml(className)}"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group">`;
  const out = [
    open,
    '<defs><marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="graph__arrow" d="M0 0 L10 5 L0 10 z"/></marker></defs>',
  ];
  if (document) out.push(`<rect class="graph__bg" width="${width}" height="${height}"/>`);
  out.push(`<g class="graph__edges" aria-hidden="true">${layout.edges.map(edgeMarkup).join('')}</g>`);
  for (const node of layout.nodes) {
    const classes = `graph__node graph__node--${node.kind}`;
    const link = href?.(node);
    out.push(
      link === undefined
        ? `<g class="${classes}">${nodeMarkup(node)}</g>`
        : `<a href="${xml(link)}" class="${classes}" aria-label="${xml(nodeName(node, incoming.get(node.key)))}">${nodeMarkup(node)}</a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

/**
 * The layer of links over a map image, as SVG markup: one transparent box a link, named for a screen
 * reader, each one short self-closed element (the article page carries one for every source and claim).
 */
export function mapLinks(layout: Pick<GraphLayout, 'width' | 'height'>, areas: readonly MapArea[], href: (link: MapArea['link']) => string): string {
  const { width, height } = layout;
  const links = areas.map(
    ({ coords: [left, top, right, bottom], link, name }) =>
      `<a href="${xml(href(link))}" aria-label="${xml(name)}"><rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/></a>`,
  );
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-label="Its links">${links.join('')}</svg>`;
}
