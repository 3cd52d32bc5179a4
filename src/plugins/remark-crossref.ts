import type { PhrasingContent, Root } from 'mdast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { DIRECTIVE_TARGETS, isDirectiveName } from '../content/directives.ts';

export interface Options {
  /** The site's base path, so links work under a sub-path. Default: `/`. */
  base?: string;
}

/**
 * Turn cross-links in editors' notes into links: `:claim[the US pact]{#pact-with-united-states}`
 * becomes `<a href="/claims/pact-with-united-states/" class="xref xref--claim">the US pact</a>`.
 * `:event[...]{#id}` links to the event's own page.
 * The content check has already refused unknown ids; any other `:word` is put back as the text it
 * was, so a note that says "Note:this" is not swallowed as a directive.
 */
export function remarkCrossref(options: Options = {}): Transformer<Root> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' || !parent || index === undefined) return;
      const id = node.attributes?.id;
      if (id && isDirectiveName(node.name)) {
        const route = DIRECTIVE_TARGETS[node.name];
        const link: PhrasingContent = {
          type: 'link',
          url: `${base}${route}/${id}/`,
          children: node.children,
          data: { hProperties: { className: ['xref', `xref--${node.name}`] } },
        };
        parent.children.splice(index, 1, link);
        return;
      }
      const restored: PhrasingContent[] = [{ type: 'text', value: `:${node.name}` }];
      if (node.children.length > 0) restored.push({ type: 'text', value: '[' }, ...node.children, { type: 'text', value: ']' });
      parent.children.splice(index, 1, ...restored);
      return index + restored.length;
    });
  };
}
