import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
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
let dev: DevServer | undefined;
let url = '';
let browser: Browser;

beforeAll(async () => {
  dev = await startDevServer(ROOT, work);
  url = dev.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.stop();
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
