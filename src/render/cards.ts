import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { linkWords, type CardInput, type CardLink } from '../model/cards.ts';
import { blendPalette, encodePalettePng, rgb } from './png.ts';
import { PALETTE } from './palette.ts';

/**
 * A share card, 1200 × 630, drawn with satori, rasterised with resvg and written as a palette PNG
 * (src/render/png.ts).
 *
 * Satori lays the text out and shapes it, Arabic script included (joined letters, right to left
 * inside a left-to-right line): checked by eye against Chromium's rendering of the same name in
 * the same font. It turns every glyph into a path, so resvg needs no fonts of its own and the PNG
 * does not depend on what is installed on the machine that builds it.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the drawing or its encoding changes: it is part of every card's cache key. */
export const CARD_RENDERER_VERSION = 3;

/** Fonts from npm (@fontsource), WOFF 1: satori reads WOFF but not WOFF2. */
const FONT_FILES = [
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-normal.woff', name: 'Noto Sans', weight: 400 },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-700-normal.woff', name: 'Noto Sans', weight: 700 },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-400-normal.woff', name: 'Noto Sans', weight: 400 },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-700-normal.woff', name: 'Noto Sans', weight: 700 },
  { pkg: '@fontsource/noto-sans-arabic', file: 'noto-sans-arabic-arabic-400-normal.woff', name: 'Noto Sans Arabic', weight: 400 },
  { pkg: '@fontsource/noto-sans-arabic', file: 'noto-sans-arabic-arabic-700-normal.woff', name: 'Noto Sans Arabic', weight: 700 },
] as const;

type LoadedFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: LoadedFont[] | undefined;

/** The folder of an npm package, found the way Node finds it, from the project root. */
function packageDir(pkg: string): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve(`${pkg}/LICENSE`));
}

export function fontPaths(): string[] {
  return FONT_FILES.map((f) => join(packageDir(f.pkg), 'files', f.file));
}

/** What identifies the fonts for the cache: file names and sizes (a new font release changes them). */
export function fontFingerprint(): string {
  return fontPaths()
    .map((path) => `${path.split('/').slice(-1)[0]}:${statSync(path).size}`)
    .join(',');
}

/** The fonts cards are drawn with, read once. */
export function loadFonts(): LoadedFont[] {
  fonts ??= FONT_FILES.map((f, i) => ({ name: f.name, data: readFileSync(fontPaths()[i] as string), weight: f.weight, style: 'normal' }));
  return fonts;
}

const light = PALETTE.light;
const COLORS = {
  bg: light.bg,
  ink: light.ink,
  muted: light.muted,
  line: light.line,
  accent: light.accent,
  claimLine: light['claim-line'],
  quoteLine: light['quote-line'],
};

/**
 * The colours a card is written in (src/render/png.ts): its own, and a few steps of each text colour
 * blended into the background for the anti-aliased edges of the glyphs. The ink, which draws most
 * of the text and the largest type, gets the most steps; rules and bars are drawn solid.
 */
const CARD_PALETTE = blendPalette(rgb(COLORS.bg), [
  { colour: rgb(COLORS.ink), steps: 4 },
  { colour: rgb(COLORS.muted), steps: 3 },
  { colour: rgb(COLORS.accent), steps: 4 },
  { colour: rgb(COLORS.line), steps: 1 },
  { colour: rgb(COLORS.claimLine), steps: 1 },
  { colour: rgb(COLORS.quoteLine), steps: 1 },
]);

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Child | Child[]; [attribute: string]: unknown } };
type Child = Node | string;

const el = (type: string, style: Record<string, unknown>, children?: Child | Child[], extra: Record<string, string | number> = {}): Node => ({
  type,
  // Satori sizes boxes without their padding and borders unless told: the card would spill over.
  props: { style: { boxSizing: 'border-box', ...style }, ...(children === undefined ? {} : { children }), ...extra },
});

/**
 * The largest type at which the text fits its box: an estimate from its length (bold Noto Sans
 * runs at about 0.56 em a character), so a 250-character claim still fits above its chain.
 */
export function textSize(text: string, chainLength: number): number {
  const height = chainLength > 2 ? 200 : 240;
  const sizes = [64, 56, 50, 44, 40, 36, 32, 28, 24];
  for (const size of sizes) {
    const perLine = Math.floor(1030 / (size * 0.56));
    const lines = Math.ceil((text.length * 1.08) / perLine);
    if (lines * size * 1.2 <= height) return size;
  }
  return sizes.at(-1) as number;
}

function chainNode(chain: CardLink[]): Node {
  const item = (words: string, link?: CardLink): Node =>
    el('div', { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', marginRight: 10 }, [
      el('span', { fontWeight: 700, color: COLORS.ink }, link ? linkWords({ ...link, verb: undefined, venue: undefined }) : words),
      ...(link && (link.verb || link.venue)
        ? [el('span', { color: COLORS.muted, marginLeft: 8 }, `(${[link.verb, link.venue && `on ${link.venue}`].filter(Boolean).join(', ')})`)]
        : []),
    ]);
  // No shipped font subset has U+2192, so the arrow is drawn.
  const arrow = el(
    'svg',
    { marginRight: 10, alignSelf: 'center' },
    el('path', {}, undefined, {
      d: 'M2 10h18M14 4l7 6-7 6',
      stroke: COLORS.accent,
      'stroke-width': 3,
      fill: 'none',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    {
      width: 24,
      height: 20,
      viewBox: '0 0 24 20',
    },
  );
  const parts: Node[] = [item(chain.length === 0 ? 'The article, in its own voice' : 'The article')];
  for (const link of chain) parts.push(arrow, item('', link));
  return el('div', { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', fontSize: chain.length > 2 ? 26 : 30, lineHeight: 1.35 }, parts);
}

/** The card as satori's element tree. */
export function cardTree(input: CardInput): Node {
  const claim = input.kind === 'claim';
  const text = claim ? input.text : `“${input.text}”`;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: '44px 60px 36px',
      backgroundColor: COLORS.bg,
      color: COLORS.ink,
      fontFamily: 'Noto Sans, Noto Sans Arabic',
      borderTop: `14px solid ${COLORS.accent}`,
    },
    [
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 24, color: COLORS.muted }, [
        el('span', { fontWeight: 700, color: COLORS.accent, letterSpacing: 1 }, 'CLAIMLINE'),
        el('span', { fontWeight: 700, color: COLORS.ink }, `${claim ? 'Claim' : 'Quote'} · ${input.label.replace(/^Quote · /, '')}`),
      ]),
      el(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          margin: '22px 0 18px',
          padding: '8px 0 8px 28px',
          borderLeft: `10px solid ${claim ? COLORS.claimLine : COLORS.quoteLine}`,
        },
        el('div', { fontSize: textSize(text, input.chain.length), fontWeight: 700, lineHeight: 1.2 }, text),
      ),
      el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${COLORS.line}`, paddingTop: 16 }, [
        el('div', { fontSize: 20, fontWeight: 700, color: COLORS.muted, letterSpacing: 1, marginBottom: 6 }, 'WHO SAYS IT'),
        chainNode(input.chain),
        el('div', { fontSize: 22, color: COLORS.muted, marginTop: 12 }, input.status),
        el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 20, color: COLORS.muted, marginTop: 10 }, [
          el('span', { maxWidth: 860 }, `In: ${input.article}`),
          el('span', {}, input.site),
        ]),
      ]),
    ],
  );
}

/**
 * Render a card to PNG bytes. Fails, rather than drawing blanks, when a text needs glyphs none of
 * the shipped fonts has (a name in a script we have no font for): the fix is to add a font.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const missing: string[] = [];
  const svg = await satori(cardTree(input) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    loadAdditionalAsset: async (code, segment) => {
      missing.push(`${code}: ${segment}`);
      return [];
    },
  });
  if (missing.length > 0) {
    throw new Error(
      `The share card for ${input.kind} \`${input.id}\` has text no card font can draw (${missing.join('; ')}). Add a font for that script from npm to FONT_FILES in src/render/cards.ts.`,
    );
  }
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  // resvg gives premultiplied pixels; a card is opaque all over (its background fills it), where
  // premultiplied and straight are the same.
  return encodePalettePng(image.pixels, image.width, image.height, CARD_PALETTE);
}
