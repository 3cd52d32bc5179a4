import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { buildEnv, wrappedConfig } from '../support/build-env.ts';

/**
 * `npm run dev` serves the share cards from a route the cards integration adds for the dev server
 * only (a build writes them itself), so an editor sees a claim's card as it will be shared.
 */
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'claimline-dev-cards-'));
let dev: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  // Its own cache folder, so this dev server's content store is not the build's.
  const config = wrappedConfig(work, { cacheDir: join(work, 'cache') });
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 4392));
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
});

afterAll(() => {
  dev?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('share cards in the dev server', () => {
  const { corpus } = checkContent(ROOT);

  it('serves a claim’s and a quote’s card as a 1200 × 630 PNG, and a 404 for a record that does not exist', async () => {
    for (const path of [`cards/claims/${corpus.claims[0]?.id}.png`, `cards/quotes/${corpus.quotes[0]?.id}.png`]) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('image/png');
      const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([width, height], path).toEqual([1200, 630]);
    }
    expect((await fetch(`${url}cards/claims/no-such-claim.png`)).status).toBe(404);
  }, 120_000);
});
