import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHED, searchedPage } from '../../src/build/integrations/pagefind-feed.ts';

/** Every HTML file under a folder of dist/, as paths relative to dist/. */
function htmlFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under)).flatMap((name) => {
    const path = under ? `${under}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return htmlFiles(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

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

  it('indexed every page that marks its text for search, as reading dist/ would', () => {
    const marked = SEARCHED.flatMap((folder) => htmlFiles('dist', folder)).filter((path) =>
      readFileSync(join('dist', path), 'utf8').includes('data-pagefind-body'),
    );
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(marked.length).toBeGreaterThan(30);
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked.length);
  });
});
