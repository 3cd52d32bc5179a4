/**
 * Page budgets over a built site (`dist/`, or `CLAIMLINE_DIST`): what a reader on a
 * slow connection downloads to read a page. Every page stays under 50 KB of HTML plus the CSS it
 * links (uncompressed), reads without JavaScript (only the search page may load a script, the
 * search box's), and refers to no stylesheet or script that is not there. Issue 6.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSite, PAGE_BUDGET_BYTES, type SiteReport } from '../../scripts/bench/pages.ts';
import { builtSite } from '../support/site.ts';

const built = builtSite();
const { dir, base } = built;
const isSearch = (path: string) => path === '/search/' || path.startsWith('/search/');

describe('the built site keeps to its page budgets', () => {
  let site: SiteReport;
  beforeAll(() => {
    site = analyseSite(dir, base);
  });

  it('measures every page of the site', () => {
    expect(site.pages.map((page) => page.path).sort()).toEqual(built.pages.map((path) => `/${path}`).sort());
  });

  it(`keeps every page under ${PAGE_BUDGET_BYTES / 1024} KB of HTML and linked CSS`, () => {
    const over = site.pages
      .filter((page) => page.bytes > PAGE_BUDGET_BYTES)
      .sort((a, b) => b.bytes - a.bytes)
      .map((page) => `${page.path}: ${page.bytes} bytes (HTML ${page.htmlBytes} + CSS ${page.cssBytes}), ${page.bytes - PAGE_BUDGET_BYTES} over`);
    expect(over).toEqual([]);
  });

  it('needs no JavaScript to read any page but the search page', () => {
    const scripted = site.pages.filter((page) => !isSearch(page.path) && page.scripts.length > 0).map((page) => `${page.path}: ${page.scripts.join(', ')}`);
    expect(scripted).toEqual([]);
  });

  it("lets the search page load only the site's own scripts", () => {
    const foreign = site.pages
      .filter((page) => isSearch(page.path))
      .flatMap((page) => page.scripts.filter((script) => script === 'inline' || /^([a-z]+:|\/\/)/i.test(script)));
    expect(foreign).toEqual([]);
  });

  it('refers to no stylesheet or script that is missing', () => {
    const missing = site.pages.filter((page) => page.missing.length > 0).map((page) => `${page.path}: ${page.missing.join(', ')}`);
    expect(missing).toEqual([]);
  });
});
