import type { ArticleData } from '../content/schemas/article.ts';
import type { AttributionLink, ClaimData } from '../content/schemas/claim.ts';
import type { SourceData } from '../content/schemas/source.ts';
import { oncePerCorpus, type CorpusIndex, type Rec, type Voice } from './corpus.ts';
import { editorTextAttrs, textDirection, textLanguage, type EditorTextAttrs } from './text-direction.ts';
import { nameKey, namesOfSource } from '../content/words.ts';
import { KIND_LABELS, linkPhrase, plural, STATUS_LABELS, VOICE_LABELS } from './words.ts';

/**
 * What the pages say about one claim, quote, event or source, each worked out in one place: who a
 * claim's innermost speaker is, its chain with names, who tells an event. The article model
 * (article.ts) puts them together with where each entry is.
 */

/** A source as a page names and links it. */
export interface SourceLink {
  id: string;
  /** Its name, or the article's words for it here (`as`). */
  name: string;
  /**
   * `rtl` when that name reads right to left (an editor may write a name only in Arabic letters): the
   * element that shows it sets `dir`, so it is not run together with the words around it. Its
   * language is not known from its letters (Arabic, Persian, Urdu…): the content check asks for a
   * `nativeName` with its `lang`.
   */
  dir?: 'rtl' | undefined;
  /** Its page, with the base. */
  href: string;
  /** Its name in its own script, with the direction that script reads in. */
  native?: { text: string; lang: string; dir: 'ltr' | 'rtl' } | undefined;
}

/**
 * One link of an attribution chain: the source by its name, with the article's own words for it
 * when they differ ("Khawaja Asif (“he” in the article) emphasised"), the article's verb, and where it
 * was said in the article's own words ("on Geo News", "in a statement").
 */
export interface ChainLink {
  /** The source, by its own name. */
  source: SourceLink;
  /** The article's words for the source here, when they say something other than its name ("he", "Islamabad"). */
  as?: string | undefined;
  verb: string;
  /** The verb when it reads before the name ("according to"), or after it ("said"). */
  before?: string | undefined;
  after?: string | undefined;
  venue?: VenuePhrase | undefined;
}

/**
 * Where a link was said, as a phrase with the venue's page linked inside it: the article's own
 * words (`venueAs`) with the venue's name as the link when the words carry it ("on [Geo News]"),
 * else the words and the name after them in brackets ("in a statement ([The group's statement])").
 * Without the article's words, the name alone in brackets, marked as the venue ("(venue: [Geo News])").
 * A venue that is no source of the site ("in a statement", `venueAs` alone) is the article's words alone.
 */
export interface VenuePhrase {
  /** The venue's own page, when it is a source of the site. */
  source?: SourceLink | undefined;
  /** The article's own words for the venue, when the editor copied them. */
  words?: string | undefined;
  /** The phrase in parts, to be written one after the other: the article's words (`article`), the link to the venue (`href`), the site's own. */
  parts: { text: string; href?: string; article?: boolean }[];
}

const bare = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/^(a|an|the)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The article's words for a source, when they say something other than its name: not a case or article ("the") away from it. */
export function differentWords(name: string, as: string | undefined): string | undefined {
  return as !== undefined && bare(as) !== bare(name) ? as : undefined;
}

export function venuePhrase(source: SourceLink, words: string | undefined): VenuePhrase {
  const link = (text: string) => ({ text, href: source.href });
  if (words === undefined) return { source, parts: [{ text: '(venue: ' }, link(source.name), { text: ')' }] };
  const at = words.toLocaleLowerCase().indexOf(source.name.toLocaleLowerCase());
  if (at < 0) return { source, words, parts: [{ text: words, article: true }, { text: ' (' }, link(source.name), { text: ')' }] };
  const end = at + source.name.length;
  return {
    source,
    words,
    parts: [{ text: words.slice(0, at), article: true }, link(words.slice(at, end)), { text: words.slice(end), article: true }].filter(
      (part) => part.text !== '',
    ),
  };
}

export function sourceLink(index: CorpusIndex, id: string, base: string, as?: string): SourceLink {
  const source: Rec<SourceData> | undefined = index.sources.get(id);
  const native = source?.data.nativeName;
  const name = as ?? sourceName(index, id);
  return {
    id,
    name,
    ...(textDirection(name) === 'rtl' ? { dir: 'rtl' as const } : {}),
    href: `${base}sources/${id}/`,
    ...(native ? { native: { text: native.text, lang: native.lang, dir: textDirection(native.text) } } : {}),
  };
}

/** A claim's chain, outermost first, after the article: each source by its name, with the article's words beside it. */
export function chainOf(index: CorpusIndex, links: readonly AttributionLink[], base: string): ChainLink[] {
  return links.map((link) => {
    const source = sourceLink(index, link.source, base);
    return {
      source,
      as: differentWords(source.name, link.as),
      verb: link.verb,
      ...linkPhrase(link),
      ...(link.venue
        ? { venue: venuePhrase(sourceLink(index, link.venue, base), link.venueAs) }
        : link.venueAs
          ? { venue: { words: link.venueAs, parts: [{ text: link.venueAs, article: true }] } }
          : {}),
    };
  });
}

/** One link in words, for text without markup (a title, a feed): "Khawaja Asif (“Asif” in the article) said on Geo News". */
export function linkText(link: ChainLink): string {
  const name = link.as ? `${link.source.name} (“${link.as}” in the article)` : link.source.name;
  const venue = link.venue ? ` ${link.venue.parts.map((part) => part.text).join('')}` : '';
  return `${link.before ? `${link.before} ${inSentence(name)}` : name}${link.after ? ` ${link.after}` : ''}${venue}`;
}

/** A whole chain in words: "The article → according to Afghan news channels → Pakistan (“Islamabad” in the article) has claimed". */
export function chainText(chain: readonly ChainLink[], article = 'The article'): string {
  return chain.length === 0 ? `${article}, in its own voice` : [article, ...chain.map(linkText)].join(' → ');
}

/** A source's name; its id when it has none (a reference the content check would refuse). */
export function sourceName(index: CorpusIndex, id: string): string {
  return index.sources.get(id)?.data.name ?? id;
}

/** The source a name stands for (its `name`, one of its `aliases` or its name in its own script, spaces and capitals aside), when one does. */
const sourcesByName = oncePerCorpus((index) => {
  const byName = new Map<string, string>();
  for (const source of index.sources.values()) {
    for (const name of namesOfSource(source.data)) if (!byName.has(nameKey(name))) byName.set(nameKey(name), source.id);
  }
  return byName;
});

/** The id of the source a name stands for (an article's publisher or agency), when the site has one of that name. */
export function sourceNamed(index: CorpusIndex, name: string | null | undefined): string | undefined {
  return name ? sourcesByName(index).get(nameKey(name)) : undefined;
}

/** The page of the source an article names as its publisher or agency, with the base, when the site has one of that name. */
export function printerPage(index: CorpusIndex, name: string | null | undefined, base: string): string | undefined {
  const id = sourceNamed(index, name);
  return id ? `${base}sources/${id}/` : undefined;
}

/** A name an editor wrote for an article (its publisher, its title), with the `lang` and `dir` it is shown with wherever it is shown. */
export interface ArticleName {
  text: string;
  attrs: EditorTextAttrs;
}

/** The article's publisher (صحيفة الرافد), in the article's language and direction when written in its letters; none when the article names none. */
export function publisherName(article: Rec<ArticleData>): ArticleName | undefined {
  const { publisher, language } = article.data;
  return publisher ? { text: publisher, attrs: editorTextAttrs(publisher, textLanguage(language)) } : undefined;
}

/** The article's title, likewise. */
export function titleName(article: Rec<ArticleData>): ArticleName {
  return { text: article.data.title, attrs: editorTextAttrs(article.data.title, textLanguage(article.data.language)) };
}

/** An article by its publisher, or by its title when it names none: how threads and stories name the articles they list. */
export function articleName(article: Rec<ArticleData>): ArticleName {
  return publisherName(article) ?? titleName(article);
}

/** Who says a claim in the end: its innermost source's name, or nothing when the article says it in its own voice. */
export function speakerOf(index: CorpusIndex, claim: Rec<ClaimData>): string | undefined {
  const innermost = claim.data.attribution.at(-1);
  return innermost ? sourceName(index, innermost.source) : undefined;
}

/**
 * A name as it reads inside a sentence: a leading "A", "An" or "The" is the English article, not
 * part of a title, before a word in lower case ("according to an official", "via the ministry") and
 * in a description that ends in one ("via the TOLONews report", "an Al Jazeera correspondent"),
 * while a title, its words capitalised, keeps it ("The Guardian", "The New York Times").
 */
export function inSentence(name: string): string {
  return name.replace(/^(A|An|The)(?= \p{Ll}| .*\s\p{Ll}[^\s]*$)/u, (article) => article.toLowerCase());
}

/**
 * Who claims a claim, to stand before its statement wherever the statement stands alone (a heading,
 * a page title), so that it never reads as the site's own: "According to Khawaja Asif", "According
 * to Afghan negotiators, via the TOLONews report", "In the article's own voice". "According to" needs
 * no verb agreeing with the name ("Afghan negotiators say", "Geo News says").
 */
export function whoClaims(index: CorpusIndex, claim: Rec<ClaimData>): string {
  const names = claim.data.attribution.map((link) => inSentence(sourceName(index, link.source)));
  const speaker = names.at(-1);
  // A claim the article makes itself but hedges ("reportedly", "it is said") would read as the
  // article's firm word without its hedge: the hedge goes with it, in the article's words.
  const hedges = claim.data.hedges.map((hedge) => `“${hedge}”`).join(', ');
  if (speaker === undefined) return `In the article's own voice${hedges ? `, hedged (${hedges})` : ''}`;
  const relays = names.slice(0, -1).reverse();
  return `According to ${speaker}${relays.length > 0 ? `, via ${relays.join(', via ')}` : ''}`;
}

const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/**
 * Counts as a sentence says them, a kind with none left out: "3 claims, 1 event and 2 quotes",
 * "1 quote"; empty when every count is zero. A reader learns nothing from "0 events".
 */
export function countsText(counts: readonly (readonly [count: number, one: string, many?: string])[]): string {
  return AND.format(counts.filter(([count]) => count > 0).map(([count, one, many]) => plural(count, one, many)));
}

/** A claim's kind, status and voice, in words. */
export function claimWords(
  index: CorpusIndex,
  claim: Rec<ClaimData>,
): {
  kind: string;
  status: { value: ClaimData['status']; label: string; explain: string };
  voice: Voice;
  voiceWords: { label: string; explain: string };
} {
  const voice = index.voice(claim);
  return {
    kind: KIND_LABELS[claim.data.kind],
    status: { value: claim.data.status, ...STATUS_LABELS[claim.data.status] },
    voice,
    voiceWords: VOICE_LABELS[voice],
  };
}

/** Whether the article tells an event in its own voice, only passes on others' word of it, or only shows it in its text. */
export type Told = 'article' | 'reported' | 'text';

export function toldBy(index: CorpusIndex, claims: readonly Rec<ClaimData>[]): Told {
  if (claims.some((claim) => index.voice(claim) === 'article')) return 'article';
  return claims.length > 0 ? 'reported' : 'text';
}

export const TOLD_WORDS: Record<Told, { tag: string; short: string; sentence: string }> = {
  article: { tag: 'Told by the article in its own voice', short: 'Told by the article', sentence: 'told by the article itself' },
  reported: { tag: 'Reported, not established', short: 'Reported, not established', sentence: 'known only from what sources say' },
  text: { tag: 'Shown in the text; no claim about it', short: 'In the text', sentence: 'shown in its text' },
};
