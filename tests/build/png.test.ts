import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkContent } from '../../src/content/check.ts';
import { cardTree, CARD_HEIGHT, CARD_WIDTH, loadFonts, renderCard } from '../../src/render/cards.ts';
import { claimCard } from '../../src/model/cards.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { encodePng } from '../../src/render/png.ts';
import { launchBrowser } from '../support/browser.ts';

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

describe('encodePng', () => {
  const width = 3;
  const height = 2;
  const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);

  it('writes the signature, then IHDR, IDAT and IEND, each with a right CRC', () => {
    const png = encodePng(pixels, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const header = list[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([width, height, 8, 6, 0, 0, 0]);
  });

  it('stores every row whole, after a "no filter" byte', () => {
    const rows = inflateSync(chunks(encodePng(pixels, width, height)).find((c) => c.type === 'IDAT')?.data as Buffer);
    expect(rows.length).toBe((width * 4 + 1) * height);
    for (let y = 0; y < height; y++) {
      expect(rows[y * (width * 4 + 1)]).toBe(0);
      expect([...rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1))]).toEqual([...pixels.subarray(y * width * 4, (y + 1) * width * 4)]);
    }
  });

  it('refuses pixels that do not make the size it is told', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow(/are not 4 × 2 RGBA pixels/);
  });
});

describe('a share card, as a browser shows it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is the same picture, pixel for pixel, as resvg’s own encoder makes', async () => {
    const index = CorpusIndex.fromCheck(checkContent('.'));
    const input = claimCard(index, index.claims.get('afghan-demand-drone-commitment') as never, 'claimline.example.org');
    const ours = await renderCard(input);
    const svg = await satori(cardTree(input) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
    const theirs = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    const page = await (await browser.newContext()).newPage();
    const decoded = await page.evaluate(
      async (sources) => {
        const pixels = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return {
            width: image.naturalWidth,
            height: image.naturalHeight,
            data: Array.from(context.getImageData(0, 0, image.naturalWidth, image.naturalHeight).data),
          };
        };
        const [a, b] = await Promise.all(sources.map(pixels));
        let differ = 0;
        for (let i = 0; i < (a?.data.length ?? 0); i++) if (a?.data[i] !== b?.data[i]) differ++;
        // The top bar is the accent colour; the middle of the right margin is the background.
        const at = (x: number, y: number) => a?.data.slice((y * (a?.width ?? 0) + x) * 4, (y * (a?.width ?? 0) + x) * 4 + 4);
        return { sizes: [a?.width, a?.height, b?.width, b?.height], differ, bar: at(600, 5), margin: at(1190, 320) };
      },
      [`data:image/png;base64,${ours.toString('base64')}`, `data:image/png;base64,${theirs.toString('base64')}`],
    );
    expect(decoded.sizes).toEqual([CARD_WIDTH, CARD_HEIGHT, CARD_WIDTH, CARD_HEIGHT]);
    expect(decoded.differ).toBe(0);
    expect(decoded.bar).toEqual([0x8a, 0x3b, 0x12, 255]);
    expect(decoded.margin).toEqual([0xfb, 0xfa, 0xf7, 255]);
  }, 60_000);
});
