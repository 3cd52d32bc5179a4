import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey } from '../../src/build/card-cache.ts';
import { cardSetKey, keepCardSet, KEPT_SETS, readCardSet } from '../../src/build/card-set.ts';
import { drawCards, placeCards, shareCards } from '../../src/build/cards.ts';
import cards from '../../src/build/integrations/cards.ts';
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
    // A line for each card drawn, with its time, as each is done (cards are drawn a few at a time).
    expect(lines).toHaveLength(some.length);
    expect(lines).toEqual(expect.arrayContaining(some.map(({ path }) => expect.stringMatching(new RegExp(`^\\[cards\\] ${path} [\\d.]+ ms \\(rendered\\)$`)))));
    const first = join(root, 'dist-1');
    await placeCards(some, first, cache);
    for (const { path, input } of some) {
      expect(readFileSync(join(first, path)).equals(await renderCard(input)), path).toBe(true);
      expect(readFileSync(join(first, path)).equals(readFileSync(join(cache, `${cardKey(input)}.png`)))).toBe(true);
    }

    const again: string[] = [];
    expect(await drawCards(some, { cacheDir: cache, say: (line) => again.push(line) })).toEqual({ drawn: 0, cached: 2 });
    // Cards from the cache fill no lines of the log: the integration prints their count.
    expect(again).toEqual([]);
    const second = join(root, 'dist-2');
    await placeCards(some, second, cache);
    expect(readdirSync(join(second, 'cards', 'claims'))).toEqual([`${some[0]!.input.id}.png`]);
    expect(statSync(join(second, some[0]!.path)).size).toBe(statSync(join(first, some[0]!.path)).size);
  }, 60_000);

  it('stop the build on a card no font can draw, naming the record', async () => {
    const index = CorpusIndex.fromCheck(checkContent(FIXTURE));
    const claim = [...index.claims.values()][0]!;
    // A mathematical letter: no card font has it (the content check refuses it before any build).
    const styled = indexOf({
      ...checkContent(FIXTURE).corpus,
      sources: [...index.sources.values(), { id: 'styled', data: { name: 'The 𝔄gency', kind: 'outlet', description: 'd', aliases: [], corrections: [] } }],
    });
    const input = claimCard(styled, { ...claim, data: { ...claim.data, attribution: [{ source: 'styled', verb: 'said' }] } }, site);
    await expect(drawCards([{ path: `cards/claims/${claim.id}.png`, input }], { cacheDir: join(root, 'cache'), say: () => undefined })).rejects.toThrow(
      new RegExp(`share card for claim \`${claim.id}\` has text no card font can draw`),
    );
  }, 60_000);

  it('are drawn again when the cache is deleted between drawing and placing them (mid-build)', async () => {
    const cache = join(root, 'cache-deleted');
    const some = [cards[1]!];
    await drawCards(some, { cacheDir: cache, say: () => undefined });
    rmSync(cache, { recursive: true, force: true });
    const out = join(root, 'dist-3');
    await placeCards(some, out, cache);
    expect(readFileSync(join(out, some[0]!.path)).equals(await renderCard(some[0]!.input))).toBe(true);
  }, 60_000);
});

describe('the cards integration', () => {
  const work = mkdtempSync(join(tmpdir(), 'claimline-cards-integration-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The integration's hooks over a copy of the fixture, as a build calls them. */
  function hooks(edit?: (content: string) => void) {
    const project = join(work, `p${Math.random().toString(36).slice(2)}`);
    cpSync(FIXTURE, project, { recursive: true });
    edit?.(join(project, 'content'));
    const integration = cards({ cacheDir: join(project, 'cache') });
    const call = (name: string, options: unknown) => (integration.hooks as Record<string, (o: unknown) => unknown>)[name]?.(options);
    call('astro:config:done', { config: { root: pathToFileURL(`${project}/`), site: `https://${site}/` } });
    return { project, call };
  }

  it('draws every card as the build starts, before Astro writes anything, and refuses content the check refuses, naming the record', async () => {
    const { project, call } = hooks((content) => {
      const file = join(content, 'sources', readdirSync(join(content, 'sources'))[0]!);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: The 𝔄gency'));
    });
    await expect(call('astro:build:start', {})).rejects.toThrow(
      /name {2}The name of the source `[a-z0-9-]+` has a character no share-card font can draw: “𝔄” \(U\+1D504\)/,
    );
    expect(existsSync(join(project, 'cache'))).toBe(false);
  }, 60_000);

  it('puts the cards drawn at the start into dist/ once the pages are written, drawing again any the cache lost', async () => {
    const { project, call } = hooks();
    await call('astro:build:start', {});
    expect(readdirSync(join(project, 'cache')).filter((name) => name.endsWith('.png'))).toHaveLength(34);
    rmSync(join(project, 'cache'), { recursive: true, force: true });
    const lines: string[] = [];
    await call('astro:build:done', { dir: pathToFileURL(`${project}/dist/`), logger: { info: (line: string) => lines.push(line) } });
    expect(readdirSync(join(project, 'dist', 'cards', 'claims'))).toHaveLength(25);
    expect(readdirSync(join(project, 'dist', 'cards', 'quotes'))).toHaveLength(9);
    expect(lines[0]).toMatch(/^34 share cards in cards\/ \(34 drawn, 0 from the cache\)/);
  }, 300_000);

  /** A build's two hooks, as Astro calls them: the log line, and the cards written into the project's `dist/`. */
  async function build(call: (name: string, options: unknown) => unknown, project: string, out = 'dist') {
    const lines: string[] = [];
    await call('astro:build:start', {});
    await call('astro:build:done', { dir: pathToFileURL(`${project}/${out}/`), logger: { info: (line: string) => lines.push(line) } });
    const cardsOf = (folder: string) =>
      new Map(readdirSync(join(project, out, 'cards', folder)).map((name) => [`${folder}/${name}`, readFileSync(join(project, out, 'cards', folder, name))]));
    return { line: lines[0] ?? '', files: new Map([...cardsOf('claims'), ...cardsOf('quotes')]) };
  }

  it('gives a build of unchanged content the same cards from the cache, and a claim edited since its new card', async () => {
    const { project, call } = hooks();
    const first = await build(call, project, 'dist-1');
    expect(first.line).toMatch(/^34 share cards in cards\/ \(34 drawn, 0 from the cache\)/);
    const again = await build(call, project, 'dist-2');
    expect(again.line).toMatch(/^34 share cards in cards\/ \(0 drawn, 34 from the cache\)/);
    expect([...again.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [path, bytes] of first.files) expect(again.files.get(path)?.equals(bytes), path).toBe(true);

    // An editor rewords one claim: its card says the new words, every other card stays as it was.
    const folder = join(project, 'content', 'claims');
    const name = readdirSync(folder).sort()[0]!;
    const text = readFileSync(join(folder, name), 'utf8');
    const statement = /^statement: (.*)$/m.exec(text)?.[1];
    expect(statement).toBeDefined();
    writeFileSync(join(folder, name), text.replace(/^statement: .*$/m, 'statement: A reworded statement of what the article reports'));
    const edited = await build(call, project, 'dist-3');
    expect(edited.line).toMatch(/^34 share cards in cards\/ \(1 drawn, 33 from the cache\)/);
    const id = name.replace(/\.md$/, '');
    const changed = [...edited.files].filter(([path, bytes]) => !first.files.get(path)?.equals(bytes)).map(([path]) => path);
    expect(changed).toEqual([`claims/${id}.png`]);
    const index = CorpusIndex.fromCheck(checkContent(project));
    const input = claimCard(index, index.claims.get(id)!, site);
    expect(input.text).toContain('A reworded statement');
    expect(edited.files.get(`claims/${id}.png`)?.equals(await renderCard(input))).toBe(true);
  }, 300_000);

  it('draws again a card whose file was cleaned out of the cache between two builds of the same content', async () => {
    const { project, call } = hooks();
    const first = await build(call, project, 'dist-1');
    const cache = join(project, 'cache');
    const gone = readdirSync(cache).find((name) => name.endsWith('.png'))!;
    rmSync(join(cache, gone));
    const again = await build(call, project, 'dist-2');
    expect(again.line).toMatch(/^34 share cards in cards\/ \(1 drawn, 33 from the cache\)/);
    for (const [path, bytes] of first.files) expect(again.files.get(path)?.equals(bytes), path).toBe(true);
  }, 300_000);
});

describe('the card set of a content', () => {
  const work = mkdtempSync(join(tmpdir(), 'claimline-card-set-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const copy = (name: string) => {
    const project = join(work, name);
    cpSync(FIXTURE, project, { recursive: true });
    return project;
  };

  it('is the same for the same content wherever the project lies, and another for other content or another site', () => {
    const a = copy('a');
    const b = copy('b');
    const key = cardSetKey(a, site);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cardSetKey(b, site)).toBe(key);
    expect(cardSetKey(a, 'news.example.com')).not.toBe(key);
    const sources = join(b, 'content', 'sources');
    const file = join(sources, readdirSync(sources).sort()[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(cardSetKey(b, site)).not.toBe(key);
    // A file added anywhere in content/, even one the check would refuse, is part of it.
    const c = copy('c');
    writeFileSync(join(c, 'content', 'notes.txt'), 'draft');
    expect(cardSetKey(c, site)).not.toBe(key);
  });

  it('is kept for the last few contents built, so that a cache restored again and again does not grow with every edit', () => {
    const cache = join(work, 'cache');
    const cards = [{ path: 'cards/claims/a.png', file: join(cache, 'a.png') }];
    const keys = Array.from({ length: KEPT_SETS + 2 }, (_, i) => `${i}`.padStart(64, '0'));
    for (const key of keys) keepCardSet(cache, key, cards);
    const kept = readdirSync(join(cache, 'sets')).sort();
    expect(kept).toHaveLength(KEPT_SETS);
    // The set just written is always among them.
    expect(kept).toContain(`${keys.at(-1)}.json`);
  });

  it('lets go of the set used longest ago, not the one written first: a set a build reads stays', () => {
    const cache = join(work, 'cache-lru');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'a.png'), 'card');
    const cards = [{ path: 'cards/claims/a.png', file: join(cache, 'a.png') }];
    const keys = Array.from({ length: KEPT_SETS + 1 }, (_, i) => `${i}`.padStart(64, 'a'));
    const long = Date.now() / 1000 - 3600;
    keys.slice(0, KEPT_SETS).forEach((key, i) => {
      keepCardSet(cache, key, cards);
      utimesSync(join(cache, 'sets', `${key}.json`), long + i, long + i);
    });
    // The first set written is used by a build again; then a new content is built.
    expect(readCardSet(cache, keys[0]!)).toEqual(cards);
    keepCardSet(cache, keys.at(-1)!, cards);
    const kept = readdirSync(join(cache, 'sets'));
    expect(kept).toContain(`${keys[0]}.json`);
    expect(kept).not.toContain(`${keys[1]}.json`);
  });

  it('is not kept for content that cannot be read', () => {
    expect(cardSetKey(join(work, 'nowhere'), site)).toBeUndefined();
  });
});
