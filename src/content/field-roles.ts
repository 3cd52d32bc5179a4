import type { CollectionName } from './collections.ts';

/**
 * What some fields mean beyond their type, which a schema cannot say: an id that names a record
 * of another folder, words that must be copied from the article, the passage a record sits on.
 * The checker's rules check these, and `npm run new` checks an editor's answers by them, so a new
 * field of one of these kinds is declared here once.
 *
 * A path names a field from the top of the record; `*` stands for every item of a list.
 */
export type FieldPath = readonly string[];

export interface Reference {
  path: FieldPath;
  /** The folder whose file names the ids are. */
  to: CollectionName;
  /** Records of one article link only records of the same article here. */
  sameArticle?: boolean;
}

export const REFERENCES: Record<CollectionName, readonly Reference[]> = {
  articles: [],
  sources: [{ path: ['partOf'], to: 'sources' }],
  claims: [
    { path: ['article'], to: 'articles' },
    { path: ['attribution', '*', 'source'], to: 'sources' },
    { path: ['attribution', '*', 'venue'], to: 'sources' },
    { path: ['relations', '*', 'claim'], to: 'claims' },
    { path: ['events', '*'], to: 'events', sameArticle: true },
    { path: ['sameAs'], to: 'claims' },
  ],
  quotes: [
    { path: ['article'], to: 'articles' },
    { path: ['speaker'], to: 'sources' },
    { path: ['venue'], to: 'sources' },
    { path: ['claims', '*'], to: 'claims', sameArticle: true },
  ],
  events: [
    { path: ['article'], to: 'articles' },
    { path: ['sources', '*'], to: 'sources' },
    { path: ['after', '*'], to: 'events', sameArticle: true },
    { path: ['sameAs'], to: 'events' },
  ],
  stories: [{ path: ['articles', '*'], to: 'articles' }],
};

/** The reference a field is, by where it sits in a record (`['events', 1]`), if it is one. */
export function referenceAt(collection: CollectionName, path: readonly PropertyKey[]): Reference | undefined {
  return REFERENCES[collection].find((ref) => ref.path.length === path.length && ref.path.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i])));
}

/** Words the article must contain (case aside), so that a chain reads as the article reads; `what` names them in messages. */
export const ARTICLE_WORDS: Record<CollectionName, readonly { path: FieldPath; what: string }[]> = {
  articles: [],
  sources: [],
  claims: [
    { path: ['attribution', '*', 'verb'], what: 'verb' },
    { path: ['attribution', '*', 'as'], what: 'name' },
    { path: ['attribution', '*', 'venueAs'], what: 'venue wording' },
    { path: ['hedges', '*'], what: 'hedge' },
  ],
  quotes: [{ path: ['verb'], what: 'verb' }],
  events: [],
  stories: [],
};

/** Where a record's text quote selector is: claims and events have an `anchor` group, a quote its own `text`. */
export interface AnchorFields {
  exact: FieldPath;
  prefix: FieldPath;
  suffix: FieldPath;
}

export const ANCHORS: Partial<Record<CollectionName, AnchorFields>> = {
  claims: { exact: ['anchor', 'exact'], prefix: ['anchor', 'prefix'], suffix: ['anchor', 'suffix'] },
  quotes: { exact: ['text'], prefix: ['prefix'], suffix: ['suffix'] },
  events: { exact: ['anchor', 'exact'], prefix: ['anchor', 'prefix'], suffix: ['anchor', 'suffix'] },
};

/** Every value at a path of a record, with where it sits (`['attribution', 1, 'source']`) and the group that holds it. */
export function valuesAt(data: unknown, path: FieldPath): { value: unknown; at: (string | number)[]; holder: unknown }[] {
  const found: { value: unknown; at: (string | number)[]; holder: unknown }[] = [];
  const walk = (node: unknown, rest: FieldPath, at: (string | number)[], holder: unknown) => {
    const [head, ...tail] = rest;
    if (head === undefined) {
      if (node !== undefined) found.push({ value: node, at, holder });
      return;
    }
    if (head === '*') {
      if (Array.isArray(node)) node.forEach((item: unknown, i) => walk(item, tail, [...at, i], node));
      return;
    }
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, head)) {
      walk(Reflect.get(node, head), tail, [...at, head], node);
    }
  };
  walk(data, path, [], data);
  return found;
}
