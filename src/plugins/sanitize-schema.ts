import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What editors' notes may contain once rendered: GitHub's safe subset of HTML, narrowed to the
 * content check's text policy (src/content/rules/text-policy.ts), plus the classes our own plugins
 * put on cross-links. The check refuses raw HTML, images and links that are not http or https
 * before anything is built; this schema is the second wall behind it, for whatever reaches the
 * renderer another way: scripts, event handlers, styles, images and other schemes are removed, never run.
 */
export const noteSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // No pictures in notes: a picture from another site would be loaded with the page.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['img', 'picture', 'source'].includes(name)),
  // Only web addresses; `mailto:`, `irc:` and the like are not links this site publishes.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    // One `className` rule for links: with two, the sanitizer keeps only the first (GitHub's
    // footnote class), and cross-links would lose theirs.
    a: [
      ...(defaultSchema.attributes?.['a'] ?? []).filter((rule) => !(Array.isArray(rule) ? rule[0] === 'className' : rule === 'className')),
      ['className', 'data-footnote-backref', 'xref', 'xref--claim', 'xref--source', 'xref--quote', 'xref--event', 'xref--article'],
    ],
  },
};
