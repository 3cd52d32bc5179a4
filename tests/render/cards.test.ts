import { describe, expect, it } from 'vitest';
import { cardAlt, type CardInput } from '../../src/model/cards.ts';
import { breakable, CARD_WIDTH, cardSvg } from '../../src/render/cards.ts';

/** Sentences of a Thai report on a school closure (no spaces between words, one between sentences). */
const THAI = 'การหยุดเรียนกะทันหันสร้างภาระให้กับครอบครัวที่พ่อแม่ต้องออกไปทำงาน เจ้าหน้าที่จะตรวจสอบโรงงานที่ปล่อยควันดำในพื้นที่ใกล้เคียงภายในสัปดาห์นี้';
const ZWSP = '\u200B';
/** A text without its spaces and break opportunities: satori draws a space as a run of its own. */
const letters = (text: string) => text.replace(/[\s\u200B]/gu, '');

const card = (text: string, chain: CardInput['chain'] = []): CardInput => ({
  kind: 'claim',
  id: 'thai-statement',
  label: 'Assessment · Unverified',
  kindWords: 'assessment',
  text,
  chain,
  status: 'Unverified: the article reports this; it does not establish it.',
  article: 'Bangkok closes schools for two days',
  site: 'claimline.example.org',
});

/** The Thai runs satori laid out (unembedded, each run is a `<text>` with its position and width): on this card, the statement's. */
async function thaiRuns(text: string, chain: CardInput['chain'] = []): Promise<{ x: number; y: number; width: number; bold: boolean; text: string }[]> {
  const { svg } = await cardSvg(card(text, chain), { embedFont: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)]
    .map(([, x, y, width, weight, run]) => ({ x: Number(x), y: Number(y), width: Number(width), bold: weight === '700', text: run as string }))
    .filter((run) => /\p{Script=Thai}/u.test(run.text));
}

/** The card's right padding: no text may reach past it. */
const RIGHT_EDGE = CARD_WIDTH - 60;

describe('a statement in a script written without spaces between words', () => {
  it('wraps between its words and stays inside the card', async () => {
    const runs = await thaiRuns(THAI);
    expect(new Set(runs.map((run) => run.y)).size).toBeGreaterThan(1);
    for (const run of runs) expect(run.x + run.width, run.text).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    // Every word is drawn, in order, and the break opportunities draw nothing.
    expect(letters(runs.map((run) => run.text).join(''))).toBe(letters(THAI));
    for (const run of runs.filter((r) => r.text === ZWSP)) expect(run.width).toBe(0);
  });

  it('too long for the card, ends in an ellipsis on its last line, as an English one does', async () => {
    const long = Array.from({ length: 10 }, () => THAI).join(' ');
    const runs = await thaiRuns(long);
    const drawn = runs.map((run) => run.text).join('');
    expect(drawn.endsWith('…')).toBe(true);
    expect(letters(long).startsWith(letters(drawn).slice(0, -1))).toBe(true);
    for (const run of runs) expect(run.x + run.width, run.text).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
  });

  it('in a source’s name on the chain, wraps between its words too', async () => {
    const name = 'กรมควบคุมมลพิษกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อมแห่งประเทศไทยสำนักงานใหญ่';
    const runs = await thaiRuns('Dust is high in Bang Na', [{ name, verb: 'ตามรายงานของ' }]);
    for (const run of runs) expect(run.x + run.width, run.text).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    // The name (in bold, its verb is not) is drawn whole, over two lines, with no space put between its words.
    const drawn = runs.filter((run) => run.bold);
    expect(drawn.map((run) => run.text).join('')).toBe(name);
    expect(new Set(drawn.map((run) => run.y)).size).toBe(2);
  });

  it('gets its break opportunities in the drawing only, and only between words of those scripts', () => {
    expect(breakable(THAI)).not.toBe(THAI);
    expect(breakable(THAI).replaceAll(ZWSP, '')).toBe(THAI);
    // Between two Thai words, never beside a space or inside a word (การ|หยุด|เรียน).
    expect(breakable('การหยุดเรียน PM2.5')).toBe(`การ${ZWSP}หยุด${ZWSP}เรียน PM2.5`);
    // Chinese and Japanese break by UAX #14 already; spaced scripts at their spaces.
    for (const text of ['市政府宣布全市中小学将停课两天。', '市内の小中学校を二日間休校にすると発表した。', 'Theo Ban Quản lý đường sắt đô thị Hà Nội'])
      expect(breakable(text)).toBe(text);
    expect(cardAlt(card(THAI))).not.toContain(ZWSP);
  });
});
