import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildEnv, wrappedConfig } from '../support/build-env.ts';
import { watch } from './browser-support.ts';

/**
 * `npm run dev`, as an editor uses it to see a change: Astro styles its pages with inline `<style>`
 * there, so the Content-Security-Policy that built pages carry in a `<meta>` must stay out of them.
 */
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'claimline-dev-'));
/** Any article of the content will do: the first by name. */
const article = readdirSync(join(ROOT, 'content', 'articles'))
  .filter((name) => name.endsWith('.md'))
  .sort()[0]
  ?.replace(/\.md$/, '');
let dev: ChildProcess | undefined;
let url = '';
let browser: Browser;

beforeAll(async () => {
  // The project's own config with its own cache, so the dev server's content store is not the build's.
  const config = wrappedConfig(work, { cacheDir: join(work, 'cache') });
  // A port no one is using, so that Astro does not move to another one.
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 4391));
    });
  });
  dev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--config', relative(ROOT, config)], {
    cwd: ROOT,
    env: { ...buildEnv(), NO_COLOR: '1', PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
  });
  let output = '';
  url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = new RegExp(`(http://localhost:${port}/)`).exec(output);
      if (found) {
        clearTimeout(timer);
        done(found[1] as string);
      }
    };
    dev?.stdout?.on('data', read);
    dev?.stderr?.on('data', read);
    dev?.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('serves styled pages with nothing blocked, and no policy meant for the build', async () => {
    const page = await (await browser.newContext()).newPage();
    const complaints = await watch(page);
    for (const path of ['', ...(article ? [`articles/${article}/`] : [])]) {
      // Vite may reload a page once while it optimises the dependencies the first load met.
      const response = await page.goto(url + path, { waitUntil: 'networkidle' });
      await page.waitForLoadState('networkidle');
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(0);
      // The site stylesheet takes the skip link out of the flow until it has focus.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link') ?? document.body).position), path).toBe('absolute');
    }
    expect(await complaints.violations()).toEqual([]);
  }, 120_000);
});
