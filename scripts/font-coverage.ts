/**
 * `npm run fonts:coverage`: write src/content/font-coverage.ts, the characters each share-card font
 * can draw (and the emoji it has pictures of), read from the font files themselves (their character maps), so that `check:content`
 * finds a text no card font covers without loading a font, and the cards load only the fonts a
 * card's text needs. Run it after adding, removing or updating a font package; a test
 * (tests/render/font-coverage.test.ts) fails while the table and the installed fonts disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { encodeRanges } from '../src/content/font-coverage.ts';
import { emojiCodePoints } from '../src/render/emoji.ts';
import { EMOJI_FAMILY, FONT_FAMILIES, fontFile, fontSubsets } from '../src/render/fonts.ts';

const repo = join(import.meta.dirname, '..');

/** The font parser satori itself uses, so what it finds in a file is what a card can draw from it. */
const opentype = createRequire(import.meta.url)('@shuding/opentype.js') as {
  parse(data: ArrayBuffer): { tables: { cmap: { glyphIndexMap: Record<string, number> } } };
};

/** Every code point `family` draws: each subset file's character map, within the range the subset is cut for. */
export function familyCoverage(family: (typeof FONT_FAMILIES)[number]): number[] {
  const points = new Set<number>();
  for (const subset of fontSubsets(family.pkg)) {
    const data = readFileSync(fontFile(family.pkg, subset.name, 400));
    const font = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
    for (const point of Object.keys(font.tables.cmap.glyphIndexMap).map(Number)) if (subset.has(point)) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

/** The table as it should read: each family with what the families before it do not draw. */
export function coverageTable(): [string, string][] {
  // Cards take each character from the first family that has it, so the rest would never be used
  // (and would swell the table).
  const taken = new Set<number>();
  const families: [string, number[]][] = [
    ...FONT_FAMILIES.map((family) => [family.family, familyCoverage(family)] as [string, number[]]),
    [EMOJI_FAMILY, emojiCodePoints()],
  ];
  return families.map(([family, points]) => {
    const own = points.filter((point) => !taken.has(point));
    for (const point of own) taken.add(point);
    return [family, encodeRanges(own)] as [string, string];
  });
}

if (import.meta.main) {
  const entries = coverageTable().map(([family, ranges]) => `  [${JSON.stringify(family)}, ${JSON.stringify(ranges)}],`);
  const out = join(repo, 'src', 'content', 'font-coverage.ts');
  const text = readFileSync(out, 'utf8').replace(
    /( *\/\/ BEGIN TABLE\n)[\s\S]*?( *\/\/ END TABLE)/,
    (_, start: string, end: string) => `${start}${entries.join('\n')}\n${end}`,
  );
  writeFileSync(out, text);
  console.log(`Wrote the coverage of ${entries.length - 1} font families and the emoji to ${out}.`);
}
