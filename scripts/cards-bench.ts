/**
 * `npm run cards:bench`: how long the share cards take. Draws every claim and quote card twice,
 * into a scratch cache: once from nothing (drawn), once again (read back from the cache), and
 * prints the time of each card and the totals. The build's own cache is left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { cachedCard } from '../src/build/card-cache.ts';
import { claimCard, quoteCard, type CardInput } from '../src/model/cards.ts';
import { CorpusIndex } from '../src/model/corpus.ts';

const result = checkContent('.');
if (result.problems.length > 0) {
  console.error(`The content has ${result.problems.length} problem(s); run \`npm run check:content\` first.`);
  process.exit(1);
}
const index = CorpusIndex.fromCheck(result);
const site = 'claimline.example.org';
const cards: [string, CardInput][] = [
  ...[...index.claims.values()].map((c): [string, CardInput] => [`cards/claims/${c.id}.png`, claimCard(index, c, site)]),
  ...[...index.quotes.values()].map((q): [string, CardInput] => [`cards/quotes/${q.id}.png`, quoteCard(index, q, site)]),
];
const cacheDir = mkdtempSync(join(tmpdir(), 'claimline-cards-bench-'));
try {
  const totals = { rendered: 0, cached: 0 };
  console.log('card\trendered ms\tcached ms\tbytes');
  for (const [path, input] of cards) {
    const cold = await cachedCard(input, { cacheDir });
    const warm = await cachedCard(input, { cacheDir });
    if (cold.cached || !warm.cached)
      throw new Error(`The cache did not behave for ${path}: first ${cold.cached ? 'cached' : 'rendered'}, then ${warm.cached ? 'cached' : 'rendered'}.`);
    totals.rendered += cold.ms;
    totals.cached += warm.ms;
    console.log(`${path}\t${cold.ms.toFixed(1)}\t${warm.ms.toFixed(2)}\t${cold.png.length}`);
  }
  const n = cards.length;
  console.log(
    `\n${n} cards: rendered ${totals.rendered.toFixed(0)} ms in all (${(totals.rendered / n).toFixed(1)} ms a card, the first one loads the fonts); from the cache ${totals.cached.toFixed(1)} ms in all.`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
