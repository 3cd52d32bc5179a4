import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { remarkCrossref } from './remark-crossref.ts';
import { noteSanitizeSchema } from './sanitize-schema.ts';

/**
 * How an editor's note becomes HTML, wherever it does: the pages (astro.config.ts hands these to
 * Astro's Markdown processor, which adds GFM) and the data export (src/publish/notes.ts, which adds
 * GFM itself). Cross-link directives point under `base`; the sanitiser is the second wall behind
 * the content check's text policy.
 */
export function notePlugins(base: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkDirective, [remarkCrossref, { base }]],
    rehypePlugins: [[rehypeSanitize, noteSanitizeSchema]],
  };
}
