import type { CollectionName } from './collections.ts';

/**
 * The cross-link directives editors write in notes (`:claim[words]{#id}`), and the folder each one
 * names: the content check looks ids up there, and remark-crossref links to that folder's pages.
 */
export const DIRECTIVE_TARGETS = {
  claim: 'claims',
  source: 'sources',
  quote: 'quotes',
  event: 'events',
  article: 'articles',
} as const satisfies Record<string, CollectionName>;

export type DirectiveName = keyof typeof DIRECTIVE_TARGETS;

export function isDirectiveName(name: string): name is DirectiveName {
  return Object.hasOwn(DIRECTIVE_TARGETS, name);
}
