import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/content/schemas/article.ts';
import type { CorpusIndex } from '../../src/model/corpus.ts';
import { titleApart, type Titled } from '../../src/model/titles.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';
import { oneStory } from '../threads/one-story.ts';

/** Each record's words as its page's title starts, and what `titleApart` adds. */
function titles(index: CorpusIndex, family: Titled, words: (id: string) => string, ids: Iterable<string>): Map<string, string> {
  return new Map([...ids].map((id) => [id, `${words(id)}${titleApart(index, family, id)}`]));
}

describe('titleApart', () => {
  it('names the article of each of two events that two outlets tell in the same words, and leaves the rest alone', () => {
    const index = oneStory();
    const events = titles(index, 'events', (id) => index.events.get(id)?.data.title ?? '', index.events.keys());
    expect(new Set(events.values()).size).toBe(events.size);
    expect(titleApart(index, 'events', 'herald-dam-sale')).toMatch(/^ \(The Orvan Herald, \w+day, \d+ \w+ \d{4}\)$/);
    expect(titleApart(index, 'events', 'wire-dam-sale')).toMatch(/^ \(Kestrel Wire, /);
    const alone = [...index.events.values()].filter((e) => [...index.events.values()].every((o) => o === e || o.data.title !== e.data.title));
    expect(alone.length).toBeGreaterThan(0);
    for (const event of alone) expect(titleApart(index, 'events', event.id), event.id).toBe('');
  });

  it('numbers what even the article does not tell apart, and names a source by its role', () => {
    const index = indexOf(
      makeCorpus({
        body: 'The council met. The council met again.',
        article: { publisher: 'Lowmarsh Gazette', published: '2025-06-02' },
        sources: {
          'ali-khan': { name: 'Ali Khan', role: 'Mayor' },
          'ali-khan-2': { name: 'Ali Khan', role: 'Councillor', affiliation: 'Lowmarsh' },
          other: { name: 'Someone else' },
        },
        events: {
          first: { title: 'A meeting of the council' },
          second: { title: 'A meeting of the council' },
          third: { title: 'A vote' },
        },
      }),
    );
    expect(titleApart(index, 'events', 'first')).toBe(' (Lowmarsh Gazette, Monday, 2 Jun 2025, 1 of 2)');
    expect(titleApart(index, 'events', 'second')).toBe(' (Lowmarsh Gazette, Monday, 2 Jun 2025, 2 of 2)');
    expect(titleApart(index, 'events', 'third')).toBe('');
    expect(titleApart(index, 'sources', 'ali-khan')).toBe(' (Mayor)');
    expect(titleApart(index, 'sources', 'ali-khan-2')).toBe(' (Councillor, Lowmarsh)');
    expect(titleApart(index, 'sources', 'other')).toBe('');
  });

  it('tells apart two articles of the same title, or the same summary, by their publisher and date', () => {
    const corpus = makeCorpus({ body: 'Text.', article: { title: 'Talks fail', publisher: 'Dawn', published: '2025-10-28' } });
    const parse = (fields: Record<string, unknown>) =>
      ArticleSchema.parse({
        title: 'Talks fail',
        headline: null,
        publisher: 'Geo News',
        url: null,
        published: '2025-10-29',
        language: 'en',
        summary: 'S',
        ...fields,
      });
    corpus.articles.push({ id: 'b', data: parse({}), body: 'Text.' }, { id: 'c', data: parse({ title: 'Another title', summary: 'Its own' }), body: 'Text.' });
    const index = indexOf(corpus);
    expect(titleApart(index, 'articles', 'a')).toBe(' (Dawn, Tuesday, 28 Oct 2025)');
    expect(titleApart(index, 'articles', 'b')).toBe(' (Geo News, Wednesday, 29 Oct 2025)');
    expect(titleApart(index, 'articles', 'c')).toBe('');
  });
});
