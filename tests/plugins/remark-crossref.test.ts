import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkCrossref } from '../../src/plugins/remark-crossref.ts';
import { noteSanitizeSchema } from '../../src/plugins/sanitize-schema.ts';

/** The notes pipeline as astro.config.ts sets it up: directives, cross-links, then sanitising. */
const render = (markdown: string, base = '/') =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkCrossref, { base })
      .use(remarkRehype)
      .use(rehypeSanitize, noteSanitizeSchema)
      .use(rehypeStringify)
      .processSync(markdown),
  );

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
