import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.ts';
import { launchBrowser } from '../support/browser.ts';
import { BROKEN, checkCase } from './support.ts';

/**
 * The content check refuses raw HTML in an editor's note (tests/fixtures/broken/html-in-note); the
 * site's Markdown processor, configured in astro.config.ts, is the second wall that must make it
 * harmless if it ever gets through. The note goes through that very processor, and the result is
 * opened in Chromium to prove nothing runs.
 */
async function renderNote(body: string): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor) throw new Error('astro.config.ts has no markdown.processor');
  const renderer = await processor.createRenderer({});
  return (await renderer.render(body)).code;
}

const note = checkCase('html-in-note').corpus.sources.find((entry) => entry.id === 'khawaja-asif')?.body ?? '';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('raw HTML in a note', () => {
  it('is in the fixture as an editor might paste it', () => {
    expect(readFileSync(join(BROKEN, 'html-in-note/content/sources/khawaja-asif.md'), 'utf8')).toContain('<script>');
    expect(note).toContain('onerror=');
  });

  it('loses its script, its event handler and its javascript: link, and keeps the words', async () => {
    const html = await renderNote(note);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("Named in the article as Pakistan's Defence Minister.");
    expect(html).toContain('More');
  });

  it('runs nothing when the rendered note is opened in a browser', async () => {
    const html = await renderNote(note);
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.setContent(`<!doctype html><html lang="en"><title>note</title><body><main>${html}</main></body></html>`, { waitUntil: 'load' });
    const link = page.getByText('More');
    if ((await link.count()) > 0) await link.click();
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { script: w['__noteScriptRan'], handler: w['__noteHandlerRan'], link: w['__noteLinkRan'] };
    });
    expect(ran).toEqual({ script: undefined, handler: undefined, link: undefined });
    expect(dialogs).toEqual([]);
    // The same page with the raw note does run it: the check above could fail.
    await page.setContent(`<!doctype html><html lang="en"><title>note</title><body>${note}</body></html>`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__noteScriptRan'])).toBe(true);
    await context.close();
  });
});
