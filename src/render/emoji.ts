import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Emoji on share cards, as pictures: Twemoji's SVG files from npm (@twemoji/svg), one a sequence,
 * read from disk when a card has one (nothing is fetched). They are handed to satori as pictures
 * of whole graphemes (its `graphemeImages`), which it uses before any font: a symbol font that has
 * the thumb but not its skin tone would otherwise draw the one and a blank box for the other.
 * @see https://github.com/jdecked/twemoji
 */

const folder = (() => {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve('@twemoji/svg/package.json'));
})();

/** Twemoji's file name for an emoji: its code points in hex, joined by `-`, without U+FE0F unless it has a U+200D. */
export function emojiFileName(emoji: string): string {
  const text = emoji.includes('\u200d') ? emoji : emoji.replaceAll('\ufe0f', '');
  return [...text].map((char) => (char.codePointAt(0) as number).toString(16)).join('-');
}

/** Every code point some Twemoji picture stands for, for the coverage table (scripts/font-coverage.ts). */
export function emojiCodePoints(): number[] {
  const points = new Set<number>();
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.svg')) continue;
    for (const hex of name.slice(0, -4).split('-')) points.add(Number.parseInt(hex, 16));
  }
  return [...points].sort((a, b) => a - b);
}

/** The picture of an emoji as a data URL, or `undefined` when Twemoji has none for it. */
export function emojiImage(emoji: string): string | undefined {
  const file = join(folder, `${emojiFileName(emoji)}.svg`);
  if (!existsSync(file)) return undefined;
  return `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** A grapheme shown as an emoji: one presented as a picture by default, or asked to be (U+FE0F), a keycap, a skin tone, a sequence, a flag. */
const EMOJI = /\p{Emoji_Presentation}|\ufe0f|\u20e3|\p{Emoji_Modifier}|\u200d|\p{Regional_Indicator}/u;

/** The emoji of some texts, each with its picture, for satori's `graphemeImages`. */
export function emojiImages(texts: readonly string[]): Record<string, string> {
  const images: Record<string, string> = {};
  for (const text of texts) {
    for (const { segment } of graphemes.segment(text)) {
      if (segment in images || !EMOJI.test(segment)) continue;
      const image = emojiImage(segment);
      if (image) images[segment] = image;
    }
  }
  return images;
}
