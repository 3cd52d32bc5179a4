import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { headersFor, parseHeaders } from '../../scripts/check-dist.ts';

/**
 * The headers a host sends with the site's pages, from `public/_headers`, for `serveDist`: the
 * browser tests meet the same Content-Security-Policy as readers do.
 */
export function hostHeaders(): Record<string, string> {
  const headers = headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/');
  if (!headers['content-security-policy']) throw new Error('public/_headers sets no Content-Security-Policy for `/`.');
  return headers;
}

/** What a page complained about: CSP violations, console errors and uncaught exceptions. */
export interface Complaints {
  violations(): Promise<string[]>;
  errors: string[];
}

/**
 * Listen on a page for everything that goes wrong under the policy. The listener is installed
 * before any of the page's own code runs, so no violation during load is missed.
 * @see https://www.w3.org/TR/CSP3/#violation-events
 */
export async function watch(page: Page): Promise<Complaints> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    errors,
    // Violation events are queued as tasks: let the queue run once before reading them.
    violations: () => page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve((window as unknown as { __csp: string[] }).__csp), 0))),
  };
}
