import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { corpusLoader } from '../../src/content/loader.ts';
import { BROKEN, checkCase, TWO_STORIES } from './support.ts';

/** Just enough of Astro's loader context to run a collection's loader outside a build. */
function context(root: string, watcher?: EventEmitter) {
  const stored: string[] = [];
  const logged: { level: string; message: string }[] = [];
  const ctx = {
    store: { clear: () => stored.splice(0), set: (entry: { id: string }) => stored.push(entry.id) },
    config: { root: pathToFileURL(`${root}/`) },
    renderMarkdown: async () => ({ html: '' }),
    generateDigest: (value: string) => value,
    logger: {
      error: (message: string) => logged.push({ level: 'error', message }),
      warn: (message: string) => logged.push({ level: 'warn', message }),
      info: (message: string) => logged.push({ level: 'info', message }),
      // As Astro's logger: a copy under another label (the loader tells the content's problems as `claimline:content`).
      fork() {
        return this;
      },
    },
    ...(watcher ? { watcher } : {}),
  };
  return { ctx: ctx as unknown as LoaderContext, stored, logged };
}

describe('the content loader runs the same check as npm run check:content', () => {
  it('refuses to build with the checker’s own report when a single problem stands', async () => {
    const { ctx, stored, logged } = context(join(BROKEN, 'missing-field'));
    const report = checkCase('missing-field').lines;
    // The report is logged, and the error counts it (Astro adds a hint of its own to an error whose text says "document").
    await expect(corpusLoader('claims').load(ctx)).rejects.toThrow('The content has 1 problem, listed above; nothing is published until all are fixed.');
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([{ level: 'error', message: expect.stringContaining(report) as string }]);
    expect(stored).toEqual([]);
  });

  it('loads every record of its collection when the content is valid', async () => {
    const { ctx, stored } = context(join(BROKEN, 'windows-line-endings-and-bom'));
    await corpusLoader('claims').load(ctx);
    expect(stored).toEqual(['afghan-side-venomous-statements', 'talks-failed-on-tuesday']);
  });

  it('prints warnings once in the build’s log, and loads everything: a warning never stops the build', async () => {
    const loaders = [corpusLoader('articles'), corpusLoader('sources')].map((loader) => ({ loader, ...context(TWO_STORIES) }));
    for (const { loader, ctx } of loaders) await loader.load(ctx);
    const warned = loaders.flatMap(({ logged }) => logged.filter((entry) => entry.level === 'warn'));
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toContain('content/sources/caldera-shipping.md:1:1  warning  (file)  No claim, quote, event or note names the source `caldera-shipping`');
    expect(loaders[1]?.stored).toContain('caldera-shipping');
  });

  it('in the dev server, reports a problem once in the terminal instead of stopping the server', async () => {
    const watcher = new EventEmitter();
    const root = join(BROKEN, 'unknown-kind-or-status');
    const loaders = [corpusLoader('articles'), corpusLoader('claims'), corpusLoader('sources')].map((loader) => ({ loader, ...context(root, watcher) }));
    for (const { loader, ctx } of loaders) await loader.load(ctx);
    const errors = loaders.flatMap(({ logged }) => logged.filter((entry) => entry.level === 'error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('content/claims/report-blames-drone-deal.md:4:1  kind  The text `Report` is not a valid `kind`.');
    // A save reaches every loader's watcher; the report is still printed once.
    watcher.emit('all', 'change', join(root, 'content/claims/report-blames-drone-deal.md'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaders.flatMap(({ logged }) => logged.filter((entry) => entry.level === 'error'))).toHaveLength(2);
  });
});
