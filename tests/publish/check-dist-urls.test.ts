import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUrls } from '../../scripts/check-dist.ts';
import { schemeOf } from '../../scripts/check-dist/urls.ts';

const scratch = mkdtempSync(join(tmpdir(), 'claimline-urls-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ROOT = 'https://example.org/analysis/';
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title><link rel="canonical" href="${ROOT}">${head}</head><body><main>${body}</main></body></html>\n`;

/** A tiny built site: `files` maps paths to contents; the home page names the site's address. */
function site(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, content] of Object.entries({ 'index.html': page('<p>Home</p>'), ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const problems = (dir: string) => checkUrls(dir).flatMap((result) => result.problems);

describe('URL schemes', () => {
  it('reads the scheme as a browser does: entities, tabs and leading controls do not hide it', () => {
    expect(schemeOf('  JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(schemeOf('java\tscript:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0001javascript:alert(1)')).toBe('javascript');
    expect(schemeOf('/analysis/claims/x/')).toBeUndefined();
    expect(schemeOf('claims/x/#a:b')).toBeUndefined();
  });

  it('flags every scheme but http and https, in every URL attribute of HTML and inline SVG', () => {
    const dir = site('schemes', {
      'a/index.html': page(
        [
          '<a href="&#x6A;avascript:alert(1)">entity</a>',
          '<a href="java&#9;script:alert(1)">tab</a>',
          '<a href="vbscript:msgbox(1)">vb</a>',
          '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">',
          '<img src="/analysis/x.png" srcset="/analysis/x.png 1x, data:image/png;base64,AAAA 2x" alt="">',
          '<form action="javascript:alert(1)"><button formaction="jAvAsCrIpT:alert(1)">Go</button></form>',
          '<svg><a xlink:href="javascript:alert(1)"><text>svg link</text></a><use href="data:image/svg+xml,x"/></svg>',
          '<blockquote cite="file:///etc/passwd">q</blockquote>',
          '<a href="https://other.example/">a link elsewhere is fine</a><a href="claims/x/">relative</a>',
        ].join(''),
        '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">',
      ),
    });
    const found = problems(dir).map((p) => p.replace(/^a\/index\.html:\d+: /, '').replace(/ \(`.*$/, ''));
    expect(found).toEqual([
      '<meta http-equiv="refresh">: a `javascript:` URL',
      '<a href>: a `javascript:` URL',
      '<a href>: a `javascript:` URL',
      '<a href>: a `vbscript:` URL',
      '<img src>: a `data:` URL',
      '<img srcset>: a `data:` URL',
      '<form action>: a `javascript:` URL',
      '<button formaction>: a `javascript:` URL',
      '<a xlink:href>: a `javascript:` URL',
      '<use href>: a `data:` URL',
      '<blockquote cite>: a `file:` URL',
    ]);
  });
});

describe('resources from another origin', () => {
  it('flags scripts, styles, images, frames and fonts a page would load from elsewhere, and CSS url() schemes', () => {
    const dir = site('external', {
      'a/index.html': page(
        '<img src="https://tracker.example/pixel.gif" alt=""><iframe src="//frames.example/x" title="x"></iframe><script src="https://cdn.example/x.js"></script>',
        '<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="alternate" type="application/rss+xml" href="https://example.org/analysis/feed.xml">',
      ),
      '_astro/site.css':
        '@font-face{src:url(https://fonts.example/a.woff2)} @import "https://cdn.example/more.css"; .x{background:url("javascript:alert(1)")} .icon{background:url("data:image/svg+xml,%3Csvg%3E")} .y{background:url(/analysis/_astro/ok.png)}',
    });
    expect(problems(dir).map((p) => p.replace(/:\d+:/, ':').replace(/: every script.*$/, ''))).toEqual([
      '_astro/site.css: a resource from another origin (`https://fonts.example`)',
      '_astro/site.css: a `javascript:` URL (`javascript:alert(1)`): only http and https are published',
      '_astro/site.css: a resource from another origin (`https://cdn.example`)',
      'a/index.html: <link href>: a resource from another origin (`https://cdn.example`)',
      'a/index.html: <img src>: a resource from another origin (`https://tracker.example`)',
      'a/index.html: <iframe src>: a resource from another origin (`https://frames.example`)',
      'a/index.html: <script src>: a resource from another origin (`https://cdn.example`)',
    ]);
  });
});

describe('SVG and XML', () => {
  it('flags URLs and outside resources in SVG files, and links and markup in feeds', () => {
    const dir = site('xml', {
      'map.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><style>.a{fill:url(https://evil.example/p.svg#x)}</style><image href="https://evil.example/i.png"/><a xlink:href="&#x6A;avascript:alert(1)"><text>x</text></a><a href="https://example.org/analysis/claims/x/"><text>fine</text></a></svg>',
      'feed.xml':
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/analysis/</link><item><title>a &lt; b</title><link>javascript:alert(1)</link><description>Was: &lt;img src=x onerror=alert(1)&gt; Now: fine.</description></item><item><title>ok</title><link>https://example.org/analysis/claims/x/</link><description>a &lt; b &amp; "c"</description></item></channel></rss>',
    });
    expect(problems(dir).map((p) => p.replace(/(: every script|: only http|, which feed).*$/, ''))).toEqual([
      'feed.xml: <link>: a `javascript:` URL (`javascript:alert(1)`)',
      'feed.xml: <description>: markup (`<img src=x onerror=alert(1)`)',
      'map.svg: <style>: a resource from another origin (`https://evil.example`)',
      'map.svg: <image href>: a resource from another origin (`https://evil.example`)',
      'map.svg: <a xlink:href>: a `javascript:` URL (`javascript:alert(1)`)',
    ]);
  });

  it('flags URLs by the keys that hold them in JSON-LD blocks and JSON files, not words that happen to hold a colon', () => {
    const dir = site('json', {
      'a/index.html': page(
        '<p>x</p>',
        '<script type="application/ld+json">{"@type":"Claim","text":"Note: words with a colon are text","url":"javascript:alert(1)","author":{"@id":"data:text/html,x"}}</script>',
      ),
      'data/a.json': JSON.stringify({ article: { url: 'vbscript:msgbox(1)', summary: 'Update: not a URL' }, claims: [{ id: 'c', page: 'claims/c/' }] }),
      'data/broken.json': '{"a":',
    });
    expect(problems(dir).map((p) => p.replace(/ \(`.*$/, ''))).toEqual([
      'a/index.html:1: JSON-LD $.url: a `javascript:` URL',
      'a/index.html:1: JSON-LD $.author.@id: a `data:` URL',
      'data/a.json: $.article.url: a `vbscript:` URL',
      'data/broken.json: not JSON',
    ]);
  });

  it('reports an SVG or XML file that is not well-formed, with its line', () => {
    const dir = site('malformed', { 'articles/x/map.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<text>a\u0000b</text>\n<g></svg>' });
    const [, wellFormed] = checkUrls(dir);
    expect(wellFormed?.problems).toHaveLength(1);
    expect(wellFormed?.problems[0]).toMatch(/^articles\/x\/map\.svg:\d+:\d+: /);
  });

  it('passes a clean site', () => {
    expect(
      problems(
        site('clean', {
          'feed.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/analysis/</link></channel></rss>',
        }),
      ),
    ).toEqual([]);
  });
});
