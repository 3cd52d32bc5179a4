import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { analyseSite, PAGE_BUDGET_BYTES } from '../../scripts/bench/pages.ts';
import { checkLinks, htmlFiles } from '../../scripts/check-dist.ts';
import { buildEnv } from '../support/build-env.ts';
import { BENCH_CONFIG, projectCopy } from '../support/project-copy.ts';

/**
 * An article larger than the seed, as an editor could bring one (issue 6): 80 claims, a text of
 * about 30 KB. Built in a copy of the project with its own `content/`, it must keep every page within
 * the budget: its text on pages of its own, its timeline pages sized to fit, its map given way to a
 * link on the article page, and its graph page drawn as the map; and every link must lead somewhere.
 */
const ROOT = process.cwd();
const work = join(mkdtempSync(join(tmpdir(), 'claimline-large-')), 'site');
const out = join(work, 'dist');
const corpus = generateCorpus({ articles: 1, claimsPerArticle: 80, seed: 7 });
const article = corpus.articles[0]?.id as string;

beforeAll(() => {
  // A copy of the project with this content instead of the seed, as the benchmark makes one.
  projectCopy(work);
  writeCorpus(corpus, join(work, 'content'));
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--config', BENCH_CONFIG], {
    cwd: work,
    encoding: 'utf8',
    env: { ...buildEnv(), PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 170_000,
  });
  if (build.status !== 0) throw new Error(`The build of a large article failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

afterAll(() => rmSync(join(work, '..'), { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a large article', () => {
  it('keeps every page within the budget', () => {
    const over = analyseSite(out)
      .pages.filter((page) => page.bytes > PAGE_BUDGET_BYTES)
      .map((page) => `${page.path}: ${page.bytes} bytes`);
    expect(over).toEqual([]);
  });

  it('puts its long text on pages of its own, each marked passage once, linked from the timeline', () => {
    const page = read(`articles/${article}/index.html`);
    expect(page).not.toContain('class="article-text"');
    // Each part once, however many links lead to it (the page's own "Read the annotated text" among them).
    const parts = [...new Set([...page.matchAll(new RegExp(`href="/articles/${article}/text/(\\d+)/"`, 'g'))].map((m) => Number(m[1])))];
    expect(parts.length).toBeGreaterThan(1);
    const marks = new Map<string, number>();
    for (const n of parts) {
      for (const [, id] of read(`articles/${article}/text/${n}/index.html`).matchAll(/<mark[^>]* id="(text-[^"]+)"/g)) {
        expect(marks.has(id as string), id).toBe(false);
        marks.set(id as string, n);
      }
    }
    for (const claim of corpus.claims) expect(marks.has(`text-claim-${claim.id}`), claim.id).toBe(true);
    // An "in text" marker on the timeline goes to the part that has the words.
    const [, part, id] = /class="marker" href="\/articles\/[^/]+\/text\/(\d+)\/#(text-claim-[^"]+)"/.exec(page) ?? [];
    expect(marks.get(id as string)).toBe(Number(part));
  });

  it('links its article page to the graph page, and draws the graph page as the map with the list in words', () => {
    const page = read(`articles/${article}/index.html`);
    expect(page).toContain('class="graph-link"');
    const graph = read(`articles/${article}/graph/index.html`);
    expect(graph).toContain('class="graph graph--map"');
    expect(graph).not.toContain('<svg class="graph__svg"');
    // Every claim is linked from the map and from the list in words.
    for (const claim of corpus.claims) expect(graph.split(`href="/claims/${claim.id}/"`).length - 1, claim.id).toBe(2);
  });

  it('leads every link and every fragment somewhere', async () => {
    const { name, problems } = await checkLinks(out);
    expect(problems, name).toEqual([]);
    expect(htmlFiles(out).length).toBeGreaterThan(100);
    expect(existsSync(join(out, 'articles', article, 'map.svg'))).toBe(true);
  }, 120_000);
});
