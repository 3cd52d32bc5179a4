import type { AttributionLink, ClaimData } from '../content/schemas/claim.ts';
import type { QuoteData } from '../content/schemas/quote.ts';
import type { CorpusIndex, Rec } from './corpus.ts';
import { textDirection } from './text-direction.ts';
import { inSentence } from './views.ts';
import { KIND_LABELS, linkPhrase, STATUS_LABELS } from './words.ts';

/**
 * What a share card says, worked out from the index: the claim or quote, its whole attribution
 * chain, kind and status in words. Drawing is in src/render/cards.ts, caching in src/build/card-cache.ts;
 * this part is pure, and it is also what the card's hash is taken of.
 */

export interface CardLink {
  /** The source as the card names it: see `cardName`. */
  name: string;
  /** The article's verb for this link. */
  verb?: string | undefined;
  /**
   * The verb reads before the name, as the site's chains put it (`linkPhrase`): "According to Afghan
   * news channels", not "Afghan news channels (According to)". Only for verbs in left-to-right
   * letters: the card lays its chain out left to right, so an Arabic بحسب before its name would read
   * after it; such a verb stays after the name, in brackets.
   */
  verbFirst?: true;
  /** Where it was said, in the article's own words ("in a statement"), or "on" and the venue's name. */
  venue?: string | undefined;
  /** The source's name in its own script. */
  native?: { text: string; lang: string } | undefined;
}

export interface CardInput {
  kind: 'claim' | 'quote';
  id: string;
  /** Kind and status in words: "Demand · Unverified", "Quote · verbatim as printed". */
  label: string;
  /** The kind alone, in running text: "demand"; for a quote, "verbatim". */
  kindWords: string;
  /** The claim's statement, or the quote's words. */
  text: string;
  /** After the article, outermost first; empty when the article speaks in its own voice. */
  chain: CardLink[];
  /** One sentence on what the status means. */
  status: string;
  /** The article's title on this site. */
  article: string;
  /** Where the card's page lives, shown small: `claimline.example.org`. */
  site: string;
}

const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(a|an|the)\s+/, '')
    .trim();

/**
 * How a card names a source, out of the article's context: its name, with the article's wording
 * beside it in brackets when that differs ("Pakistan [Islamabad]"); the wording alone when it says
 * at least as much as the name ("a TOLONews report", "Pakistan's Defence Minister Khawaja Asif"),
 * the name alone when the wording is a short form of it ("Asif").
 */
export function cardName(name: string, as: string | undefined): string {
  if (!as) return name;
  if (bare(as).includes(bare(name))) return as;
  if (bare(name).includes(bare(as))) return name;
  return `${name} [${as}]`;
}

function cardLink(index: CorpusIndex, link: AttributionLink): CardLink {
  const source = index.sources.get(link.source);
  const name = source?.data.name ?? link.source;
  const native = source?.data.nativeName;
  // The article's wording is the native name itself, marks aside (《南方日报》, “…”): the name beside it already says it.
  const unmarked = (text: string) => bare(text).replace(/[\p{P}\p{S}\s]/gu, '');
  const shown = cardName(name, native && link.as !== undefined && unmarked(link.as) === unmarked(native.text) ? undefined : link.as);
  const venue = link.venueAs ?? (link.venue ? `on ${index.sources.get(link.venue)?.data.name ?? link.venue}` : undefined);
  const verbFirst = link.verb.trim() !== '' && linkPhrase(link).before !== undefined && textDirection(link.verb) === 'ltr';
  // After a preposition the name reads inside a sentence: "according to the ministry", "selon a report by…".
  return {
    name: verbFirst ? inSentence(shown) : shown,
    verb: link.verb,
    ...(verbFirst ? { verbFirst: true } : {}),
    venue,
    native: native ? { text: native.text, lang: native.lang } : undefined,
  };
}

export function claimCard(index: CorpusIndex, claim: Rec<ClaimData>, site: string): CardInput {
  const status = STATUS_LABELS[claim.data.status];
  return {
    kind: 'claim',
    id: claim.id,
    label: `${KIND_LABELS[claim.data.kind]} · ${status.label}`,
    kindWords: KIND_LABELS[claim.data.kind].toLowerCase(),
    text: claim.data.statement,
    chain: claim.data.attribution.map((link) => cardLink(index, link)),
    status: `${status.label}: ${status.explain[0]?.toLowerCase()}${status.explain.slice(1)}`,
    article: index.articles.get(claim.data.article)?.data.title ?? claim.data.article,
    site,
  };
}

/**
 * A quote's chain is the chain of a claim it carries, up to its speaker: "venomous" is Khawaja Asif's
 * word as the article gives it, and if a report stood between them, the report would be on the card
 * too. A quote whose speaker is in none of its claims' chains gets the speaker alone.
 */
export function quoteChain(index: CorpusIndex, quote: Rec<QuoteData>): AttributionLink[] {
  for (const claimId of quote.data.claims) {
    const chain = index.claims.get(claimId)?.data.attribution ?? [];
    const at = chain.findIndex((link) => link.source === quote.data.speaker);
    if (at >= 0) return chain.slice(0, at + 1);
  }
  return [{ source: quote.data.speaker, verb: quote.data.verb ?? '', ...(quote.data.venue ? { venue: quote.data.venue } : {}) }];
}

export function quoteCard(index: CorpusIndex, quote: Rec<QuoteData>, site: string): CardInput {
  const statuses = [...new Set(quote.data.claims.map((id) => index.claims.get(id)?.data.status).filter((s) => s !== undefined))];
  const carried = statuses.map((s) => STATUS_LABELS[s].label.toLowerCase()).join(' and ');
  return {
    kind: 'quote',
    id: quote.id,
    label: 'Quote · verbatim as printed',
    kindWords: 'verbatim',
    text: quote.data.text,
    chain: quoteChain(index, quote).map((link) => {
      const shown = cardLink(index, link);
      return link.verb ? shown : { ...shown, verb: undefined };
    }),
    status: `The words as the article prints them${carried ? `; the claim they carry is ${carried}` : ''}. Printing them does not establish them.`,
    article: index.articles.get(quote.data.article)?.data.title ?? quote.data.article,
    site,
  };
}

/** One link in words: "as per a TOLONews report", "Khawaja Asif (said, on Geo News)". */
export function linkWords(link: CardLink): string {
  const name = link.native ? `${link.name} ${link.native.text}` : link.name;
  if (link.verbFirst) return link.venue ? `${link.verb} ${name} (${link.venue})` : `${link.verb} ${name}`;
  const how = [link.verb, link.venue].filter(Boolean).join(', ');
  return how ? `${name} (${how})` : name;
}

/** The whole chain in words: "The article → as per a TOLONews report → Afghan negotiators (demanded)". */
export function chainWords(chain: CardLink[]): string {
  return chain.length === 0 ? 'The article, in its own voice' : ['The article', ...chain.map(linkWords)].join(' → ');
}

/** The card's `alt` text: everything the picture says, in one paragraph. */
export function cardAlt(input: CardInput): string {
  const what = input.kind === 'claim' ? `Claim (${input.kindWords}): ${input.text}` : `Quote, ${input.kindWords} as printed: “${input.text}”`;
  const stop = /[.?!…]["”]?$/.test(what) ? '' : '.';
  return `${what}${stop} Who says it: ${chainWords(input.chain)}. ${input.status}`;
}
