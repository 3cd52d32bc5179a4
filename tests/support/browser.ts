import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags Chromium needs on these machines: no sandbox as root, and no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium driven by playwright-core; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (the test command does this when it runs as root), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

const require = createRequire(import.meta.url);

/**
 * A browser context in which every page carries axe-core from its first script on, so
 * `axeViolations` only runs it. AxeBuilder injects axe into each page it analyses and finishes each
 * run in a new blank page, which here costs several times the run itself; the site has no frames,
 * which is all that extra work is for.
 */
export async function axeContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return context;
}

/** What axe finds on a page opened in an `axeContext`, one line a rule: `rule (nodes) first-target`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
    if (!axe) throw new Error('axe-core is not in this page: open it in a context made by axeContext().');
    // Only violations are worked out in full: what passes or cannot be told is not reported here.
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map((violation) => `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ') ?? ''}`);
}
