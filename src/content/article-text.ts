import type { Root as HastRoot } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The article body goes through its own fixed pipeline, apart from the site's Markdown processor:
 * no smart punctuation (it would rewrite the article's straight quotes), no GFM autolinks, no raw
 * HTML. The text anchors are verified against and the text the marking plugin marks come from this
 * one pipeline, so a verified anchor always marks the words it was verified on.
 */
export function articleParser() {
  return unified().use(remarkParse).use(remarkRehype);
}

export function articleTree(body: string): HastRoot {
  const processor = articleParser();
  return processor.runSync(processor.parse(body)) as HastRoot;
}

/** The article's text as anchors see it: every text node in document order, blocks joined by `\n`. */
export function textOfTree(tree: HastRoot): string {
  let text = '';
  visit(tree, 'text', (node) => {
    text += node.value;
  });
  return text;
}

export function articleText(body: string): string {
  return textOfTree(articleTree(body));
}
