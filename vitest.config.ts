/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three groups of tests, told apart by how a file is named:
 *
 * - `*.site.test.ts` check a built site (`dist/`, or the folder `CLAIMLINE_DIST` names) and assert
 *   only what holds for any valid content: they read what to expect from the site's own pages and
 *   data export, never the seed's ids or counts. `npm test` builds `dist/` first when it is stale
 *   (scripts/ensure-build.ts).
 * - `*.two-stories.test.ts` need known records: they run on the fixture corpus
 *   tests/fixtures/corpora/two-stories, built once a run under a sub-path by the project's global
 *   setup (tests/support/two-stories.ts), which runs only when such a file is in the run.
 * - every other file: unit tests on plain data, and the builds a test makes for itself.
 *
 * The last line printed is `Tests: N passed, N failed`.
 */
const SITE = 'tests/**/*.site.test.ts';
const TWO_STORIES = 'tests/**/*.two-stories.test.ts';

export default getViteConfig({
  test: {
    // The map image embeds the graph page's own stylesheet (src/render/graph-svg.ts imports it `?raw`).
    css: { include: [/pictures-graph\.css/] },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Files run side by side, as many as the cores less one (Vitest's default: one at a time on 2
    // cores, where more measured no faster, as Chromium, axe and the builds keep both busy;
    // docs/performance.md). Every file works in folders of its own (a copy of the project, a
    // temporary folder), never in another's, so any number can run at once.
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [SITE, TWO_STORIES] } },
      { extends: true, test: { name: 'site', include: [SITE] } },
      { extends: true, test: { name: 'two-stories', include: [TWO_STORIES], globalSetup: ['tests/support/two-stories.ts'] } },
    ],
  },
});
