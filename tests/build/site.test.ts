import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimlineProject } from '../../scripts/bench/project.ts';
import { checkContent } from '../../src/content/check.ts';
import { buildEnv } from '../support/build-env.ts';

/**
 * The fixture corpus built as a site of its own, in a copy of the project (the other tests keep
 * using `dist/`): what the build's integrations write, the share cards and the search index.
 */
const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'corpora', 'two-stories');
const work = mkdtempSync(join(tmpdir(), 'claimline-fixture-site-'));
const dist = join(work, 'dist');
/** GitHub Pages refuses a site over 1 GB: a card per claim and quote must stay small. */
const CARD_BYTES = 30 * 1024;

let log = '';

beforeAll(() => {
  claimlineProject(ROOT, work);
  cpSync(join(FIXTURE, 'content'), join(work, 'content'), { recursive: true });
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: buildEnv(),
    timeout: 170_000,
  });
  log = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${log}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files under a folder of the built site, as paths relative to it. */
function files(under: string): string[] {
  return readdirSync(join(dist, under), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1));
}

describe('the fixture corpus, built', () => {
  const { corpus } = checkContent(FIXTURE);

  it('has a share card for every claim and quote, each a valid 1200 × 630 PNG of at most 30 KB', async () => {
    const expected = [...corpus.claims.map((c) => `cards/claims/${c.id}.png`), ...corpus.quotes.map((q) => `cards/quotes/${q.id}.png`)];
    expect(files('cards').sort()).toEqual(expected.sort());
    for (const card of expected) {
      const file = join(dist, card);
      expect(statSync(file).size, card).toBeLessThanOrEqual(CARD_BYTES);
      // Decoded whole by libvips, so a broken chunk or a short image fails here.
      const { info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height], card).toEqual([1200, 630]);
    }
    expect(log).toMatch(new RegExp(`${expected.length} share cards in cards/ \\(${expected.length} drawn, 0 from the cache\\)`));
    // Every card is drawn before Vite builds anything or Astro writes a page, so a card that cannot
    // be drawn stops the build with nothing written.
    const lastCard = log.lastIndexOf('[cards] cards/');
    expect(lastCard).toBeGreaterThan(0);
    expect(lastCard).toBeLessThan(log.indexOf('Building static entrypoints'));
    expect(lastCard).toBeLessThan(log.indexOf('generating static routes'));
  });

  it('indexes for search every claim, quote and source page that marks its text, and no other page', () => {
    const marked = ['claims', 'quotes', 'sources'].flatMap((folder) =>
      files(folder).filter((path) => path.endsWith('.html') && readFileSync(join(dist, path), 'utf8').includes('data-pagefind-body')),
    );
    expect(marked.length).toBeGreaterThan(corpus.claims.length);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0)).toBe(marked.length);
  });
});
