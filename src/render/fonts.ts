import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { familyFor } from '../content/font-coverage.ts';

/**
 * The share cards' fonts: Noto families from npm (@fontsource), for the scripts of the world's news,
 * in the order a card falls back through them; for the Arabic script, Vazirmatn first. satori shapes
 * Arabic (joining forms) but does not position marks, and Noto Sans Arabic builds many letters from
 * a base and marks (the dots of a final ي, the madda of آ, the rings and dots of Urdu and Pashto
 * letters), which came out without them; Vazirmatn draws each as one glyph. Noto Sans Arabic stays
 * as the fallback for the few characters Vazirmatn has not. Each package is cut into subsets by Unicode range
 * (Latin, Cyrillic...; a CJK font into about a hundred); a card loads only the subsets its own
 * characters fall in, found through the coverage table (src/content/font-coverage.ts), so a card in
 * English reads two small files and never a CJK font. WOFF 1: satori reads WOFF but not WOFF2.
 * Emoji are pictures, not a font (src/render/emoji.ts).
 */
export const FONT_FAMILIES = [
  { family: 'Noto Sans', pkg: '@fontsource/noto-sans', scripts: 'Latin, Cyrillic, Greek, Devanagari' },
  { family: 'Vazirmatn', pkg: '@fontsource/vazirmatn', scripts: 'Arabic, Persian, Urdu, Pashto, Kurdish' },
  { family: 'Noto Sans Arabic', pkg: '@fontsource/noto-sans-arabic', scripts: 'Arabic (what Vazirmatn has not)' },
  { family: 'Noto Sans Hebrew', pkg: '@fontsource/noto-sans-hebrew', scripts: 'Hebrew' },
  { family: 'Noto Sans Bengali', pkg: '@fontsource/noto-sans-bengali', scripts: 'Bengali' },
  { family: 'Noto Sans Gujarati', pkg: '@fontsource/noto-sans-gujarati', scripts: 'Gujarati' },
  { family: 'Noto Sans Gurmukhi', pkg: '@fontsource/noto-sans-gurmukhi', scripts: 'Gurmukhi' },
  { family: 'Noto Sans Kannada', pkg: '@fontsource/noto-sans-kannada', scripts: 'Kannada' },
  { family: 'Noto Sans Malayalam', pkg: '@fontsource/noto-sans-malayalam', scripts: 'Malayalam' },
  { family: 'Noto Sans Oriya', pkg: '@fontsource/noto-sans-oriya', scripts: 'Odia' },
  { family: 'Noto Sans Sinhala', pkg: '@fontsource/noto-sans-sinhala', scripts: 'Sinhala' },
  { family: 'Noto Sans Tamil', pkg: '@fontsource/noto-sans-tamil', scripts: 'Tamil' },
  { family: 'Noto Sans Telugu', pkg: '@fontsource/noto-sans-telugu', scripts: 'Telugu' },
  { family: 'Noto Sans Thai', pkg: '@fontsource/noto-sans-thai', scripts: 'Thai' },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', scripts: 'Chinese (simplified), Japanese kana' },
  { family: 'Noto Sans TC', pkg: '@fontsource/noto-sans-tc', scripts: 'Chinese (traditional)' },
  { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', scripts: 'Japanese' },
  { family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr', scripts: 'Korean' },
  { family: 'Noto Sans Math', pkg: '@fontsource/noto-sans-math', scripts: 'mathematical letters' },
  { family: 'Noto Sans Symbols 2', pkg: '@fontsource/noto-sans-symbols-2', scripts: 'symbols' },
] as const;

export type FontFamily = (typeof FONT_FAMILIES)[number];

/** What the coverage table calls the emoji pictures, listed after the fonts. */
export const EMOJI_FAMILY = 'Twemoji';

/** The weights a card is written in: regular, and bold for the text and the names. */
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

const require = createRequire(join(process.cwd(), 'package.json'));

/** The folder of an npm package, found the way Node finds it, from the project root. */
function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** A subset's file: `noto-sans-cyrillic-700-normal.woff`. */
export function fontFile(pkg: string, subset: string, weight: number): string {
  return join(packageDir(pkg), 'files', `${pkg.replace('@fontsource/', '')}-${subset}-${weight}-normal.woff`);
}

export interface FontSubset {
  /** As in the file names: `latin-ext`, `7` (a CJK font's subsets are numbered). */
  name: string;
  has(point: number): boolean;
}

const subsets = new Map<string, FontSubset[]>();

/** A package's subsets, from the Unicode ranges it publishes for CSS (`unicode.json`: `"U+0400-045F,U+0490-0491"`). */
export function fontSubsets(pkg: string): FontSubset[] {
  let found = subsets.get(pkg);
  if (!found) {
    const ranges = JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
    found = Object.entries(ranges).map(([key, list]) => {
      const spans = list.split(',').map((range) => {
        const [a, b] = range.trim().replace(/^U\+/i, '').split('-');
        const start = Number.parseInt(a as string, 16);
        return [start, b === undefined ? start : Number.parseInt(b, 16)] as const;
      });
      return { name: key.replace(/^\[(\d+)\]$/, '$1'), has: (point: number) => spans.some(([start, end]) => point >= start && point <= end) };
    });
    subsets.set(pkg, found);
  }
  return found;
}

/** The weights a package has of the two a card uses (symbols and mathematics come in regular only). */
function weightsOf(pkg: string, subset: string): Weight[] {
  return WEIGHTS.filter((weight) => existsSync(fontFile(pkg, subset, weight)));
}

const files = new Map<string, Buffer>();

function read(path: string): Buffer {
  let data = files.get(path);
  if (!data) files.set(path, (data = readFileSync(path)));
  return data;
}

/**
 * The fonts a card with these texts needs, and the font-family list to draw it with: Noto Sans's
 * Latin always (the card's own words), and for every other character the subset of the first
 * family that draws it. A character no family draws is left for the content check to have refused
 * (src/content/rules/font-coverage.ts); satori then reports it (src/render/cards.ts).
 */
export function cardFonts(texts: readonly string[]): { fonts: LoadedFont[]; fontFamily: string } {
  const needed = new Map<FontFamily, Set<string>>([[FONT_FAMILIES[0], new Set(['latin'])]]);
  const seen = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      if (seen.has(char)) continue;
      seen.add(char);
      const name = familyFor(char);
      const family = name ? FONT_FAMILIES.find((f) => f.family === name) : undefined;
      if (!family) continue;
      const point = char.codePointAt(0) as number;
      const subset = fontSubsets(family.pkg).find((s) => s.has(point));
      if (!subset) continue;
      if (!needed.has(family)) needed.set(family, new Set());
      needed.get(family)?.add(subset.name);
    }
  }
  const fonts: LoadedFont[] = [];
  const names: string[] = [];
  for (const family of FONT_FAMILIES) {
    for (const subset of needed.get(family) ?? []) {
      // Satori keeps one font a name and weight: each subset is a family of its own.
      const name = `${family.family} ${subset}`;
      names.push(name);
      for (const weight of weightsOf(family.pkg, subset)) fonts.push({ name, data: read(fontFile(family.pkg, subset, weight)), weight, style: 'normal' });
    }
  }
  return { fonts, fontFamily: names.join(', ') };
}

/** What identifies the fonts for the card cache: each package's version (a new release may draw differently). */
export function fontFingerprint(): string {
  return FONT_FAMILIES.map((f) => `${f.pkg}@${(require(`${f.pkg}/package.json`) as { version: string }).version}`).join(',');
}

/** Every font file a card may read, for tests and the bench. */
export function fontPaths(): string[] {
  return FONT_FAMILIES.flatMap((family) => fontSubsets(family.pkg).flatMap((s) => weightsOf(family.pkg, s.name).map((w) => fontFile(family.pkg, s.name, w))));
}
