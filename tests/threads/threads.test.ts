import { diffWordsWithSpace } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import { ClaimSchema } from '../../src/content/schemas/claim.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { sourceThreadFigures, THREAD_PAGE_SIZE, threadPageOf, threadsOf, threadView, wordRuns } from '../../src/model/threads.ts';
import { firstSayers, storiesOf, tellingsOf } from '../../src/model/stories.ts';
import { oneStory } from './one-story.ts';

const changedWords = (parts: { value: string; added: boolean; removed: boolean }[], kind: 'added' | 'removed') =>
  parts
    .filter((p) => p[kind])
    .map((p) => p.value.trim())
    .join(' ');

describe('claim threads over the one-story fixture', () => {
  const index = oneStory();
  const threads = threadsOf(index);

  it('groups the claims linked by sameAs under their root, each claim in one thread', () => {
    expect(threads.list.map((t) => t.id).sort()).toEqual(['herald-dam-may-be-sold', 'herald-no-vote', 'herald-talks-began-february']);
    expect(threads.byClaim.get('northgate-sale-to-caspiana')?.id).toBe('herald-dam-may-be-sold');
    // A claim no one linked is in no thread.
    expect(threads.byClaim.has('northgate-talks-february')).toBe(false);
  });

  it('orders the appearances by publication, the earliest first, whatever the order of the links', () => {
    const thread = threads.byId.get('herald-dam-may-be-sold');
    expect(thread?.appearances.map((a) => `${a.article.id} ${a.published.value}${a.published.inferred ? ' inferred' : ''}`)).toEqual([
      'orvan-herald-dam-sale 2026-03-02',
      'kestrel-wire-dam-sale 2026-03-03',
      'northgate-daily-dam-sale 2026-03-04 inferred',
    ]);
    expect(thread?.tiedWithEarliest).toEqual([]);
  });

  it('shows the hedge dropped, the buyer named and the sources lost on the way', () => {
    const [, wire, northgate] = threads.byId.get('herald-dam-may-be-sold')?.appearances ?? [];
    expect(wire?.changes?.hedgesDropped).toEqual(['may']);
    expect(changedWords(wire?.changes?.words ?? [], 'removed')).toContain('may');
    expect(changedWords(wire?.changes?.words ?? [], 'added')).toContain('will');
    expect(changedWords(northgate?.changes?.words ?? [], 'removed')).toContain('foreign company');
    expect(changedWords(northgate?.changes?.words ?? [], 'added')).toContain('Caspiana Energy'.split(' ')[0]);
    expect(northgate?.changes?.sourcesLost.sort()).toEqual(['ilse-marant', 'orvan-herald']);
    // The words compared are the articles' own, as their anchors mark them: joining the kept and added parts gives the later article's words back.
    expect(
      northgate?.changes?.words
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(northgate?.words);
  });

  it('says who said it in the earliest appearance, with names and links for the page', () => {
    const view = threadView(index, threads.byId.get('herald-dam-may-be-sold') as never, '/b/');
    expect(view.firstSaidBy).toBe('Ilse Marant');
    expect(view.appearances.map((a) => a.earliest)).toEqual([true, false, false]);
    expect(view.appearances[2]?.changes?.sourcesLost.map((s) => s.href).sort()).toEqual(['/b/sources/ilse-marant/', '/b/sources/orvan-herald/']);
    expect(view.appearances[1]?.chain.map((l) => `${l.before ?? ''}|${l.source.name}|${l.after ?? ''}`)).toEqual([
      '|The Orvan Herald|reported',
      'citing|Ilse Marant|',
    ]);
  });

  it('counts a source’s record across threads: earliest, only relaying, changed later', () => {
    const marant = sourceThreadFigures(index, 'ilse-marant');
    expect(marant.earliest.map((t) => t.id).sort()).toEqual(['herald-dam-may-be-sold', 'herald-talks-began-february']);
    expect(marant.changedLater.map((c) => c.appearance.claim.id).sort()).toEqual(['herald-dam-may-be-sold', 'herald-talks-began-february']);
    expect(marant.onlyRelays).toEqual([]);
    const herald = sourceThreadFigures(index, 'orvan-herald');
    expect(herald.onlyRelays.map((t) => t.id)).toEqual(['herald-dam-may-be-sold']);
    expect(herald.earliest).toEqual([]);
    expect(sourceThreadFigures(index, 'kestrel-wire').earliest).toEqual([]);
  });
});

describe('stories over the one-story fixture', () => {
  const index = oneStory();
  const stories = storiesOf(index);

  it('makes one story of the three articles that share an event and the fourth its record adds, named by the record', () => {
    expect(stories.list).toHaveLength(1);
    const [story] = stories.list;
    expect(story?.id).toBe('orvan-dam-sale');
    expect(story?.title).toBe('The planned sale of the Orvan dam');
    expect(story?.articles.map((a) => a.id)).toEqual(['orvan-herald-dam-sale', 'kestrel-wire-dam-sale', 'northgate-daily-dam-sale', 'valley-post-dam-march']);
    expect(story?.threads.map((t) => t.id).sort()).toEqual(['herald-dam-may-be-sold', 'herald-no-vote', 'herald-talks-began-february']);
  });

  it('puts each happening once on the timeline, with every article’s telling, dated ones in order', () => {
    const [story] = stories.list;
    expect(story?.timeline.map((e) => `${e.id} ${e.date.value ?? '-'} ${e.tellings.length}`)).toEqual([
      'herald-marant-interview 2026-03-02 2',
      'wire-no-answer 2026-03-03 1',
      'valley-march 2026-03-05 1',
      'herald-dam-sale - 3',
    ]);
  });

  it('gives an event the other articles’ tellings of it and the page of the story that has it; an event no other article tells, none', () => {
    const told = tellingsOf(index, 'wire-dam-sale');
    expect(told?.story.id).toBe('orvan-dam-sale');
    expect(told?.page).toBe('stories/orvan-dam-sale/');
    expect(told?.others.map((t) => `${t.event.id} ${t.name.text}`)).toEqual(['herald-dam-sale The Orvan Herald', 'northgate-dam-sale Northgate Daily']);
    expect(tellingsOf(index, 'wire-no-answer')?.others).toEqual([]);
  });

  it('says who said what first', () => {
    const [story] = stories.list;
    const first = firstSayers(index, story as never).map((f) => `${f.article.id}: ${f.saidBy}`);
    expect(first).toContain('orvan-herald-dam-sale: Ilse Marant');
    expect(first).toContain('orvan-herald-dam-sale: Tomas Vey');
  });
});

describe('threads and stories in small corpora', () => {
  const article = (published: unknown) =>
    ArticleSchema.parse({ title: 'T', headline: null, publisher: null, url: null, published, language: 'en', summary: 'S' });
  const claim = (articleId: string, extra: Record<string, unknown> = {}) =>
    ClaimSchema.parse({ article: articleId, statement: 'S', kind: 'report', anchor: { exact: 'x' }, ...extra });

  it('cannot tell which came first when one date is a month and the other a day in it, and says so', () => {
    const index = new CorpusIndex(
      {
        articles: [
          { id: 'a', data: article('2026-03-05'), body: 'x' },
          { id: 'b', data: article('2026-03'), body: 'x' },
        ],
        sources: [],
        claims: [
          { id: 'ca', data: claim('a') },
          { id: 'cb', data: claim('b', { sameAs: 'ca' }) },
        ],
        quotes: [],
        events: [],
      },
      { texts: new Map(), ranges: new Map() },
    );
    const [thread] = threadsOf(index).list;
    expect(thread?.appearances.map((a) => a.article.id)).toEqual(['b', 'a']);
    expect(thread?.tiedWithEarliest).toEqual(['ca']);
  });

  it('does not mark a translation as changed words: it names the earlier language instead', () => {
    const inLanguage = (language: string, day: string) =>
      ArticleSchema.parse({ title: 'T', headline: null, publisher: null, url: null, published: day, language, summary: 'S' });
    const index = new CorpusIndex(
      {
        articles: [
          { id: 'ja', data: inLanguage('ja', '2026-03-01'), body: '橋脚にひびが見つかった' },
          { id: 'en', data: inLanguage('en', '2026-03-02'), body: 'cracks were found in the pier' },
          { id: 'gb', data: inLanguage('en-GB', '2026-03-03'), body: 'cracks were found in a pier' },
        ],
        sources: [],
        claims: [
          { id: 'cja', data: claim('ja', { anchor: { exact: '橋脚にひびが見つかった' } }) },
          { id: 'cen', data: claim('en', { sameAs: 'cja', anchor: { exact: 'cracks were found in the pier' } }) },
          { id: 'cgb', data: claim('gb', { sameAs: 'cja', anchor: { exact: 'cracks were found in a pier' } }) },
        ],
        quotes: [],
        events: [],
      },
      { texts: new Map(), ranges: new Map() },
    );
    const [thread] = threadsOf(index).list;
    const [, en, gb] = threadView(index, thread as never, '/').appearances;
    expect(en?.changes?.translatedFrom).toBe('Japanese');
    expect(en?.changes?.any).toBe(true);
    expect(en?.changes?.words.some((p) => p.added || p.removed)).toBe(false);
    // English after English (a region apart): compared word by word.
    expect(gb?.changes?.translatedFrom).toBeUndefined();
    expect(changedWords(gb?.changes?.words ?? [], 'added')).toBe('a');
  });

  it('makes no story of a lone article', () => {
    const index = new CorpusIndex(
      { articles: [{ id: 'a', data: article('2026'), body: '' }], sources: [], claims: [], quotes: [], events: [] },
      { texts: new Map(), ranges: new Map() },
    );
    expect(storiesOf(index).list).toEqual([]);
  });
});

describe('word changes', () => {
  it('reads a replaced stretch as the earlier words, then the later ones', () => {
    const parts = wordRuns(diffWordsWithSpace('sell the dam to a foreign company, she said', 'sell the dam to Caspiana Energy, she said'));
    expect(parts.filter((p) => p.removed || p.added).map((p) => `${p.removed ? '-' : '+'}${p.value}`)).toEqual(['-a foreign company', '+Caspiana Energy']);
  });

  it('always gives the later words back from what is not removed, in any script', () => {
    const words = fc.array(fc.constantFrom('may', 'will', 'sell', 'dam', 'سد', 'ダム', '  ', ' ', 'foreign', 'company,'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const [before, after] = [a.join(' '), b.join(' ')];
        const parts = wordRuns(diffWordsWithSpace(before, after));
        expect(
          parts
            .filter((p) => !p.removed)
            .map((p) => p.value)
            .join(''),
        ).toBe(after);
      }),
    );
  });
});

describe('a thread that many articles carry', () => {
  const article = (day: number) =>
    ArticleSchema.parse({
      title: 'T',
      headline: null,
      publisher: `Outlet ${day}`,
      url: null,
      published: `2026-01-${String(day).padStart(2, '0')}`,
      language: 'en',
      summary: 'S',
    });
  const claim = (articleId: string, sameAs?: string) =>
    ClaimSchema.parse({ article: articleId, statement: 'S', kind: 'report', anchor: { exact: 'x' }, ...(sameAs ? { sameAs } : {}) });
  const days = Array.from({ length: THREAD_PAGE_SIZE + 3 }, (_, i) => i + 1);
  const index = new CorpusIndex(
    {
      // Written out of order, each linked to the first: the thread still reads by date.
      articles: [...days].reverse().map((d) => ({ id: `a${d}`, data: article(d), body: 'x' })),
      sources: [],
      claims: days.map((d) => ({ id: `c${d}`, data: claim(`a${d}`, d === 1 ? undefined : 'c1') })),
      quotes: [],
      events: [],
    },
    { texts: new Map(), ranges: new Map() },
  );
  const [thread] = threadsOf(index).list;

  it('goes on to a second page, each page with its own appearances and its own path', () => {
    const second = threadView(index, thread as never, '/', 2);
    expect(second.pages).toBe(2);
    expect(second.appearances.map((a) => a.claimId)).toEqual(days.slice(THREAD_PAGE_SIZE).map((d) => `c${d}`));
    expect(second.appearances[0]?.number).toBe(THREAD_PAGE_SIZE + 1);
    expect(second.path.nodes.filter((n) => n.kind === 'article')).toHaveLength(3);
    expect(threadPageOf(thread as never, `c${THREAD_PAGE_SIZE + 2}`)).toEqual({ number: 2, path: 'threads/c1/page/2/' });
    expect(threadPageOf(thread as never, 'c1')).toEqual({ number: 1, path: 'threads/c1/' });
  });
});
