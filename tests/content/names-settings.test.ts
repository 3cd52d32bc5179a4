import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basePath, siteUrl } from '../../src/build/settings.ts';
import { cacheDir, keepFile } from '../../src/build/cache.ts';
import { PROJECT } from './support.ts';

describe('BASE_PATH', () => {
  it('means the same with or without its slashes, and is unset for the root', () => {
    expect(['analysis', '/analysis', 'analysis/', '/analysis/', ' //analysis// '].map(basePath)).toEqual(Array(5).fill('/analysis/'));
    expect(basePath('news/analysis')).toBe('/news/analysis/');
    expect([undefined, '', '/', '//'].map(basePath)).toEqual(['/', '/', '/', '/']);
  });

  it('reaches the site\'s config normalised, so note links keep the base', async () => {
    vi.stubEnv('BASE_PATH', 'analysis');
    vi.resetModules();
    try {
      const { default: config } = await import('../../astro.config.ts');
      expect(config.base).toBe('/analysis/');
      const renderer = await config.markdown!.processor!.createRenderer({});
      expect((await renderer.render(':claim[the pact]{#pact}')).code).toContain('href="/analysis/claims/pact/"');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('is refused, naming the variable, when it leaves the site or is not a path', () => {
    expect(() => basePath('../../x')).toThrowErrorMatchingInlineSnapshot(`[SettingError: BASE_PATH is \`../../x\`, which is not a path the site can be served under: \`..\` would point out of the site. Set BASE_PATH to the folders the site is served from, like \`BASE_PATH=/analysis/\`, or leave it unset to serve the site from the root.]`);
    expect(() => basePath('javascript:alert(1)')).toThrowErrorMatchingInlineSnapshot(`[SettingError: BASE_PATH is \`javascript:alert(1)\`, which is not a path the site can be served under: \`javascript:alert(1)\` is not a plain folder name. Set BASE_PATH to the folders the site is served from, like \`BASE_PATH=/analysis/\`, or leave it unset to serve the site from the root.]`);
    expect(() => basePath('/a b/')).toThrow(/^BASE_PATH is `\/a b\/`/);
    expect(() => basePath('a\\b')).toThrow(/^BASE_PATH is/);
  });
});

describe('SITE_URL', () => {
  it('is an absolute http or https address, or the default when unset', () => {
    expect(siteUrl('https://analysis.example.org')).toBe('https://analysis.example.org');
    expect(siteUrl('http://localhost:4321')).toBe('http://localhost:4321');
    expect(siteUrl(undefined)).toBe('https://claimline.example.org');
  });

  it('is refused, naming the variable, when it is not', () => {
    expect(() => siteUrl('notaurl')).toThrowErrorMatchingInlineSnapshot(`[SettingError: SITE_URL is \`notaurl\`, which cannot be the site's address: it is not an absolute address. Set SITE_URL to the address the site is published at, starting with \`https://\`, like \`SITE_URL=https://analysis.example.org\` (a sub-path goes in BASE_PATH).]`);
    expect(() => siteUrl('javascript:alert(1)')).toThrowErrorMatchingInlineSnapshot(`[SettingError: SITE_URL is \`javascript:alert(1)\`, which cannot be the site's address: \`javascript:\` is not a web address. Set SITE_URL to the address the site is published at, starting with \`https://\`, like \`SITE_URL=https://analysis.example.org\` (a sub-path goes in BASE_PATH).]`);
    expect(() => siteUrl('https://user:secret@example.org')).toThrow(/^SITE_URL is .*user name or password/);
    expect(() => siteUrl('https://example.org/?utm=1')).toThrow(/^SITE_URL is .*`\?` or `#`/);
  });

  it('stops Astro before it builds anything, with the message that names the variable', () => {
    const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['sync'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'javascript:alert(1)', BASE_PATH: '' },
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is `javascript:alert(1)`, which cannot be the site');
  });
});

describe('a cache folder that cannot be written only slows the build down', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is made when it is missing', () => {
    root = mkdtempSync(join(tmpdir(), 'claimline-cache-'));
    const dir = cacheDir('test-missing', root);
    expect(dir).toBe(join(root, 'node_modules', '.cache', 'test-missing'));
    keepFile(join(dir, 'a.txt'), 'kept');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('moves to the temporary folder when node_modules/.cache cannot hold it, and files are still kept', () => {
    root = mkdtempSync(join(tmpdir(), 'claimline-cache-'));
    mkdirSync(join(root, 'node_modules'));
    // A file where the folder should be: writing under it fails for any user, root included.
    writeFileSync(join(root, 'node_modules', '.cache'), '');
    const dir = cacheDir(`test-blocked-${process.pid}`, root);
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(dir).not.toContain(root);
    keepFile(join(dir, 'b.txt'), 'kept');
    expect(existsSync(join(dir, 'b.txt'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
