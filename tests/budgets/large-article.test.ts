import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { analyseSite, PAGE_BUDGET_BYTES } from '../../scripts/bench/pages.ts';
import { checkLinks, htmlFiles } from '../../scripts/check-dist.ts';
import { QUOTES_PER_PAGE, TIMELINE_PAGE_ITEMS } from '../../src/model/page-sizes.ts';
import { buildEnv } from '../support/build-env.ts';
import { BENCH_CONFIG, projectCopy } from '../support/project-copy.ts';

/**
 * An article larger than the seed, as an editor could bring one (issue 6): 80 claims, a text of
 * about 30 KB. Built in a copy of the project with its own `content/`, it must keep every page within
 * the budget: its text on pages of its own, its timeline pages sized to fit, its map given way to a
 * link on the article page, and its graph page drawn as the map; and every link must lead somewhere.
 * A large story built beside it must keep its pages within the budget too.
 */
const ROOT = process.cwd();
const work = join(mkdtempSync(join(tmpdir(), 'claimline-large-')), 'site');
const out = join(work, 'dist');
const corpus = generateCorpus({ articles: 1, claimsPerArticle: 80, seed: 7 });
const article = corpus.articles[0]?.id as string;

/**
 * The heaviest kind of article page: an article of ordinary size whose first page carries every part
 * at once (its text beside the timeline, its map, a full page of timeline items and of quotes). Its
 * names start far from the large article's, so the two share no id.
 */
const full = generateCorpus({ articles: 1, claimsPerArticle: 24, seed: 8, names: 5_000 });
const fullArticle = full.articles[0]?.id as string;

/**
 * A large story in the same build, so it costs no build of its own: three short articles that each
 * tell the same 60 happenings (each event `sameAs` the first article's), with titles as long as an
 * editor writes them. Its timeline is 60 happenings of three tellings each, far more than one page.
 */
const STORY_ARTICLES = ['story-wire-a', 'story-wire-b', 'story-wire-c'];
const HAPPENINGS = 60;
function writeLargeStory(content: string): void {
  STORY_ARTICLES.forEach((id, a) => {
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(
      join(content, 'articles', `${id}.md`),
      `---\ntitle: Wire report ${a + 1} on the long dispute over the river\nheadline: null\npublisher: Wire Service ${a + 1}\nurl: null\npublished: 2026-02-1${a}\nlanguage: en\nsummary: A report that lists what happened in the dispute, day by day.\n---\nThe report lists what happened in the dispute over the river, day by day.\n`,
    );
    // A claim in the first; the others have events only, as an article being taken apart has at
    // first: their timelines show the events (the link check below follows every event's link there).
    mkdirSync(join(content, 'claims'), { recursive: true });
    if (a === 0)
      writeFileSync(
        join(content, 'claims', `${id}-lists.md`),
        `---\narticle: ${id}\nstatement: The report lists what happened in the dispute over the river.\nkind: report\nanchor:\n  exact: lists what happened in the dispute over the river\n---\n`,
      );
    for (let e = 0; e < HAPPENINGS; e++) {
      const day = String((e % 28) + 1).padStart(2, '0');
      const sameAs = a === 0 ? '' : `sameAs: ${STORY_ARTICLES[0]}-event-${e}\n`;
      writeFileSync(
        join(content, 'events', `${id}-event-${e}.md`),
        `---\narticle: ${id}\ntitle: Officials of both provinces meet again about the river's water, meeting number ${e + 1}\ndate: 2026-01-${day}\n${sameAs}---\n`,
      );
    }
  });
}

beforeAll(() => {
  // A copy of the project with this content instead of the seed, as the benchmark makes one.
  projectCopy(work);
  writeCorpus(
    {
      articles: [...corpus.articles, ...full.articles],
      sources: [...corpus.sources, ...full.sources],
      claims: [...corpus.claims, ...full.claims],
      quotes: [...corpus.quotes, ...full.quotes],
      events: [...corpus.events, ...full.events],
    },
    join(work, 'content'),
  );
  writeLargeStory(join(work, 'content'));
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

  it('keeps within the budget an article page that carries its text, its map, a full page of its timeline and of its quotes', () => {
    const file = `articles/${fullArticle}/index.html`;
    const page = read(file);
    expect(page.includes('class="article-text"'), 'its text is on the page').toBe(true);
    expect(page.includes('class="graph graph--map"'), 'its map is on the page').toBe(true);
    const timeline = /<ol class="timeline"[\s\S]*?<\/ol>\s*<\/section>/.exec(page)?.[0] ?? '';
    expect(timeline.split('<li class="tl"').length - 1 + timeline.split('<article class="claim').length - 1).toBe(TIMELINE_PAGE_ITEMS);
    const quotes = /<ol class="quote-list"[\s\S]*?<\/ol>/.exec(page)?.[0] ?? '';
    expect(quotes.split('<li').length - 1).toBe(QUOTES_PER_PAGE);
    const bytes = analyseSite(out).pages.find((p) => p.file === file)?.bytes;
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
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

  it('cuts a large story into pages, none past the budget, each telling of each happening on one of them', () => {
    const story = `${STORY_ARTICLES[0]}-event-0`;
    const pages = readdirSync(join(out, 'stories', story, 'page')).map((n) => `stories/${story}/page/${n}/index.html`);
    const all = [`stories/${story}/index.html`, ...pages];
    expect(all.length).toBeGreaterThan(3);
    const sizes = new Map(analyseSite(out).pages.map((page) => [page.file, page.bytes]));
    for (const page of all) expect(sizes.get(page), page).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    const told = all.flatMap((page) => [...read(page).matchAll(/href="\/events\/(story-wire-[^/"]+)\/"/g)].map((m) => m[1]));
    expect(told.sort()).toEqual(STORY_ARTICLES.flatMap((id) => Array.from({ length: HAPPENINGS }, (_, e) => `${id}-event-${e}`)).sort());
    // Its timeline alone, on one page, would be past the budget: the pages are what keep each within it.
    const timeline = all.reduce((sum, page) => sum + (/<ol class="story-timeline"[\s\S]*?<\/ol>\s*<\/section>/.exec(read(page))?.[0].length ?? 0), 0);
    expect(timeline).toBeGreaterThan(PAGE_BUDGET_BYTES);
  });

  it('leads every link and every fragment somewhere', async () => {
    const { name, problems } = await checkLinks(out);
    expect(problems, name).toEqual([]);
    expect(htmlFiles(out).length).toBeGreaterThan(100);
    expect(existsSync(join(out, 'articles', article, 'map.svg'))).toBe(true);
  }, 120_000);
});
