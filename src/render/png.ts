import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG of 8-bit RGBA pixels, rows unfiltered, compressed by Node's zlib at level 3.
 *
 * For the share cards: at 1200 × 630 this takes about 4.5 ms against 6.8 ms for resvg's own
 * encoder (which tries every row filter at zlib's default level), and the files come out a little
 * smaller, because a card is mostly flat colour that zlib's fast levels already squeeze well. That is
 * 2.4 ms of each card's 22, a minute of CPU at 25,000 cards. pngjs, the usual PNG library, took
 * 18 ms for the same. Only the container is written here; the compression is zlib's.
 * @see https://www.w3.org/TR/png-3/
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** `pixels`: `width × height` pixels of red, green, blue and alpha, straight (not premultiplied), row by row. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (pixels.length !== stride * height) throw new Error(`encodePng: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels.`);
  // Each row starts with its filter type: 0, none.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits a channel
  header[9] = 6; // RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
