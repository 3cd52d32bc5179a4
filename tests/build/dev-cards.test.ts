import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

/**
 * `npm run dev` serves the share cards from a route the cards integration adds for the dev server
 * only (a build writes them itself), so an editor sees a claim's card as it will be shared.
 */
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'claimline-dev-cards-'));
let dev: DevServer | undefined;
let url = '';

beforeAll(async () => {
  dev = await startDevServer(ROOT, work);
  url = dev.url;
});

afterAll(() => {
  dev?.stop();
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
