import { indexOf, makeCorpus } from '../support/corpus.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCard, cardKey } from '../../src/build/card-cache.ts';
import { CARD_HEIGHT, CARD_RENDERER_VERSION, CARD_WIDTH, renderCard } from '../../src/render/cards.ts';
import { cardFonts } from '../../src/render/fonts.ts';
import { cardAlt, cardName, chainWords, claimCard, quoteCard, quoteChain } from '../../src/model/cards.ts';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex, type Rec } from '../../src/model/corpus.ts';
import type { ClaimData } from '../../src/content/schemas/claim.ts';
import { pngSize } from '../pictures/png.ts';

/** The fixture corpus: the seed's story and a second one that cites the same outlet. */
const FIXTURE = 'tests/fixtures/corpora/two-stories';
const index = CorpusIndex.fromCheck(checkContent(FIXTURE));
const site = 'claimline.example.org';
const claim = (id: string) => index.claims.get(id) as Rec<ClaimData>;

describe('what a card says', () => {
  it('carries the whole chain, outermost first, with the article’s verbs', () => {
    // The example from the issue that asked for the cards.
    expect(chainWords(claimCard(index, claim('afghan-demand-drone-commitment'), site).chain)).toBe(
      'The article → as per a TOLONews report → Afghan negotiators (demanded)',
    );
  });

  it('puts a verb that reads before the name there, as the site’s chains do; a right-to-left one stays after it', () => {
    const small = indexOf(
      makeCorpus({
        body: 'According to the agency, talks failed. بحسب الوكالة، فشلت المحادثات. According to the ministry, talks resumed.',
        sources: { agency: { name: 'Press Agency', kind: 'outlet' }, ministry: { name: 'The ministry', kind: 'organisation' } },
        claims: {
          failed: { attribution: [{ source: 'agency', verb: 'According to', as: 'the agency' }], anchor: { exact: 'talks failed' } },
          arabic: { attribution: [{ source: 'agency', verb: 'بحسب' }], anchor: { exact: 'فشلت المحادثات' } },
          ministry: { attribution: [{ source: 'ministry', verb: 'According to' }], anchor: { exact: 'talks resumed' } },
        },
      }),
    );
    const card = (id: string) => claimCard(small, small.claims.get(id) as Rec<ClaimData>, site);
    expect(chainWords(card('failed').chain)).toBe('The article → According to Press Agency');
    // The name reads as it does in a sentence after it, as on the site: "according to the ministry".
    expect(chainWords(card('ministry').chain)).toBe('The article → According to the ministry');
    expect(card('arabic').chain[0]?.verbFirst).toBeUndefined();
    expect(chainWords(card('arabic').chain)).toBe('The article → Press Agency (بحسب)');
  });

  it('has one link for every link of every claim’s chain, with its verb and venue', () => {
    for (const c of index.claims.values()) {
      const card = claimCard(index, c, site);
      expect(
        card.chain.map((l) => l.verb),
        c.id,
      ).toEqual(c.data.attribution.map((l) => l.verb));
      expect(
        card.chain.map((l) => l.venue),
        c.id,
      ).toEqual(c.data.attribution.map((l) => l.venueAs ?? (l.venue ? `on ${index.sources.get(l.venue)?.data.name}` : undefined)));
      for (const [i, link] of c.data.attribution.entries()) {
        const name = index.sources.get(link.source)?.data.name as string;
        // The source is always named; the article's wording is kept unless it is a short form of the name.
        const shown = card.chain[i]?.name.toLowerCase() ?? '';
        const bare = (words: string) => words.toLowerCase().replace(/^(a|an|the) /, '');
        expect(shown, c.id).toContain(bare(name));
        if (link.as && !bare(name).includes(bare(link.as))) expect(shown, c.id).toContain(link.as.toLowerCase());
      }
    }
  });

  it('names a source fully out of context, keeping the article’s wording where it says more', () => {
    expect(cardName('Khawaja Asif', 'Asif')).toBe('Khawaja Asif');
    expect(cardName('Khawaja Asif', "Pakistan's Defence Minister Khawaja Asif")).toBe("Pakistan's Defence Minister Khawaja Asif");
    expect(cardName('The TOLONews report', 'a TOLONews report')).toBe('a TOLONews report');
    expect(cardName('Pakistan', 'Islamabad')).toBe('Pakistan [Islamabad]');
    expect(cardName('Omar Samad', undefined)).toBe('Omar Samad');
  });

  it('says who an unnamed wording stands for', () => {
    const blame = [...index.claims.values()].find((c) => c.data.attribution.some((l) => l.as === 'Islamabad'));
    expect(blame).toBeDefined();
    expect(chainWords(claimCard(index, blame as Rec<ClaimData>, site).chain)).toContain('Pakistan [Islamabad]');
  });

  it('does not name a source twice when the article calls it by its native name', () => {
    const small = indexOf(
      makeCorpus({
        body: '晨星晚报报道，五号线将在年底开通。',
        article: { language: 'zh' },
        sources: { paper: { name: 'Chenxing Evening News', kind: 'outlet', nativeName: { text: '晨星晚报', lang: 'zh' } } },
        claims: { opens: { attribution: [{ source: 'paper', verb: '报道', as: '晨星晚报' }], anchor: { exact: '五号线将在年底开通' } } },
      }),
    );
    const [link] = claimCard(small, small.claims.get('opens') as Rec<ClaimData>, site).chain;
    expect(link?.name).toBe('Chenxing Evening News');
    expect(link?.native?.text).toBe('晨星晚报');
    // Nor when the article's words are that name in its own marks (a newspaper's title in 《》).
    const marked = indexOf(
      makeCorpus({
        body: '据《晨星晚报》报道，五号线将在年底开通。',
        article: { language: 'zh' },
        sources: { paper: { name: 'Chenxing Evening News', kind: 'outlet', nativeName: { text: '晨星晚报', lang: 'zh' } } },
        claims: { opens: { attribution: [{ source: 'paper', verb: '据', as: '《晨星晚报》' }], anchor: { exact: '五号线将在年底开通' } } },
      }),
    );
    expect(claimCard(marked, marked.claims.get('opens') as Rec<ClaimData>, site).chain[0]?.name).toBe('Chenxing Evening News');
  });

  it('says when the article speaks in its own voice', () => {
    const own = [...index.claims.values()].find((c) => c.data.attribution.length === 0) as Rec<ClaimData>;
    expect(chainWords(claimCard(index, own, site).chain)).toBe('The article, in its own voice');
  });

  it('states kind and status in words', () => {
    const card = claimCard(index, claim('afghan-demand-drone-commitment'), site);
    expect(card.label).toBe('Demand · Unverified');
    expect(card.status).toBe('Unverified: the article reports this; it does not establish it.');
  });

  it('gives a quote the chain that reaches its speaker, and no further', () => {
    for (const quote of index.quotes.values()) {
      const chain = quoteChain(index, quote);
      expect(chain.at(-1)?.source, quote.id).toBe(quote.data.speaker);
      const carried = quote.data.claims.map((id) => index.claims.get(id)?.data.attribution ?? []);
      const from = carried.find((links) => links.some((l) => l.source === quote.data.speaker));
      if (from) expect(from.slice(0, chain.length), quote.id).toEqual(chain);
    }
  });

  it('puts everything the card shows into its alt text', () => {
    for (const c of index.claims.values()) {
      const card = claimCard(index, c, site);
      const alt = cardAlt(card);
      expect(alt, c.id).toContain(c.data.statement);
      expect(alt, c.id).toContain(chainWords(card.chain));
      expect(alt, c.id).toContain(card.status);
      expect(alt, c.id).toContain(card.kindWords);
    }
    for (const q of index.quotes.values()) expect(cardAlt(quoteCard(index, q, site))).toContain(`“${q.data.text}”`);
  });
});

describe('drawing a card', () => {
  it('makes a PNG of 1200 × 630', async () => {
    const png = await renderCard(claimCard(index, claim('afghan-demand-drone-commitment'), site));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('draws a name in Arabic script with the shipped fonts, and refuses a character no card font has', async () => {
    const bahiss = index.sources.get('tameem-bahiss');
    expect(bahiss?.data.nativeName?.text).toBe('تمیم باحث');
    const base = claim('pakistan-acknowledged-drone-agreement');
    const through = (source: string): Rec<ClaimData> => ({
      ...base,
      data: { ...base.data, attribution: [{ source, verb: 'posted' }, ...base.data.attribution] },
    });
    const png = await renderCard(claimCard(index, through('tameem-bahiss'), site));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });

    // A character no card font draws (a mathematical letter): the content check refuses it first; a
    // card given one anyway fails with its record's name rather than drawing a blank.
    const fraktur = indexOf({
      ...checkContent(FIXTURE).corpus,
      sources: [...index.sources.values(), { id: 'styled', data: { name: 'The 𝔄gency', kind: 'outlet', description: 'd', aliases: [], corrections: [] } }],
    });
    const card = claimCard(fraktur, { ...base, data: { ...base.data, attribution: [{ source: 'styled', verb: 'said' }] } }, site);
    await expect(renderCard(card)).rejects.toThrow(/share card for claim `pakistan-acknowledged-drone-agreement` has text no card font can draw/);
  });

  it('joins Arabic letters and runs the name right to left', async () => {
    const { fonts, fontFamily } = cardFonts(['Tameem Bahiss تمیم باحث']);
    const draw = async (text: string) =>
      satori({ type: 'div', props: { style: { display: 'flex', fontSize: 40, fontFamily }, children: text } } as never, {
        width: 600,
        height: 100,
        fonts,
        embedFont: false,
      });
    // Unembedded, satori writes each run with the width it measured. Joined letters are narrower than
    // the same letters standing alone (a zero-width non-joiner between them); without shaping, both
    // would measure the same, the non-joiner having no width.
    const width = (svg: string) => Number(/<text [^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    const joined = width(await draw('تمیم'));
    const apart = width(await draw('ت\u200Cم\u200Cی\u200Cم'));
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThan(apart * 0.9);
    // Each word sits where it was laid out: the first word of the name sits to
    // the right of the second, after the Latin name to their left.
    const svg = await draw('Tameem Bahiss تمیم باحث');
    const x = (word: string) => Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${word}</text>`).exec(svg)?.[1]);
    expect(x('تمیم')).toBeGreaterThan(x('باحث'));
    expect(x('باحث')).toBeGreaterThan(x('Bahiss'));
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-cards-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once, then reads it back unchanged', async () => {
    const input = claimCard(index, claim('india-to-blame'), site);
    const first = await cachedCard(input, { cacheDir: dir });
    const second = await cachedCard(input, { cacheDir: dir });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(Buffer.compare(first.png, second.png)).toBe(0);
  });

  it('draws again when anything the card shows changes', async () => {
    const input = claimCard(index, claim('india-to-blame'), site);
    const changed = { ...input, status: `${input.status} Changed.` };
    expect(cardKey(changed)).not.toBe(cardKey(input));
    expect((await cachedCard(changed, { cacheDir: dir })).cached).toBe(false);
    expect(cardKey({ ...input, chain: input.chain.map((l) => ({ ...l, verb: 'said' })) })).not.toBe(cardKey(input));
  });

  it('draws every card again when the renderer changes, so no card of an older design is kept', () => {
    const input = claimCard(index, claim('india-to-blame'), site);
    expect(cardKey(input, CARD_RENDERER_VERSION + 1)).not.toBe(cardKey(input));
    // The palette cards came with version 3: a full-colour card of version 2 is never read back.
    expect(CARD_RENDERER_VERSION).toBeGreaterThanOrEqual(3);
    expect(cardKey(input, 2)).not.toBe(cardKey(input));
  });
});
