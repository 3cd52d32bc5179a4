import { describe, expect, it } from 'vitest';
import { exportArticle, exportJsonSchema } from '../../src/publish/export.ts';
import { ArticleExportSchema } from '../../src/publish/export-schema.ts';
import { exportThreads } from '../../src/publish/thread-export.ts';
import { oneStory } from './one-story.ts';

/**
 * The per-article data export (`data/<article>.json`, issue 16.6) over the one-story fixture: each
 * claim carries its thread, agreeing with `threads/threads.json`, and the article its story.
 */
const index = oneStory();
const noHistory = { changed: () => undefined };
const data = (id: string) => ArticleExportSchema.parse(exportArticle(index, id, noHistory));

describe('threads and the story in the article export', () => {
  it('gives a relayed claim its thread: id, page, not the earliest, and the other appearances in order', () => {
    const wire = data('kestrel-wire-dam-sale').claims.find((c) => c.id === 'wire-dam-will-be-sold');
    expect(wire?.thread).toEqual({
      id: 'herald-dam-may-be-sold',
      page: 'threads/herald-dam-may-be-sold/',
      earliest: false,
      others: [
        { claim: 'herald-dam-may-be-sold', article: 'orvan-herald-dam-sale' },
        { claim: 'northgate-sale-to-caspiana', article: 'northgate-daily-dam-sale' },
      ],
    });
  });

  it('marks the earliest appearance as such, and agrees with the thread export on every claim', () => {
    const herald = data('orvan-herald-dam-sale').claims.find((c) => c.id === 'herald-dam-may-be-sold');
    expect(herald?.thread?.earliest).toBe(true);
    for (const thread of exportThreads(index).threads) {
      for (const appearance of thread.appearances) {
        const claim = data(appearance.article).claims.find((c) => c.id === appearance.claim);
        expect(claim?.thread?.id, appearance.claim).toBe(thread.id);
        expect(claim?.thread?.earliest, appearance.claim).toBe(appearance.earliest);
        expect(claim?.thread?.others.map((o) => o.claim)).toEqual(thread.appearances.filter((a) => a.claim !== appearance.claim).map((a) => a.claim));
      }
    }
  });

  it('leaves out the thread of a claim that is in none', () => {
    const march = data('valley-post-dam-march').claims.find((c) => c.id === 'valley-march-hundreds');
    expect(march).toBeDefined();
    expect(march).not.toHaveProperty('thread');
  });

  it('names the story the article is part of, with its page and all its articles', () => {
    expect(data('valley-post-dam-march').story).toEqual({
      id: 'orvan-dam-sale',
      title: 'The planned sale of the Orvan dam',
      page: 'stories/orvan-dam-sale/',
      record: true,
      articles: ['orvan-herald-dam-sale', 'kestrel-wire-dam-sale', 'northgate-daily-dam-sale', 'valley-post-dam-march'],
    });
  });

  it('describes both in the published JSON Schema', () => {
    const schema = exportJsonSchema() as { properties: Record<string, unknown>; $defs?: unknown };
    const text = JSON.stringify(schema);
    expect(Object.keys(schema.properties)).toContain('story');
    expect(text).toContain('The claim thread this claim is an appearance of');
    expect(text).toContain('Whether this appearance is the earliest the site knows of.');
  });
});
