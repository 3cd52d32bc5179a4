import { describe, expect, it } from 'vitest';
import { searchedPage } from '../../src/build/integrations/pagefind-feed.ts';

describe('Pagefind fed by the build as pages are rendered', () => {
  it('takes the claim, quote and source pages, under any base, and no other', () => {
    expect(searchedPage('/claims/india-to-blame/', '/')).toBe('claims/india-to-blame/index.html');
    expect(searchedPage('/analysis/quotes/q1/', '/analysis/')).toBe('quotes/q1/index.html');
    expect(searchedPage('/analysis/quotes/q1/', '/analysis')).toBe('quotes/q1/index.html');
    expect(searchedPage('/sources/', '/')).toBe('sources/index.html');
    expect(searchedPage('/sources/geo-news/page/2/', '/')).toBe('sources/geo-news/page/2/index.html');
    for (const other of ['/', '/articles/a/', '/claimsx/a/', '/events/e/', '/search/', '/data/a.json']) expect(searchedPage(other, '/'), other).toBeUndefined();
    // A page outside the base is not the site's.
    expect(searchedPage('/claims/a/', '/analysis/')).toBeUndefined();
  });
});
