import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What editors' notes may contain: GitHub's safe subset of HTML, plus the classes our own plugins
 * put on cross-links. Scripts, event handlers, styles and `javascript:` URLs are removed, never run.
 */
export const noteSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.['a'] ?? []), ['className', 'xref', 'xref--claim', 'xref--source', 'xref--quote', 'xref--event', 'xref--article']],
  },
};
