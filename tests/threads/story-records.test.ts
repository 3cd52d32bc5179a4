import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { EventSchema } from '../../src/content/schemas/event.ts';
import { runNew } from '../../src/content/scaffold.ts';
import { StorySchema } from '../../src/content/schemas/story.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { storiesOf, storyPage, storyPageCount, STORY_PAGE_SIZES } from '../../src/model/stories.ts';
import { check, scratchProject } from '../content/support.ts';
import { ONE_STORY } from './one-story.ts';

/**
 * Story records (content/stories/): each mistake an editor can make in one is refused with the
 * file, the line, the field and the fix, over a copy of the one-story fixture whose own record is
 * replaced by the broken ones. The whole report is pinned, as for the other broken content.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function withStories(files: Record<string, string>) {
  const project = scratchProject(join(ONE_STORY, 'content'));
  cleanup = project.cleanup;
  rmSync(join(project.root, 'content', 'stories', 'orvan-dam-sale.md'));
  for (const [id, text] of Object.entries(files)) writeFileSync(join(project.root, 'content', 'stories', `${id}.md`), text);
  return { ...check(project.root), root: project.root };
}

const record = (...articles: string[]) => `---\ntitle: The Orvan dam\narticles:\n${articles.map((a) => `  - ${a}\n`).join('')}---\n`;

describe('a story record is refused, with where and how to fix it', () => {
  it('when it names an article that does not exist, suggesting the nearest id', () => {
    const result = withStories({ 'dam-sale': record('orvan-herald-dam-sale', 'kestrel-wire-dam-sal') });
    expect(result.lines).toMatchInlineSnapshot(
      `"content/stories/dam-sale.md:5:5  articles[1]  There is no article \`kestrel-wire-dam-sal\` in \`content/articles/\`.  Did you mean \`kestrel-wire-dam-sale\`? Otherwise add \`content/articles/kestrel-wire-dam-sal.md\` (\`npm run new -- article\`)."`,
    );
  });

  it('when it lists an article twice', () => {
    const result = withStories({ 'dam-sale': record('orvan-herald-dam-sale', 'valley-post-dam-march', 'orvan-herald-dam-sale') });
    expect(result.lines).toMatchInlineSnapshot(
      `"content/stories/dam-sale.md:6:5  articles[2]  The article \`orvan-herald-dam-sale\` is listed twice in this story.  Remove this line: each article is listed once."`,
    );
  });

  it('when an article is already in another story record, naming its file', () => {
    const result = withStories({
      'dam-sale': record('orvan-herald-dam-sale', 'kestrel-wire-dam-sale'),
      'dam-march': record('valley-post-dam-march', 'orvan-herald-dam-sale'),
    });
    expect(result.lines).toMatchInlineSnapshot(
      `"content/stories/dam-sale.md:4:5  articles[0]  The article \`orvan-herald-dam-sale\` is already in the story \`dam-march\` (\`content/stories/dam-march.md\`): an article is in one story record at most.  Remove it here or there; if the two records tell one story, move the articles of this record into \`dam-march\` and delete this file."`,
    );
  });

  it('when it gathers fewer than two articles', () => {
    const result = withStories({ 'dam-march': record('valley-post-dam-march') });
    expect(result.lines).toMatchInlineSnapshot(
      `"content/stories/dam-march.md:3:1  articles  The story lists only the article \`valley-post-dam-march\`: a story is two articles or more, read together.  Add the id of another article that tells the same events (\`content/articles/\`), or delete this file: an article on its own has its pages already."`,
    );
  });

  it('when its id is the id of an event of an article it does not list', () => {
    const result = withStories({ 'valley-march': record('orvan-herald-dam-sale', 'kestrel-wire-dam-sale') });
    expect(result.lines).toMatchInlineSnapshot(
      `"content/stories/valley-march.md:1:1  (file)  \`valley-march\` is also the id of the event \`content/events/valley-march.md\`, of the article \`valley-post-dam-march\` that this story does not list; stories named by a shared event take that event's id, so two story pages could have one address.  Rename this file, for example to \`valley-march-story.md\`."`,
    );
  });

  it('`npm run new -- story` writes a record the check accepts, and refuses an article that does not exist', async () => {
    const result = withStories({});
    const root = result.root;
    const said: string[] = [];
    const io = { interactive: false, ask: async () => '', say: (line: string) => said.push(line) };
    const base = ['story', '--root', root, '--title', 'The Orvan dam and the march', '--article', 'valley-post-dam-march'];
    expect(await runNew([...base, '--article', 'orvan-herald-dam-sal'], io)).toBe(1);
    expect(said.join('\n')).toContain('Did you mean `orvan-herald-dam-sale`?');
    expect(await runNew([...base, '--article', 'orvan-herald-dam-sale'], io)).toBe(0);
    const written = readFileSync(join(root, 'content', 'stories', 'the-orvan-dam-and-the-march.md'), 'utf8');
    expect(written).toContain('title: The Orvan dam and the march');
    const again = check(root);
    expect(again.lines).toBe('');
    expect(again.loaded['stories']).toEqual(['the-orvan-dam-and-the-march']);
  });

  it('a valid record loads, and its articles are one story', () => {
    const result = withStories({ 'dam-march': record('valley-post-dam-march', 'orvan-herald-dam-sale') });
    expect(result.lines).toBe('');
    expect(result.loaded['stories']).toEqual(['dam-march']);
  });
});

describe('stories from records and from shared events', () => {
  const article = (day: number) =>
    ArticleSchema.parse({
      title: `T${day}`,
      headline: null,
      publisher: `Outlet ${day}`,
      url: null,
      published: `2026-01-${String(day).padStart(2, '0')}`,
      language: 'en',
      summary: 'S',
    });
  const event = (articleId: string, sameAs?: string) => EventSchema.parse({ article: articleId, title: `E ${articleId}`, ...(sameAs ? { sameAs } : {}) });
  const story = (title: string, ...articles: string[]) => StorySchema.parse({ title, articles });
  const index = new CorpusIndex(
    {
      articles: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ id: `a${d}`, data: article(d), body: 'x' })),
      sources: [],
      claims: [],
      quotes: [],
      // a1–a2 share an event; a3 shares one with a2; a5 shares one with a6; a7 with a4 and with a6.
      events: [
        { id: 'e1', data: event('a1') },
        { id: 'e2', data: event('a2', 'e1') },
        { id: 'e3', data: event('a3', 'e2') },
        { id: 'e5', data: event('a5') },
        { id: 'e6', data: event('a6', 'e5') },
        { id: 'e7', data: event('a7', 'e6') },
        { id: 'e7b', data: event('a7') },
        { id: 'e4', data: event('a4', 'e7b') },
      ],
      // A record over a1 and a4, which share no event; another over a5 and a6.
      stories: [
        { id: 'first', data: story('The first story', 'a4', 'a1') },
        { id: 'second', data: story('The second story', 'a5', 'a6') },
      ],
    },
    { texts: new Map(), ranges: new Map() },
  );
  const stories = storiesOf(index);

  it('joins the articles a record names even when they share no event, and the record names the story', () => {
    const first = stories.byId.get('first');
    expect(first?.title).toBe('The first story');
    expect(first?.articles.map((a) => a.id)).toContain('a4');
    expect(first?.articles.map((a) => a.id)).toContain('a1');
  });

  it('adds the articles that share events with the record’s, as one story under the record’s id', () => {
    expect(stories.byArticle.get('a2')?.id).toBe('first');
    expect(stories.byArticle.get('a3')?.id).toBe('first');
    expect(stories.list.map((s) => s.id).sort()).toEqual(['first', 'second']);
  });

  it('never joins two records’ stories through a shared event, and tells a shared happening only with each story’s own articles', () => {
    // a7 shares an event with a6 (second) and with a4 (first): it goes to one of them, never merging them.
    expect(new Set(stories.list.flatMap((s) => s.articles.map((a) => a.id))).size).toBe(7);
    const second = stories.byId.get('second');
    expect(second?.articles.map((a) => a.id)).not.toContain('a1');
    for (const s of stories.list) {
      const mine = new Set(s.articles.map((a) => a.id));
      for (const happening of s.timeline)
        for (const telling of happening.tellings) expect(mine.has(telling.article.id), `${s.id} ${telling.article.id}`).toBe(true);
    }
  });

  it('cuts a large story into pages of a fixed size, each happening and telling on exactly one page', () => {
    const many = 60;
    const big = new CorpusIndex(
      {
        articles: Array.from({ length: many }, (_, i) => ({ id: `b${i}`, data: article((i % 28) + 1), body: 'x' })),
        sources: [],
        claims: [],
        quotes: [],
        events: Array.from({ length: many }, (_, i) => [
          { id: `h${i}`, data: event(`b${i}`, i === 0 ? undefined : 'h0') },
          { id: `own${i}`, data: event(`b${i}`) },
        ]).flat(),
      },
      { texts: new Map(), ranges: new Map() },
    );
    const [only] = storiesOf(big).list;
    if (!only) throw new Error('No story was made.');
    const pages = storyPageCount(only);
    expect(pages).toBeGreaterThan(2);
    const told: string[] = [];
    const listed: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = storyPage(big, only, n);
      const items = page.timeline.reduce((sum, item) => sum + 1 + item.tellings.length, 0);
      expect(items).toBeLessThanOrEqual(STORY_PAGE_SIZES.timeline);
      expect(page.articles.items.length).toBeLessThanOrEqual(STORY_PAGE_SIZES.articles);
      // Numbered on from the page before: a happening that goes on over a page keeps its number.
      const numbers = page.timeline.map((item) => item.number);
      expect(numbers).toEqual(numbers.map((_, k) => (numbers[0] ?? 0) + k));
      told.push(...page.timeline.flatMap((item) => item.tellings.map((t) => t.event.id)));
      listed.push(...page.articles.items.map((a) => a.article.id));
    }
    expect(told.sort()).toEqual([...big.events.keys()].sort());
    expect(listed).toEqual(only.articles.map((a) => a.id));
    // The shared happening, told by every article, goes on over the pages, marked as continued.
    expect(storyPage(big, only, 2).timeline.some((item) => item.continued)).toBe(true);
  });
});
