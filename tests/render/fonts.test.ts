import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { coverageTable } from '../../scripts/font-coverage.ts';
import { checkFiles } from '../../src/content/check.ts';
import { FONT_COVERAGE_TABLE, uncoveredCharacters } from '../../src/content/font-coverage.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { SourceFile } from '../../src/content/read.ts';
import type { CardInput } from '../../src/model/cards.ts';
import { cardSvg, renderCard } from '../../src/render/cards.ts';
import { cardFonts } from '../../src/render/fonts.ts';
import { pngSize } from '../pictures/png.ts';

/** A line of each script a newsroom meets, as a name or a sentence would bring it. */
const SCRIPTS: Record<string, string> = {
  Latin: 'Łódź, São Paulo, Việt Nam',
  Cyrillic: 'Владимир Зеленский',
  Greek: 'Κυριάκος Μητσοτάκης',
  Arabic: 'وزارة الخارجية',
  Urdu: 'خواجہ آصف',
  Hebrew: 'משרד החוץ',
  Devanagari: 'अमित शाह',
  Bengali: 'শেখ হাসিনা',
  Gujarati: 'ગુજરાત સમાચાર',
  Gurmukhi: 'ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ',
  Kannada: 'ಕನ್ನಡ ಪ್ರಭ',
  Malayalam: 'മലയാള മനോരമ',
  Odia: 'ଓଡ଼ିଆ ସମ୍ବାଦ',
  Sinhala: 'ශ්‍රී ලංකාව',
  Tamil: 'தமிழ் முரசு',
  Telugu: 'తెలుగు వార్తలు',
  Thai: 'กระทรวงการต่างประเทศ',
  Chinese: '外交部发言人 外交部發言人',
  Japanese: 'にほんご カタカナ 東京',
  Korean: '대한민국 외교부',
  emoji: '🔥 👍🏽 🇺🇦 👨‍👩‍👧 ❤️ 1️⃣',
};

const card = (text: string, chain: CardInput['chain'] = []): CardInput => ({
  kind: 'quote',
  id: 'q',
  label: 'Quote · verbatim as printed',
  kindWords: 'verbatim',
  text,
  chain,
  status: 'The words as the article prints them. Printing them does not establish them.',
  article: 'Talks',
  site: 'claimline.example.org',
});

describe('the card fonts', () => {
  it('the coverage table is the one the installed fonts give (`npm run fonts:coverage` rewrites it)', () => {
    expect(FONT_COVERAGE_TABLE).toEqual(coverageTable());
  }, 60_000);

  it('cover every script of the list, and draw each without a blank', async () => {
    for (const [script, text] of Object.entries(SCRIPTS)) expect(uncoveredCharacters(text), script).toEqual([]);
    const png = await renderCard(card(Object.values(SCRIPTS).join(' · ')));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 60_000);

  it('are loaded only when a card’s text needs them', () => {
    const names = (texts: string[]) => [...new Set(cardFonts(texts).fonts.map((font) => font.name))];
    expect(names(['The ministry said'])).toEqual(['Noto Sans latin']);
    expect(names(['Владимир said'])).toEqual(['Noto Sans latin', 'Noto Sans cyrillic']);
    expect(names(['अमित शाह'])).toEqual(['Noto Sans latin', 'Noto Sans devanagari']);
    const chinese = names(['外交部']);
    expect(chinese[0]).toBe('Noto Sans latin');
    expect(chinese.slice(1).every((name) => name.startsWith('Noto Sans SC '))).toBe(true);
    // Bold and regular of each, and nothing else.
    expect(cardFonts(['The ministry said']).fonts.map((font) => font.weight)).toEqual([400, 700]);
  });
});

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** The words a card writes, where satori put them (drawn as `<text>`, not paths). */
async function words(input: CardInput) {
  const { svg } = await cardSvg(input, { embedFont: false });
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = attributes(m[1] as string);
    return { text: m[2] as string, x: Number(a['x']), y: Number(a['y']), width: Number(a['width']), size: Number(a['font-size']) };
  });
}

describe('a card with long text', () => {
  const long = 'The ministry said the talks would resume next week, and that both delegations had agreed to keep the ceasefire. '.repeat(20).slice(0, 2000);
  const chain = [
    { name: 'Интерфакс [the agency]', verb: 'reported', venue: 'in a dispatch' },
    { name: 'अमित शाह', verb: 'said', venue: 'on Doordarshan' },
  ];

  it('shortens a 2,000-character quote with an ellipsis and keeps the whole chain on the card, below it', async () => {
    const placed = await words(card(long, chain));
    const who = placed.find((w) => w.text === 'WHO');
    expect(who).toBeDefined();
    const quote = placed.filter((w) => w.y < (who?.y ?? 0) && w.size >= 24 && w.text !== 'CLAIMLINE');
    expect(quote.length).toBeGreaterThan(50);
    expect(quote.at(-1)?.text).toMatch(/…$/);
    for (const word of ['Интерфакс', 'reported', 'dispatch', 'अमित', 'शाह', 'said', 'Doordarshan', 'establish', 'Talks']) {
      const found = placed.find((w) => w.text.includes(word) && w.y > (who?.y ?? 0));
      expect(found, word).toBeDefined();
      // Inside the card's margins.
      expect(found && found.y <= 630 - 30 && found.x + found.width <= 1200 - 60 + 1, word).toBe(true);
    }
  }, 60_000);

  it('keeps every link of a long chain, shortening its words', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      name: `Outlet${i} with a rather long descriptive name of the outlet`,
      verb: 'according to',
      venue: 'in a statement posted late on Tuesday night',
    }));
    const placed = await words(card(long, five));
    const who = placed.find((w) => w.text === 'WHO')?.y ?? 0;
    for (let i = 0; i < 5; i++) {
      const found = placed.find((w) => w.text.startsWith(`Outlet${i}`));
      expect(found && found.y > who && found.y <= 630 - 30, `link ${i}`).toBe(true);
    }
    expect(placed.some((w) => w.text.includes('…') && w.y > who)).toBe(true);
  }, 60_000);

  it('shortens a long Persian name at its end as it reads: the ellipsis at its left, beside the last word shown', async () => {
    const name = 'خبرگزاری جمهوری اسلامی ایران در استان خراسان رضوی و دفتر منطقه‌ای شمال شرق کشور برای اخبار اقتصادی و اجتماعی';
    const placed = await words(card('The new water fee will not be charged this year.', [{ name, verb: 'گفت' }]));
    const who = placed.find((w) => w.text === 'WHO')?.y ?? 0;
    const line = placed.filter((w) => w.y > who && /[\u0600-\u06FF…]/.test(w.text) && w.text !== '(گفت)');
    const first = line.find((w) => w.text.includes('خبرگزاری'));
    const ellipsis = line.find((w) => w.text.includes('…'));
    expect(first).toBeDefined();
    expect(ellipsis).toBeDefined();
    // The name begins at the right and reads leftwards: what was cut off is at its left end.
    const left = (w: { x: number }) => w.x;
    expect(Math.min(...line.map(left))).toBe(ellipsis!.x);
    expect(Math.max(...line.filter((w) => !w.text.includes('گفت')).map(left))).toBe(first!.x);
  }, 60_000);
});

describe('the fontCoverage rule', () => {
  const file = (path: string, lines: readonly string[], body = ''): SourceFile => ({
    collection: path.split('/')[0] as SourceFile['collection'],
    file: `content/${path}`,
    text: `---\n${lines.join('\n')}\n---\n${body}`,
  });
  const article = ['title: Talks', 'headline: null', 'publisher: null', 'url: null', 'published: 2025-10-28', 'language: en', 'summary: Careful words.'];

  it('names the record, the field, the line and the characters no card font draws, before any build', () => {
    const files = [
      file('articles/talks.md', article, 'Officials said on Monday 🔥 that talks would resume.'),
      file('sources/officials.md', [
        'name: The 𝔄gency ⁂',
        'kind: government',
        'description: The officials.',
        'nativeName:',
        '  text: Владимир 😀',
        '  lang: ru',
      ]),
      file('claims/resume.md', [
        'article: talks',
        'statement: Talks will resume 𝕏.',
        'kind: report',
        'attribution:',
        '  - source: officials',
        '    verb: said',
        'anchor:',
        '  exact: talks would resume',
      ]),
    ];
    const problems = checkFiles(files).problems.filter((p) => p.message.includes('share-card font'));
    expect(problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
      "content/sources/officials.md:2:1  name  The name of the source \`officials\` has a character no share-card font can draw: “𝔄” (U+1D504).  Write it with characters a card can draw (a plain letter for a styled one, a word for a symbol), or add a font that has them to src/render/fonts.ts and run \`npm run fonts:coverage\`.
      content/claims/resume.md:3:1  statement  The statement of the claim \`resume\` has a character no share-card font can draw: “𝕏” (U+1D54F).  Write it with characters a card can draw (a plain letter for a styled one, a word for a symbol), or add a font that has them to src/render/fonts.ts and run \`npm run fonts:coverage\`."
    `);
  });
});

/** The font parser and shaper satori itself uses: what it makes of a word is what a card draws. */
const opentype = createRequire(import.meta.url)('@shuding/opentype.js') as {
  parse(data: ArrayBuffer): { stringToGlyphs(text: string): { unicode?: number }[] };
};

describe('the Arabic script on a card', () => {
  // satori shapes with opentype.js and positions no marks: a font that builds a letter from a base
  // and marks (the dots of a final ي, the madda of آ, the rings of ړ and ٹ) came out without them,
  // or failed to shape at all. The font a card loads for these words must shape them, a glyph a letter.
  it.each(['المجلس البلدي في', 'جلال آباد', 'خواجہ آصف ے', 'ړ ږ ښ ڼ ځ', 'ٹ ڈ ڑ ں', 'ڕ ڵ ۆ ێ ڤ', 'پ چ ژ گ ی ک'])('draws “%s” a glyph a letter', (words) => {
    const arabic = cardFonts([words]).fonts.filter((font) => !font.name.startsWith('Noto Sans latin'));
    expect(arabic.length).toBeGreaterThan(0);
    for (const loaded of arabic) {
      const font = opentype.parse(loaded.data.buffer.slice(loaded.data.byteOffset, loaded.data.byteOffset + loaded.data.byteLength) as ArrayBuffer);
      for (const word of words.split(' ')) {
        const glyphs = font.stringToGlyphs(word);
        expect(glyphs.map((glyph) => glyph.unicode === undefined || glyph.unicode === 0).filter(Boolean), `${loaded.name}: ${word}`).toEqual([]);
        // Never more glyphs than letters: a ligature (لا) may join two, no letter is split into a base and marks.
        expect(glyphs.length, `${loaded.name}: ${word}`).toBeLessThanOrEqual([...word].length);
      }
    }
  });
});
