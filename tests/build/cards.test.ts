import { indexOf } from '../support/corpus.ts';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askForCards, writeCards } from '../../src/build/cards-build.ts';
import { cardKey } from '../../src/build/card-cache.ts';
import { renderCard } from '../../src/render/cards.ts';
import { claimCard, quoteCard } from '../../src/model/cards.ts';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';

const index = CorpusIndex.fromCheck(checkContent('.'));
const site = 'claimline.example.org';

describe('the share cards of a build, drawn in workers and put into dist/', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimline-cards-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const claim = [...index.claims.values()][0]!;
  const quote = [...index.quotes.values()][0]!;
  const cards = [
    { path: `cards/claims/${claim.id}.png`, input: claimCard(index, claim, site) },
    { path: `cards/quotes/${quote.id}.png`, input: quoteCard(index, quote, site) },
  ];

  it('writes every card asked for, the same bytes as drawn in this thread, and reads them from the cache next time', async () => {
    const cache = join(root, 'cache');
    const first = join(root, 'dist-1');
    askForCards(cards, cache);
    const lines: string[] = [];
    expect(await writeCards(first, (line) => lines.push(line))).toEqual({ drawn: 2, cached: 0 });
    for (const { path, input } of cards) {
      expect(readFileSync(join(first, path)).equals(await renderCard(input)), path).toBe(true);
      expect(readFileSync(join(first, path)).equals(readFileSync(join(cache, `${cardKey(input)}.png`)))).toBe(true);
    }
    expect(lines).toEqual(cards.map(({ path }) => expect.stringMatching(new RegExp(`^\\[cards\\] ${path} [\\d.]+ ms \\(rendered\\) in a worker$`))));

    const second = join(root, 'dist-2');
    askForCards(cards, cache);
    const again: string[] = [];
    expect(await writeCards(second, (line) => again.push(line))).toEqual({ drawn: 0, cached: 2 });
    // Cards from the cache fill no lines of the log: the integration prints their count.
    expect(again).toEqual([]);
    expect(statSync(join(second, cards[0]!.path)).size).toBe(statSync(join(first, cards[0]!.path)).size);
    // Nothing is left asked for: the next build starts from none.
    expect(await writeCards(join(root, 'dist-3'), () => undefined)).toEqual({ drawn: 0, cached: 0 });
  }, 60_000);

  it('stops on a card no font can draw, naming it, after its worker failed too', async () => {
    const japanese = indexOf({
      ...checkContent('.').corpus,
      sources: [
        ...index.sources.values(),
        { id: 'tokyo', data: { name: 'Tokyo', kind: 'government', description: 'd', aliases: [], nativeName: { text: '東京', lang: 'ja' } } },
      ],
    });
    const input = claimCard(japanese, { ...claim, data: { ...claim.data, attribution: [{ source: 'tokyo', verb: 'said' }] } }, site);
    askForCards([{ path: `cards/claims/${claim.id}.png`, input }], join(root, 'cache'));
    await expect(writeCards(join(root, 'dist-4'), () => undefined)).rejects.toThrow(
      new RegExp(`share card for claim \`${claim.id}\` has text no card font can draw`),
    );
  }, 60_000);
});
