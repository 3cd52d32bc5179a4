/**
 * `npm run screenshots [-- path ...]`: full-page PNGs of the built site at phone (390 px) and
 * desktop (1280 px) widths, light and dark, in `screenshots/`. For looking at pages as a reader.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';

/** Paths inside the site, as a reader types them or not: `/`, `/claims/x/` and `claims/x/` all work. */
const paths = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map((a) => a.replace(/^\/+/, ''));
/** `--tiles`: also cut each page into viewport-high tiles, easier to read than one tall image. */
const tiles = process.argv.includes('--tiles');
/** The first page of a family in `dist/`: `claims/<first id>/`. */
const first = (family: string) => {
  const id = readdirSync(resolve('dist', family), { withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name !== 'page')?.name;
  return id ? [`${family}/${id}/`] : [];
};
const pages = paths.length > 0 ? paths : ['', ...first('articles'), ...first('claims'), ...first('sources'), '404/'];
const out = resolve('screenshots');
mkdirSync(out, { recursive: true });
const server = await serveDist(resolve('dist'));
const browser = await launchBrowser();
try {
  for (const [width, label] of [
    [390, 'phone'],
    [1280, 'desktop'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        const name = `${path.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${label}-${scheme}.png`;
        await page.screenshot({ path: resolve(out, name), fullPage: true });
        console.log(resolve(out, name));
        if (tiles) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height; y += 900, n++) {
            const tile = name.replace('.png', `-tile${n}.png`);
            await page.screenshot({ path: resolve(out, tile), fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
            console.log(resolve(out, tile));
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
