import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import cards from './src/build/integrations/cards.ts';
import pagefind from './src/build/integrations/pagefind.ts';
import { basePath, siteUrl } from './src/build/settings.ts';
import { notePlugins } from './src/plugins/note-plugins.ts';

/** Where the site is served: `BASE_PATH=/analysis/ npm run build` for a sub-path (checked and normalised in src/build/settings.ts). */
const base = basePath(process.env['BASE_PATH']);

export default defineConfig({
  site: siteUrl(process.env['SITE_URL']),
  base,
  trailingSlash: 'always',
  // The share cards of every claim and quote (src/build/integrations/cards.ts); the sitemap lists
  // every page with `site` and `base`; Pagefind indexes the claim, quote and source pages into
  // `pagefind/` after the build (src/build/integrations/pagefind.ts).
  integrations: [cards(), sitemap(), pagefind()],
  build: {
    format: 'directory',
    // Stylesheets as files, never inline `<style>`: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
    // Pages rendered a few at a time, so the build's thread renders the next page while Astro waits
    // on the last one's folder and file being written (docs/performance.md). Rendering reads the
    // corpus and keeps no state between pages, so the pages are byte for byte the same.
    concurrency: 8,
  },
  markdown: {
    // Editors' notes: cross-link directives, and any raw HTML sanitised. Smart punctuation is off so
    // quoted words stay as the editor typed them. The article text has its own pipeline (src/content/article-text.ts).
    processor: unified({
      ...notePlugins(base),
      smartypants: false,
    }),
  },
});
