import type { AttributionLink, ClaimData } from '../content/schemas/claim.ts';
import type { SourceData } from '../content/schemas/source.ts';
import type { CorpusIndex, Rec, Voice } from './corpus.ts';
import { textDirection } from './text-direction.ts';
import { KIND_LABELS, linkPhrase, STATUS_LABELS, VOICE_LABELS } from './words.ts';

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
  /** Its page, with the base. */
  href: string;
  /** Its name in its own script, with the direction that script reads in. */
  native?: { text: string; lang: string; dir: 'ltr' | 'rtl' } | undefined;
}

/** One link of an attribution chain, in the article's words: "according to Afghan news channels", "Asif said, on Geo News". */
export interface ChainLink {
  source: SourceLink;
  verb: string;
  /** The verb when it reads before the name ("according to"), or after it ("said"). */
  before?: string | undefined;
  after?: string | undefined;
  venue?: SourceLink | undefined;
}

export function sourceLink(index: CorpusIndex, id: string, base: string, as?: string): SourceLink {
  const source: Rec<SourceData> | undefined = index.sources.get(id);
  const native = source?.data.nativeName;
  return {
    id,
    name: as ?? sourceName(index, id),
    href: `${base}sources/${id}/`,
    ...(native ? { native: { text: native.text, lang: native.lang, dir: textDirection(native.text) } } : {}),
  };
}

/** A claim's chain, outermost first, after the article. */
export function chainOf(index: CorpusIndex, links: readonly AttributionLink[], base: string): ChainLink[] {
  return links.map((link) => ({
    source: sourceLink(index, link.source, base, link.as),
    verb: link.verb,
    ...linkPhrase(link),
    ...(link.venue ? { venue: sourceLink(index, link.venue, base) } : {}),
  }));
}

/** A source's name; its id when it has none (a reference the content check would refuse). */
export function sourceName(index: CorpusIndex, id: string): string {
  return index.sources.get(id)?.data.name ?? id;
}

/** Who says a claim in the end: its innermost source's name, or nothing when the article says it in its own voice. */
export function speakerOf(index: CorpusIndex, claim: Rec<ClaimData>): string | undefined {
  const innermost = claim.data.attribution.at(-1);
  return innermost ? sourceName(index, innermost.source) : undefined;
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
