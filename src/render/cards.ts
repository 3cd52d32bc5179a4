// First, before resvg starts (./resvg-memory.ts).
import './resvg-memory.ts';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { CardInput, CardLink } from '../model/cards.ts';
import { textDirection } from '../model/text-direction.ts';
import { blendPalette, encodePalettePng, rgb } from './png.ts';
import { emojiImages } from './emoji.ts';
import { cardFonts } from './fonts.ts';
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
export const CARD_RENDERER_VERSION = 9;

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
  { colour: rgb(COLORS.ink), steps: 3 },
  { colour: rgb(COLORS.muted), steps: 2 },
  { colour: rgb(COLORS.accent), steps: 2 },
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

/** The card's inner height: all of it but the accent bar and the padding. */
const INNER_HEIGHT = CARD_HEIGHT - 14 - 44 - 36;
/** The width of a line of the chain, the status and the article's title. */
const FOOTER_WIDTH = CARD_WIDTH - 2 * 60;
/** The width of a line of the claim or the quote: the footer's, less the coloured rule and its gap. */
const TEXT_WIDTH = FOOTER_WIDTH - 10 - 28;

/** Wide characters (CJK, Hangul, kana, full-width forms, emoji) take about a whole em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]/u;
const MARK = /[\p{M}\p{Default_Ignorable_Code_Point}]/u;

/**
 * An over-estimate of a text's width in ems: satori measures only as it draws, so the card's
 * parts are sized beforehand, on the generous side (bold Noto Sans runs at about 0.56 em a letter).
 */
export function emWidth(text: string): number {
  let em = 0;
  for (const char of text) em += MARK.test(char) ? 0 : WIDE.test(char) ? 1 : 0.6;
  return em;
}

/** Lines a text takes in a box `width` pixels wide at `size` pixels, with a little slack for where words break. */
function linesOf(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil((emWidth(text) * size * 1.08) / width));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar…). Satori breaks lines
 * where UAX #14 allows, and it puts these scripts in a class (SA) that needs a dictionary to find
 * its words: without one, a Thai statement never breaks and runs off the card.
 */
const UNSPACED = String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=New_Tai_Lue}]`;
const UNSPACED_START = new RegExp(`^${UNSPACED}`, 'u');
const UNSPACED_END = new RegExp(`${UNSPACED}$`, 'u');
const wordSegments = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * `text` as the card draws it: a zero-width space (U+200B, where UAX #14 lets a line break, drawn as
 * nothing) between two words of a script written without spaces, the words as `Intl.Segmenter`
 * finds them (ICU's dictionaries, chosen by script). Other text, Chinese and Japanese included, is
 * left as it is: satori breaks those by UAX #14 already. Only the drawing gets these: the card's alt
 * text and its page are written from the record.
 */
export function breakable(text: string): string {
  let drawn = '';
  let before = '';
  for (const { segment } of wordSegments.segment(text)) {
    drawn += UNSPACED_END.test(before) && UNSPACED_START.test(segment) ? `\u200B${segment}` : segment;
    before = segment;
  }
  return drawn;
}

/**
 * `text` cut to at most `max` characters, at a whole character (a letter with its marks, an emoji),
 * with an ellipsis where it was cut: after its last word as it reads, so at the left end of a name
 * in a right-to-left script. A card lays its chain out left to right, where a neutral ellipsis
 * after a Persian or Hebrew name would stand at its right, where the name begins; written before
 * the name, it stands at its left, beside the last word shown.
 */
export function shorten(text: string, max: number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  if (parts.length <= max) return text;
  const cut = parts
    .slice(0, max - 1)
    .join('')
    .trimEnd();
  return textDirection(text) === 'rtl' ? `…${cut}` : `${cut}…`;
}

const SIZES = [64, 56, 50, 44, 40, 36, 32, 28, 24] as const;
const TEXT_LINE = 1.2;

/**
 * The claim's or quote's type size and the lines it may take in a box `height` pixels high: the
 * largest size at which it fits, or the smallest and as many lines as fit, the last ending in an
 * ellipsis. The box is what the chain leaves, so the chain is never pushed off the card.
 */
export function textFit(text: string, height: number): { size: number; lines: number } {
  for (const size of SIZES) {
    if (linesOf(text, size, TEXT_WIDTH) * size * TEXT_LINE <= height) return { size, lines: Math.floor(height / (size * TEXT_LINE)) };
  }
  const size = SIZES.at(-1) as number;
  return { size, lines: Math.max(1, Math.floor(height / (size * TEXT_LINE))) };
}

/**
 * How long the words of one link may be on a card: a name, a verb or a venue longer than this is
 * shortened, to the next limit down while the chain would take more than `CHAIN.lines` lines.
 */
const LINK_LIMITS = [
  { name: 80, words: 50 },
  { name: 48, words: 32 },
  { name: 28, words: 20 },
  { name: 16, words: 12 },
] as const;
const CHAIN = { sizes: [30, 26, 22], line: 1.35, lines: 4 } as const;
const ARROW = { width: 24, gap: 10 } as const;

/**
 * A piece of the chain as the card lays it out: a word of a name (bold) or of its verb and venue
 * (muted), or an arrow. Words are laid one by one, as a line of text is, so a long name wraps
 * where a word ends instead of pushing its whole link onto a line of its own. A name in a
 * right-to-left script stays whole, for satori to order its words.
 */
type ChainPiece = { kind: 'name' | 'how'; text: string; joined?: boolean } | { kind: 'arrow' };

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** A text's words as pieces of the chain; a word of Thai… is split where it may break, its parts `joined` (no space between them). */
const words = (text: string): { text: string; joined?: boolean }[] =>
  RTL.test(text)
    ? [{ text }]
    : text
        .split(/\s+/)
        .filter(Boolean)
        .flatMap((word) =>
          breakable(word)
            .split('\u200B')
            .map((part, i, parts) => ({ text: part, joined: i < parts.length - 1 })),
        );

function chainPieces(chain: CardLink[], limit: (typeof LINK_LIMITS)[number]): ChainPiece[] {
  if (chain.length === 0) return words('The article, in its own voice').map((word) => ({ kind: 'name', ...word }));
  const pieces: ChainPiece[] = words('The article').map((word) => ({ kind: 'name', ...word }));
  for (const link of chain) {
    pieces.push({ kind: 'arrow' });
    // A preposition ("according to") before the name, muted as every verb is.
    const before = link.verbFirst && link.verb ? shorten(link.verb, limit.words) : undefined;
    if (before) pieces.push(...words(before).map((word) => ({ kind: 'how' as const, ...word })));
    pieces.push(...words(shorten(link.name, limit.name)).map((word) => ({ kind: 'name' as const, ...word })));
    if (link.native) pieces.push({ kind: 'name', text: shorten(link.native.text, limit.name) });
    const how = [before ? undefined : link.verb, link.venue].filter(Boolean).map((w) => shorten(w as string, limit.words));
    if (how.length > 0) pieces.push(...words(`(${how.join(', ')})`).map((word) => ({ kind: 'how' as const, ...word })));
  }
  return pieces;
}

/** A piece's width in pixels at `size`, with the space after it. */
function pieceWidth(piece: ChainPiece, size: number): number {
  return piece.kind === 'arrow' ? ARROW.width + ARROW.gap : emWidth(piece.text) * size * 1.08 + (piece.joined ? 0 : size * 0.3);
}

/** Lines the chain takes at `size`, its pieces laid in rows as flex-wrap lays them. */
function chainLines(pieces: ChainPiece[], size: number): number {
  let lines = 1;
  let x = 0;
  for (const piece of pieces) {
    const width = pieceWidth(piece, size);
    if (x > 0 && x + width > FOOTER_WIDTH) {
      lines++;
      x = 0;
    }
    x += width;
  }
  return lines;
}

/**
 * The chain's pieces and type size: the largest size at which it takes at most `CHAIN.lines` lines,
 * its words shortened further only when the smallest size is not enough. Every link always shows.
 */
export function chainFit(chain: CardLink[]): { pieces: ChainPiece[]; size: number; lines: number } {
  let fit: { pieces: ChainPiece[]; size: number; lines: number } | undefined;
  for (const limit of LINK_LIMITS) {
    const pieces = chainPieces(chain, limit);
    for (const size of CHAIN.sizes) {
      fit = { pieces, size, lines: chainLines(pieces, size) };
      if (fit.lines <= (size === CHAIN.sizes[0] ? 2 : CHAIN.lines)) return fit;
    }
  }
  return fit as { pieces: ChainPiece[]; size: number; lines: number };
}

function chainNode(pieces: ChainPiece[], size: number): Node {
  // Drawn, not a character: it looks the same whichever fonts a card loads.
  const arrow = el(
    'svg',
    { marginRight: ARROW.gap, alignSelf: 'center' },
    el('path', {}, undefined, {
      d: 'M2 10h18M14 4l7 6-7 6',
      stroke: COLORS.accent,
      'stroke-width': 3,
      fill: 'none',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    {
      width: ARROW.width,
      height: 20,
      viewBox: '0 0 24 20',
    },
  );
  const nodes = pieces.map((piece) =>
    piece.kind === 'arrow'
      ? arrow
      : el(
          'span',
          {
            fontWeight: piece.kind === 'name' ? 700 : 400,
            color: piece.kind === 'name' ? COLORS.ink : COLORS.muted,
            marginRight: piece.joined ? 0 : size * 0.3,
          },
          piece.text,
        ),
  );
  return el('div', { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', fontSize: size, lineHeight: CHAIN.line, flexShrink: 0 }, nodes);
}

/** Lines of the status a card shows: a fixed sentence, but one line may not hold it. */
const STATUS = { size: 22, line: 1.3, lines: 2 } as const;
const HEADER = { size: 24, line: 1.3 } as const;
const SMALL = { size: 20, line: 1.3 } as const;

/** The card as satori's element tree, and the texts it prints (for the fonts it needs). */
export function cardTree(input: CardInput): Node {
  const claim = input.kind === 'claim';
  const text = claim ? input.text : `“${input.text}”`;
  const chain = chainFit(input.chain);
  const statusLines = Math.min(STATUS.lines, linesOf(input.status, STATUS.size, FOOTER_WIDTH));
  // Everything below the text is drawn at its full height; the text gets what is left.
  const footer =
    2 + 16 + SMALL.size * 1.2 + 6 + chain.lines * chain.size * CHAIN.line + 12 + statusLines * STATUS.size * STATUS.line + 10 + SMALL.size * SMALL.line;
  const room = Math.floor(INNER_HEIGHT - HEADER.size * HEADER.line - 22 - 18 - 16 - footer);
  const fit = textFit(text, room);
  const clamp = (lines: number): Record<string, unknown> => ({ display: 'block', lineClamp: lines, overflow: 'hidden' });
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
      borderTop: `14px solid ${COLORS.accent}`,
    },
    [
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          fontSize: HEADER.size,
          lineHeight: HEADER.line,
          color: COLORS.muted,
          flexShrink: 0,
        },
        [
          el('span', { fontWeight: 700, color: COLORS.accent, letterSpacing: 1 }, 'CLAIMLINE'),
          el('span', { fontWeight: 700, color: COLORS.ink }, `${claim ? 'Claim' : 'Quote'} · ${input.label.replace(/^Quote · /, '')}`),
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          // If an estimate is short, the text is clipped here; the chain below keeps its place.
          overflow: 'hidden',
          alignItems: 'center',
          margin: '22px 0 18px',
          padding: '8px 0 8px 28px',
          borderLeft: `10px solid ${claim ? COLORS.claimLine : COLORS.quoteLine}`,
        },
        // A right-to-left statement starts at the right, as it reads.
        el(
          'div',
          {
            flexGrow: 1,
            textAlign: textDirection(input.text) === 'rtl' ? 'right' : 'left',
            fontSize: fit.size,
            fontWeight: 700,
            lineHeight: TEXT_LINE,
            maxHeight: room,
            ...clamp(fit.lines),
          },
          breakable(text),
        ),
      ),
      el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${COLORS.line}`, paddingTop: 16, flexShrink: 0 }, [
        el('div', { fontSize: SMALL.size, lineHeight: 1.2, fontWeight: 700, color: COLORS.muted, letterSpacing: 1, marginBottom: 6 }, 'WHO SAYS IT'),
        chainNode(chain.pieces, chain.size),
        el('div', { fontSize: STATUS.size, lineHeight: STATUS.line, color: COLORS.muted, marginTop: 12, ...clamp(STATUS.lines) }, input.status),
        el('div', { display: 'flex', justifyContent: 'space-between', fontSize: SMALL.size, lineHeight: SMALL.line, color: COLORS.muted, marginTop: 10 }, [
          el('div', { maxWidth: 860, ...clamp(1) }, breakable(`In: ${input.article}`)),
          el('span', {}, input.site),
        ]),
      ]),
    ],
  );
}

/** Every text a card prints, for the fonts it needs. */
export function cardTexts(input: CardInput): string[] {
  return [
    input.text,
    input.label,
    input.status,
    input.article,
    input.site,
    ...input.chain.flatMap((link) => [link.name, link.native?.text ?? '', link.verb ?? '', link.venue ?? '']),
  ];
}

/**
 * Render a card to PNG bytes. Fails, rather than drawing blanks, when a text needs glyphs none of
 * the card fonts has: the content check refuses such a text first (src/content/rules/font-coverage.ts),
 * so this is the second wall.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const { svg, pictures } = await cardSvg(input);
  // The asynchronous render, not `new Resvg().render()`: the synchronous one keeps each picture's
  // native memory after it is done with (a build of thousands of cards ran out of memory), the
  // asynchronous one gives it back.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  // An emoji brings colours of its own, which the card's sixteen would spoil: such a card gets a
  // palette of its own choosing (sharp's quantiser), at about twice the bytes.
  if (pictures) {
    return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .png({ palette: true, colours: 128, compressionLevel: 9 })
      .toBuffer();
  }
  // resvg gives premultiplied pixels; a card is opaque all over (its background fills it), where
  // premultiplied and straight are the same.
  return encodePalettePng(image.pixels, image.width, image.height, CARD_PALETTE);
}

/**
 * The card as an SVG of paths (satori's), with the fonts its text needs; `pictures` when it shows an
 * emoji. `embedFont: false` writes the text as `<text>` elements instead, for tests to read.
 */
export async function cardSvg(input: CardInput, { embedFont = true }: { embedFont?: boolean } = {}): Promise<{ svg: string; pictures: boolean }> {
  const missing: string[] = [];
  const texts = cardTexts(input);
  const { fonts, fontFamily } = cardFonts(texts);
  const graphemeImages = emojiImages(texts);
  const tree = cardTree(input);
  tree.props.style = { ...tree.props.style, fontFamily };
  const svg = await satori(tree as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    embedFont,
    graphemeImages,
    // Satori asks for the emoji no font draws even when it has their pictures already.
    loadAdditionalAsset: async (code, segment) => {
      if (code === 'emoji' && graphemeImages[segment]) return graphemeImages[segment];
      missing.push(`${code}: ${segment}`);
      return [];
    },
  });
  if (missing.length > 0) {
    throw new Error(
      `The share card for ${input.kind} \`${input.id}\` has text no card font can draw (${missing.join('; ')}). Run \`npm run check:content\`: it names the record and the field; add a font for those characters to src/render/fonts.ts.`,
    );
  }
  return { svg, pictures: Object.keys(graphemeImages).length > 0 };
}
