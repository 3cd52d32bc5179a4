import type { AttributionLink } from '../content/schemas/claim.ts';
import type { CorpusIndex } from './corpus.ts';
import { linkPhrase } from './words.ts';

/**
 * A chain link with its names, for text that leaves the page (feeds, JSON-LD): the source's own
 * name, and the article's wording for it only when that differs ("he", "the ministry"), so a reader
 * never has to guess who "it" is. A venue carries the article's own words for it (`venueAs`).
 */
export interface NamedLink {
  source: string;
  /** The source's own name (its id when the record is missing, which the content check refuses). */
  name: string;
  /** The article's words for the source here, when they are not its name. */
  as?: string | undefined;
  verb: string;
  /** The verb when it reads before the name ("according to"), or after it ("said"). */
  before?: string | undefined;
  after?: string | undefined;
  venue?: { id: string; name: string; as?: string | undefined } | undefined;
}

/** Words that say the name itself: not a case, a leading article ("the") or spacing away from it. */
const bare = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/^(a|an|the)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
const same = (a: string, b: string) => bare(a) === bare(b);

export function namedChain(index: CorpusIndex, links: readonly AttributionLink[]): NamedLink[] {
  const nameOf = (id: string) => index.sources.get(id)?.data.name ?? id;
  return links.map((link) => {
    const name = nameOf(link.source);
    return {
      source: link.source,
      name,
      ...(link.as && !same(link.as, name) ? { as: link.as } : {}),
      verb: link.verb,
      ...linkPhrase(link),
      ...(link.venue ? { venue: { id: link.venue, name: nameOf(link.venue), ...(link.venueAs ? { as: link.venueAs } : {}) } } : {}),
    };
  });
}

/** "Khawaja Asif (“he” in the article)". */
export function nameWithWording(link: Pick<NamedLink, 'name' | 'as'>): string {
  return link.as ? `${link.name} (“${link.as}” in the article)` : link.name;
}

/**
 * Where it was said, in the article's words, with the venue's name when those words do not carry
 * it: "on Geo News", "in a statement (The group's statement)". Without the article's words, the
 * name alone, marked as the venue: no preposition is made up.
 */
export function venueWords(venue: NonNullable<NamedLink['venue']>): string {
  if (!venue.as) return `(venue: ${venue.name})`;
  return venue.as.toLocaleLowerCase().includes(venue.name.toLocaleLowerCase()) ? venue.as : `${venue.as} (${venue.name})`;
}

/** One link as a phrase: "according to Geo News", "Khawaja Asif (“Asif” in the article) said on Geo News". */
export function linkText(link: NamedLink): string {
  const who = nameWithWording(link);
  const core = link.before ? `${link.before} ${who}` : `${who} ${link.after ?? link.verb}`;
  return link.venue ? `${core} ${venueWords(link.venue)}` : core;
}

/** A whole chain, starting at the article: "The article → according to Geo News → Khawaja Asif said". */
export function chainText(links: readonly NamedLink[], article = 'The article'): string {
  return [article, ...links.map(linkText)].join(' → ');
}
