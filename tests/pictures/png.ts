/**
 * The size a PNG declares, read from its header: the 8-byte signature, then the IHDR chunk, whose
 * data starts with the width and height as big-endian 32-bit integers.
 * @see https://www.w3.org/TR/png-3/#11IHDR
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG: the signature is missing.');
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('Not a valid PNG: the first chunk is not IHDR.');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
