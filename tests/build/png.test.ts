import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { claimCard, quoteCard } from '../../src/model/cards.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { cardSvg, CARD_HEIGHT, CARD_WIDTH, renderCard } from '../../src/render/cards.ts';
import { blendPalette, encodePalettePng, rgb, type Rgb } from '../../src/render/png.ts';

/** The chunks of a PNG, each with whether its CRC is right. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** A PNG decoded by libvips (sharp), not by this project's code: red, green, blue a pixel. */
async function decode(png: Buffer): Promise<{ width: number; height: number; data: Buffer }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

describe('encodePalettePng', () => {
  const palette: Rgb[] = [
    [255, 255, 255],
    [0, 0, 0],
    [200, 0, 0],
  ];
  // 3 × 2 pixels: white, black, red / near-white, near-black, dark red.
  const pixels = Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 255, 200, 0, 0, 255, 250, 250, 250, 255, 10, 10, 10, 255, 150, 10, 0, 255]);

  it('writes the signature, then IHDR (4 bits, palette), PLTE with the palette, IDAT and IEND, each with a right CRC', async () => {
    const png = await encodePalettePng(pixels, 3, 2, palette);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const header = list[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 4, 3, 0, 0, 0]);
    expect([...(list[1]?.data as Buffer)]).toEqual(palette.flat());
  });

  it('gives each pixel its nearest colour of the palette, two pixels a byte, each row after a "no filter" byte', async () => {
    const png = await encodePalettePng(pixels, 3, 2, palette);
    const rows = inflateSync(chunks(png).find((c) => c.type === 'IDAT')?.data as Buffer);
    expect([...rows]).toEqual([0, 0x01, 0x20, 0, 0x01, 0x20]);
    const decoded = await decode(png);
    expect([...decoded.data]).toEqual([255, 255, 255, 0, 0, 0, 200, 0, 0, 255, 255, 255, 0, 0, 0, 200, 0, 0]);
  });

  it('refuses pixels that do not make the size it is told, and a palette a four-bit PNG cannot hold', async () => {
    await expect(encodePalettePng(pixels, 4, 2, palette)).rejects.toThrow(/are not 4 × 2 RGBA pixels/);
    await expect(
      encodePalettePng(
        pixels,
        3,
        2,
        Array.from({ length: 17 }, (): Rgb => [0, 0, 0]),
      ),
    ).rejects.toThrow(/1 to 16 colours, not 17/);
  });

  it('blends each colour into the background in even steps, the last the colour itself', () => {
    expect(
      blendPalette(rgb('#ffffff'), [
        { colour: rgb('#000000'), steps: 4 },
        { colour: rgb('#ff0000'), steps: 1 },
      ]),
    ).toEqual([
      [255, 255, 255],
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
      [0, 0, 0],
      [255, 0, 0],
    ]);
    expect(() => blendPalette(rgb('#ffffff'), [{ colour: rgb('#000000'), steps: 16 }])).toThrow(/at most 16 colours; this palette has 17/);
  });
});

describe('a share card as a palette PNG', () => {
  const index = CorpusIndex.fromCheck(checkContent('tests/fixtures/corpora/two-stories'));
  const site = 'claimline.example.org';
  // The densest cards of the fixture: the longest texts, and the chains with most links.
  const inputs = [
    ...[...index.claims.values()].map((claim) => claimCard(index, claim, site)),
    ...[...index.quotes.values()].map((quote) => quoteCard(index, quote, site)),
  ]
    .sort((a, b) => b.text.length + 40 * b.chain.length - (a.text.length + 40 * a.chain.length))
    .slice(0, 3);

  /**
   * The palette card looks the same as the full-colour one resvg writes from the same drawing, to a
   * reader. Flat areas keep their exact colour, and only the anti-aliased edges of the glyphs move,
   * each to the nearest of a few steps between its colour and the background (a third of the way
   * from the background to the ink, half the way to the muted text and the accent: fewer steps,
   * smaller files). An edge pixel moves by at most a quarter of the range (64 levels; a pixel
   * where two colours meet may go to a step of the other), and the picture on average by under
   * one level (almost all pixels are flat, and keep their colour exactly).
   */
  it('matches the full-colour rendering within a step of its anti-aliasing, and keeps its colours exact', async () => {
    for (const input of inputs) {
      const ours = await decode(await renderCard(input));
      const { svg } = await cardSvg(input);
      const full = await decode(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
      expect([ours.width, ours.height], input.id).toEqual([CARD_WIDTH, CARD_HEIGHT]);
      let total = 0;
      let most = 0;
      for (let i = 0; i < full.data.length; i++) {
        const difference = Math.abs((ours.data[i] as number) - (full.data[i] as number));
        total += difference;
        most = Math.max(most, difference);
      }
      expect(most, input.id).toBeLessThanOrEqual(64);
      expect(total / full.data.length, input.id).toBeLessThan(1);
      // The top bar is the accent colour; the middle of the right margin is the background.
      const at = (x: number, y: number) => [...ours.data.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)];
      expect(at(600, 5), input.id).toEqual([0x8a, 0x3b, 0x12]);
      expect(at(1190, 320), input.id).toEqual([0xfb, 0xfa, 0xf7]);
    }
  }, 60_000);
});
