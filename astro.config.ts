import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import buildWorkers from './src/build/integrations/build-workers.ts';
import cards from './src/build/integrations/cards.ts';
import pagefind from './src/build/integrations/pagefind.ts';
import { buildConcurrency } from './src/build/settings.ts';
import { remarkCrossref } from './src/plugins/remark-crossref.ts';
import { noteSanitizeSchema } from './src/plugins/sanitize-schema.ts';

/** Where the site is served: `BASE_PATH=/analysis/ npm run build` for a sub-path. */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  site: process.env['SITE_URL'] ?? 'https://claimline.example.org',
  base,
  trailingSlash: 'always',
  // The sitemap lists every page with `site` and `base`; Pagefind indexes the claim, quote and
  // source pages into `pagefind/` after the build (src/build/integrations/pagefind.ts).
  // The build's workers start first, to be warm when the first graph or card is asked for.
  integrations: [buildWorkers(), cards(), sitemap(), pagefind()],
  build: {
    format: 'directory',
    // Stylesheets as files, never inline `<style>`: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
    // Pages that wait, for a graph laid out or a card drawn in a build worker (src/build/build-pool.ts)
    // or for a file to be written, let others render meanwhile.
    concurrency: buildConcurrency(),
  },
  markdown: {
    // Editors' notes: cross-link directives, and any raw HTML sanitised. Smart punctuation is off so
    // quoted words stay as the editor typed them. The article text has its own pipeline (src/content/article-text.ts).
    processor: unified({
      remarkPlugins: [remarkDirective, [remarkCrossref, { base }]],
      rehypePlugins: [[rehypeSanitize, noteSanitizeSchema]],
      smartypants: false,
    }),
  },
});
