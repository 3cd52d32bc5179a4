import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey } from '../../src/build/card-cache.ts';
import { drawCards, placeCards, shareCards } from '../../src/build/cards.ts';
import { checkContent } from '../../src/content/check.ts';
import { claimCard } from '../../src/model/cards.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { renderCard } from '../../src/render/cards.ts';
import { indexOf } from '../support/corpus.ts';

/** The fixture corpus: two articles of two stories, 25 claims and 9 quotes. */
const FIXTURE = 'tests/fixtures/corpora/two-stories';
const site = 'claimline.example.org';

describe('the share cards of a build', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimline-cards-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cards = shareCards(FIXTURE, site);

  it('are one for every claim and every quote of the content, each at its own address', () => {
    expect(cards.filter((c) => c.path.startsWith('cards/claims/'))).toHaveLength(25);
    expect(cards.filter((c) => c.path.startsWith('cards/quotes/'))).toHaveLength(9);
    for (const { path, input } of cards) expect(path).toBe(`cards/${input.kind}s/${input.id}.png`);
    expect(cards.every(({ input }) => input.site === site)).toBe(true);
  });

  it('are drawn once into the cache, put into dist/ as the same bytes, and read from the cache by the next build', async () => {
    const cache = join(root, 'cache');
    const some = [cards[0]!, cards.at(-1)!];
    const lines: string[] = [];
    expect(await drawCards(some, { cacheDir: cache, say: (line) => lines.push(line) })).toEqual({ drawn: 2, cached: 0 });
    // A line for each card drawn, with its time.
    expect(lines).toEqual(some.map(({ path }) => expect.stringMatching(new RegExp(`^\\[cards\\] ${path} [\\d.]+ ms \\(rendered\\)$`))));
    const first = join(root, 'dist-1');
    placeCards(some, first, cache);
    for (const { path, input } of some) {
      expect(readFileSync(join(first, path)).equals(await renderCard(input)), path).toBe(true);
      expect(readFileSync(join(first, path)).equals(readFileSync(join(cache, `${cardKey(input)}.png`)))).toBe(true);
    }

    const again: string[] = [];
    expect(await drawCards(some, { cacheDir: cache, say: (line) => again.push(line) })).toEqual({ drawn: 0, cached: 2 });
    // Cards from the cache fill no lines of the log: the integration prints their count.
    expect(again).toEqual([]);
    const second = join(root, 'dist-2');
    placeCards(some, second, cache);
    expect(readdirSync(join(second, 'cards', 'claims'))).toEqual([`${some[0]!.input.id}.png`]);
    expect(statSync(join(second, some[0]!.path)).size).toBe(statSync(join(first, some[0]!.path)).size);
  }, 60_000);

  it('stop the build on a card no font can draw, naming the record', async () => {
    const index = CorpusIndex.fromCheck(checkContent(FIXTURE));
    const claim = [...index.claims.values()][0]!;
    const japanese = indexOf({
      ...checkContent(FIXTURE).corpus,
      sources: [
        ...index.sources.values(),
        { id: 'tokyo', data: { name: 'Tokyo', kind: 'government', description: 'd', aliases: [], corrections: [], nativeName: { text: '東京', lang: 'ja' } } },
      ],
    });
    const input = claimCard(japanese, { ...claim, data: { ...claim.data, attribution: [{ source: 'tokyo', verb: 'said' }] } }, site);
    await expect(drawCards([{ path: `cards/claims/${claim.id}.png`, input }], { cacheDir: join(root, 'cache'), say: () => undefined })).rejects.toThrow(
      new RegExp(`share card for claim \`${claim.id}\` has text no card font can draw`),
    );
  }, 60_000);
});
