import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

// In libuv's threads, so the build's own thread draws the next card meanwhile (src/build/cards.ts).
const deflateAsync = promisify(deflate);

/**
 * A PNG of at most 16 colours, four bits a pixel, for the share cards.
 *
 * A card is a handful of flat colours (the background, the ink, the muted text, the accent, the
 * rules) and the anti-aliased edges of its glyphs, each a blend of one of them with the background.
 * Quantised to the card's own colours and a few steps of each blend, it keeps its look and its
 * exact colours, and its pixels take half a byte instead of four: the file is a third of a
 * full-colour PNG (docs/performance.md). A general quantiser (sharp's libimagequant) picks its own
 * sixteen colours from the picture and makes larger files of the same cards.
 * @see https://www.w3.org/TR/png-3/
 */

export type Rgb = readonly [number, number, number];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** `#rrggbb` as red, green, blue. */
export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The palette of a picture drawn on `background`: the background first, then for each colour drawn
 * on it, `steps` blends from the background towards it, the last being the colour itself. A colour
 * with one step is only ever drawn solid (a rule, a bar).
 */
export function blendPalette(background: Rgb, colours: readonly { colour: Rgb; steps: number }[]): Rgb[] {
  const palette: Rgb[] = [background];
  for (const { colour, steps } of colours) {
    for (let step = 1; step <= steps; step++) {
      const a = step / steps;
      palette.push(background.map((c, i) => Math.round(c + a * ((colour[i] as number) - c))) as unknown as Rgb);
    }
  }
  if (palette.length > 16) throw new Error(`A four-bit PNG has at most 16 colours; this palette has ${palette.length}.`);
  return palette;
}

/**
 * `pixels` (`width × height` of red, green, blue and alpha, opaque), each as its nearest colour of
 * `palette`, written as a four-bit palette PNG: rows unfiltered (the best for palette indices),
 * compressed by Node's zlib at level 8: level 9 searches more than twice as long for files half a
 * percent smaller, and lower levels make files several percent larger, which the site's size limit
 * cannot spare (docs/performance.md).
 */
export async function encodePalettePng(pixels: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Promise<Buffer> {
  if (pixels.length !== width * height * 4) throw new Error(`encodePalettePng: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels.`);
  if (palette.length === 0 || palette.length > 16) throw new Error(`encodePalettePng: a four-bit palette has 1 to 16 colours, not ${palette.length}.`);
  // Each pixel as one 32-bit number (its four bytes), to compare and look up at once.
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : Uint8Array.from(pixels);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // A card has about a hundred distinct colours: each is matched to the palette once, and kept in
  // a small table indexed by a hash of the colour (a Map's look-up was half of this loop's time).
  const SLOTS = 4096;
  const seen = new Uint32Array(SLOTS);
  const found = new Uint8Array(SLOTS); // the palette index plus one; 0 for an empty slot
  const nearest = (word: number, at: number): number => {
    const slot = (word ^ (word >>> 12) ^ (word >>> 24)) & (SLOTS - 1);
    if (found[slot] !== 0 && seen[slot] === word) return (found[slot] as number) - 1;
    const [r, g, b] = [aligned[at * 4] as number, aligned[at * 4 + 1] as number, aligned[at * 4 + 2] as number];
    let best = 0;
    let distance = Infinity;
    for (const [i, [pr, pg, pb]] of palette.entries()) {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < distance) [distance, best] = [d, i];
    }
    seen[slot] = word;
    found[slot] = best + 1;
    return best;
  };
  const stride = Math.ceil(width / 2) + 1;
  const rows = Buffer.alloc(stride * height);
  // Most pixels are the colour of the one before them (the background, the inside of a glyph).
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type, 0 (none), which Buffer.alloc already wrote.
    const row = y * stride + 1;
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      const word = words[at] as number;
      if (word !== last) {
        last = word;
        lastIndex = nearest(word, at);
      }
      if (lastIndex !== 0) rows[row + (x >> 1)] = (rows[row + (x >> 1)] as number) | (x & 1 ? lastIndex : lastIndex << 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bits a pixel
  header[9] = 3; // palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', await deflateAsync(rows, { level: 8, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
