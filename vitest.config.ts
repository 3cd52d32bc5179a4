/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests run on plain data (src/lib, src/plugins, src/schemas); browser tests run over the built
 * `dist/` in Debian's Chromium (`tests/browser/`). The last line printed is `Tests: N passed, N failed`.
 */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The map image embeds the graph page's own stylesheet (src/render/graph-svg.ts imports it `?raw`).
    css: { include: [/pictures-graph\.css/] },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser suites share one machine's two cores; running files one by one keeps timings sane.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
