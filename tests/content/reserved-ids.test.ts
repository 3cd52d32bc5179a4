import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/content/check.ts';

describe('reserved ids', () => {
  it('refuses a record named like a page of the site, and says what to do', () => {
    const { problems, corpus } = checkFiles([
      { collection: 'sources', file: 'content/sources/page.md', text: '---\nname: Page\nkind: outlet\ndescription: An outlet.\n---\n' },
      { collection: 'sources', file: 'content/sources/geo-news.md', text: '---\nname: Geo News\nkind: outlet\ndescription: An outlet.\n---\n' },
    ]);
    expect(problems.map((p) => `${p.file} ${p.field} ${p.message} ${p.fix}`)).toEqual([
      'content/sources/page.md (file name) `page` is kept for the site\'s own pages (`/sources/page/2/` lists the next page), so it cannot name a record. Rename the file, for example to `page-1.md`, and the references to it.',
    ]);
    expect(corpus.sources.map((s) => s.id)).toContain('geo-news');
  });
});
