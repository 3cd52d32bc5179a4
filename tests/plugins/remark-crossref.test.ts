import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { notePlugins } from '../../src/plugins/note-plugins.ts';

/** The notes pipeline with the plugins astro.config.ts hands Astro: directives, cross-links, then sanitising. */
const render = (markdown: string, base = '/') => {
  const { remarkPlugins, rehypePlugins } = notePlugins(base) as { remarkPlugins: PluggableList; rehypePlugins: PluggableList };
  return String(unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify).processSync(markdown));
};

describe('remark-crossref', () => {
  it('turns each kind of cross-link into a link to its page, keeping its class through the sanitiser', () => {
    expect(render('See :claim[the US pact]{#pact-with-united-states}.')).toBe(
      '<p>See <a href="/claims/pact-with-united-states/" class="xref xref--claim">the US pact</a>.</p>',
    );
    expect(render(':source[TOLONews]{#tolonews} :quote[it]{#venomous} :event[the call]{#phone-call} :article[this]{#a}')).toBe(
      '<p><a href="/sources/tolonews/" class="xref xref--source">TOLONews</a> <a href="/quotes/venomous/" class="xref xref--quote">it</a> <a href="/events/phone-call/" class="xref xref--event">the call</a> <a href="/articles/a/" class="xref xref--article">this</a></p>',
    );
  });

  it('links under the base path the site is served from', () => {
    expect(render(':claim[x]{#c}', '/analysis')).toContain('href="/analysis/claims/c/"');
  });

  it('gives back the text of anything that only looks like a directive', () => {
    expect(render('Note:this stays, and so does :toString[that]{#x}.')).toBe('<p>Note:this stays, and so does :toString[that].</p>');
  });
});
