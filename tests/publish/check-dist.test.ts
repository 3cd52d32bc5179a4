import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowsInline, checkHtmlValidate, checkLinks, parseCsp } from '../../scripts/check-dist.ts';

const scratch = mkdtempSync(join(tmpdir(), 'claimline-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A tiny built site: `files` maps paths to contents. */
function site(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>${head}</head><body><main>${body}</main></body></html>`;

describe('the CSP check', () => {
  const strict = parseCsp("default-src 'none'; script-src 'self'; style-src 'self'");

  it('reads which inline code a policy blocks', () => {
    expect(allowsInline(strict, 'script')).toBe(false);
    expect(allowsInline(parseCsp("script-src 'self' 'unsafe-inline'"), 'script')).toBe(true);
    // A nonce makes browsers ignore 'unsafe-inline'.
    expect(allowsInline(parseCsp("script-src 'unsafe-inline' 'nonce-abc'"), 'script')).toBe(false);
    expect(allowsInline(parseCsp("default-src 'self' 'unsafe-inline'"), 'style')).toBe(true);
  });

  it('finds every kind of inline code the policy would block', async () => {
    const dir = site('inline', {
      'index.html': page(
        '<p style="color: red">Red</p><button type="button" onclick="go()">Go</button><a href="javascript:go()">Go</a><script>go()</script>',
        '<style>p { color: red; }</style>',
      ),
    });
    const messages = (await checkHtmlValidate(dir, strict)).problems.filter((p) => p.includes('claimline/csp-inline'));
    expect(messages.map((m) => m.replace(/^.*?: /, '').replace(/ \(claimline\/csp-inline\)$/, '')).sort()).toEqual([
      'a javascript: URL is blocked by script-src',
      'a style="" attribute is blocked by style-src',
      'an inline event handler (onclick) is blocked by script-src',
      'inline <script> is blocked by script-src',
      'inline <style> is blocked by style-src',
    ]);
  });

  it('lets JSON-LD data blocks and script files through', async () => {
    const dir = site('clean', {
      'index.html': page('<p>Fine</p><script type="module" src="/app.js"></script>', '<script type="application/ld+json">{"@type":"Claim"}</script>'),
    });
    expect((await checkHtmlValidate(dir, strict)).problems.filter((p) => p.includes('claimline/csp-inline'))).toEqual([]);
  });
});

describe('the link check', () => {
  it('reports a missing page and a missing fragment, served under a base path', async () => {
    const dir = site('links', {
      'index.html': page(
        '<h1 id="top">Home</h1><a href="/base/a/">A</a><a href="/base/gone/">Gone</a><a href="/base/a/#nowhere">Nowhere</a><a href="#top">Top</a>',
      ),
      'a/index.html': page('<h1>A</h1><a href="/base/">Home</a><a href="/outside/">Outside the base</a>'),
    });
    const { problems } = await checkLinks(dir, '/base/');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('/base/gone/ (status 404) linked from /base/');
    expect(problems.join('\n')).toContain('/outside/ (status 404)');
    expect(problems.join('\n')).toMatch(/\/base\/ -> \/base\/a\/: 1 link to an id the page does not have \(#nowhere\)/);
  });
});
