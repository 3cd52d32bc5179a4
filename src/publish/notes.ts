import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { notePlugins } from '../plugins/note-plugins.ts';

/**
 * An editor's note as the data export publishes it: never the markdown as written, which a consumer
 * could render into a script, a handler or a `javascript:` link. Two forms, each safe where it is
 * meant to go:
 *
 * - `html`: the note rendered and sanitised with the site's own schema (GitHub's safe subset, as the
 *   pages use), raw HTML dropped. Safe to insert as HTML; shown as text it is harmless markup.
 * - `text`: the words of that HTML with every tag gone, whitespace as in the rendered paragraphs.
 *   Meant for places that take text (`textContent`, a text node, a terminal), never as HTML.
 *
 * The content check refuses raw HTML and links that are not http or https in notes; this is the
 * second wall, for the export as the sanitiser is for the pages.
 */
export interface SafeNote {
  html: string;
  text: string;
}

function notePipeline(base: string) {
  // Astro's plugin lists allow plugin names as strings; these lists hold plugins themselves.
  const { remarkPlugins, rehypePlugins } = notePlugins(base) as { remarkPlugins: PluggableList; rehypePlugins: PluggableList };
  // The pages' pipeline (Astro's Markdown with GFM) with the same plugins. No `allowDangerousHtml`:
  // raw HTML never becomes elements, so nothing but markdown's own reaches the sanitiser.
  return unified().use(remarkParse).use(remarkGfm).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).freeze();
}
const pipelines = new Map<string, ReturnType<typeof notePipeline>>();

/** `base` is where cross-links point: the site's address with its base path, so they work off the site. */
export function safeNote(markdown: string, base = '/'): SafeNote {
  if (markdown.trim() === '') return { html: '', text: '' };
  let processor = pipelines.get(base);
  if (!processor) pipelines.set(base, (processor = notePipeline(base)));
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const html = unified().use(rehypeStringify).stringify(tree).trim();
  const text = tree.children
    .map((node) => toString(node).trim())
    .filter(Boolean)
    .join('\n\n');
  return { html, text };
}
