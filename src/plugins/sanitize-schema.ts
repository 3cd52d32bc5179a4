import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What editors' notes may contain: GitHub's safe subset of HTML, plus the classes our own plugins
 * put on cross-links. Scripts, event handlers, styles and `javascript:` URLs are removed, never run.
 */
export const noteSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
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
