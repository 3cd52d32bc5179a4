import type {
  Claim,
  ClaimReview,
  CorrectionComment,
  CreativeWork,
  Graph,
  IdReference,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  Thing,
  WithContext,
} from 'schema-dts';
import type { AttributionLink } from '../content/schemas/claim.ts';
import type { Correction } from '../content/schemas/correction.ts';
import { normalizeDate, type DateInput, type NormalizedDate } from '../content/schemas/date.ts';
import type { SourceData } from '../content/schemas/source.ts';
import type { CorpusIndex, Rec } from '../model/corpus.ts';
import { STATUS_LABELS } from '../model/words.ts';
import { chainOf, linkText, sourceNamed } from '../model/views.ts';
import { lastChanged, recordModified, type RecordWithFile } from './last-changed.ts';

/**
 * Structured data for search engines and other readers of schema.org, built from the same records
 * as the pages. It follows the site's rule: nothing is stated that the content does not carry. A
 * publisher, a date or a rating the content does not record is left out, never filled in.
 * @see https://schema.org/Claim
 * @see https://schema.org/Quotation
 * @see https://schema.org/NewsArticle
 * @see https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */

/** What the builders need: the corpus, and where a page of the site lives. */
export interface LdContext {
  index: CorpusIndex;
  /** The absolute address of a path inside the site (`claims/x/`), base path included. */
  url(path: string): string;
  /** When a record last changed (`dateModified`), or undefined when that is not known. */
  modified(record: RecordWithFile): string | undefined;
}

/**
 * `root` is the site's address with its base path, such as `https://example.org/analysis/`.
 * `changed` says when files last changed: by default the project's git history (src/publish/last-changed.ts).
 */
export function ldContext(
  index: CorpusIndex,
  root: URL | string,
  { changed = lastChanged }: { changed?: (files: readonly string[]) => Date | undefined } = {},
): LdContext {
  const base = new URL(root);
  base.pathname = base.pathname.replace(/\/?$/, '/');
  return { index, url: (path) => new URL(path.replace(/^\//, ''), base).href, modified: (record) => recordModified(record, changed) };
}

/**
 * A record's history as schema.org has it: `dateModified`, and each correction or update as a
 * `CorrectionComment` (oldest first, as the record lists them). Only for creative works: a person
 * or an organisation has neither property.
 * @see https://schema.org/correction
 */
function historyOf(
  ctx: LdContext,
  record: Omit<RecordWithFile, 'data'> & { data: { corrections: readonly Correction[] } },
): { dateModified?: string; correction?: CorrectionComment[] } {
  const modified = ctx.modified(record);
  const corrections = record.data.corrections.map((c): CorrectionComment => ({
    '@type': 'CorrectionComment',
    name: c.kind === 'correction' ? 'Correction' : 'Update',
    datePublished: c.date,
    text: `${c.kind === 'correction' ? 'Corrected' : 'Updated'}. Was: ${c.was} Now: ${c.now}`,
  }));
  return { ...(modified ? { dateModified: modified } : {}), ...(corrections.length > 0 ? { correction: corrections } : {}) };
}

/**
 * Node ids: the page's address and a fragment naming what it describes, so that a claim, its
 * article and its sources link up across pages into one graph.
 */
export const ldId = {
  article: (ctx: LdContext, id: string) => `${ctx.url(`articles/${id}/`)}#article`,
  claim: (ctx: LdContext, id: string) => `${ctx.url(`claims/${id}/`)}#claim`,
  review: (ctx: LdContext, id: string) => `${ctx.url(`claims/${id}/`)}#review`,
  appearance: (ctx: LdContext, claimId: string, position: number) => `${ctx.url(`claims/${claimId}/`)}#appearance-${position}`,
  quote: (ctx: LdContext, id: string) => `${ctx.url(`quotes/${id}/`)}#quote`,
  source: (ctx: LdContext, id: string) => `${ctx.url(`sources/${id}/`)}#source`,
};

/**
 * A date for `datePublished` and the like, to the precision it is known (`2025`, `2025-10`,
 * `2025-10-28`), or nothing. schema.org has no way to say "on or after" or "worked out from the
 * text", so a qualified or inferred date is left out rather than stated as a plain date.
 */
export function ldDate(date: NormalizedDate | DateInput | undefined): string | undefined {
  if (!date) return undefined;
  const normalized = 'precision' in date ? date : normalizeDate(date);
  if (normalized.value === null || normalized.qualifier !== 'on' || normalized.inferred) return undefined;
  return normalized.value;
}

/** The object forms of schema-dts's types, which also allow a bare string. */
type Agent = Exclude<Person | Organization, string>;
type Work = Exclude<CreativeWork, string>;

/** Sources that are works (a report, a post) rather than someone who speaks. */
const WORK_KINDS = new Set<SourceData['kind']>(['report', 'post']);

function agentType(kind: SourceData['kind']): 'Person' | 'NewsMediaOrganization' | 'GovernmentOrganization' | 'Organization' {
  if (kind === 'person') return 'Person';
  if (kind === 'outlet') return 'NewsMediaOrganization';
  if (kind === 'government') return 'GovernmentOrganization';
  // An unnamed group ("Afghan negotiators") is the nearest thing schema.org has to a collective.
  return 'Organization';
}

/** A short reference to a source: its type, id and name; the full node is on the source's page. */
function sourceRef(ctx: LdContext, source: Rec<SourceData>): Agent | Work {
  const base = { '@id': ldId.source(ctx, source.id), name: source.data.name };
  if (source.data.kind === 'report') return { '@type': 'Report', ...base };
  if (source.data.kind === 'post') return { '@type': 'SocialMediaPosting', ...base };
  return { '@type': agentType(source.data.kind), ...base } as Agent;
}

/**
 * Who is behind a source, as a Person or Organization: the source itself when it speaks, or for a
 * report or a post the source it belongs to (`partOf`). Undefined when the content names nobody.
 */
export function agentOf(ctx: LdContext, sourceId: string | undefined): Agent | undefined {
  const seen = new Set<string>();
  for (let id = sourceId; id && !seen.has(id); id = ctx.index.sources.get(id)?.data.partOf) {
    seen.add(id);
    const source = ctx.index.sources.get(id);
    if (!source) return undefined;
    if (!WORK_KINDS.has(source.data.kind)) return sourceRef(ctx, source) as Agent;
  }
  return undefined;
}

/** The full node for a source's own page. */
export function sourceJsonLd(ctx: LdContext, sourceId: string): Agent | Work {
  const source = ctx.index.sources.get(sourceId);
  if (!source) throw new Error(`No source \`${sourceId}\`.`);
  const d = source.data;
  const alternateName = [...d.aliases, ...(d.nativeName ? [d.nativeName.text] : [])];
  const common = {
    ...sourceRef(ctx, source),
    description: d.description,
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(d.url ? { url: d.url } : {}),
  };
  if (WORK_KINDS.has(d.kind)) {
    const author = agentOf(ctx, d.partOf);
    const published = ldDate(d.date);
    return { ...(common as Work), ...(author ? { author } : {}), ...(published ? { datePublished: published } : {}), ...historyOf(ctx, source) } as Work;
  }
  if (d.kind === 'person') return { ...(common as Exclude<Person, string>), ...(d.role ? { jobTitle: d.role } : {}) } as Agent;
  return common as Agent;
}

/**
 * The article as a NewsArticle. `headline` is the original headline when the content records one;
 * otherwise the site's own descriptive title stands in (schema.org requires a headline for
 * articles). No publisher, address or date is given that the content does not carry.
 */
export function articleJsonLd(ctx: LdContext, articleId: string): NewsArticle {
  const article = ctx.index.articles.get(articleId);
  if (!article) throw new Error(`No article \`${articleId}\`.`);
  const { title, headline, publisher, url, language, summary, agency } = article.data;
  const published = ldDate(article.data.published);
  const page = ctx.url(`articles/${article.id}/`);
  return {
    '@type': 'NewsArticle',
    '@id': ldId.article(ctx, article.id),
    headline: headline ?? title,
    description: summary,
    inLanguage: language,
    ...(url ? { url } : {}),
    ...(publisher ? { publisher: printer(ctx, 'Organization', publisher) } : {}),
    // The agency whose copy it is: the organisation its writer worked for, as schema.org words it.
    ...(agency ? { sourceOrganization: printer(ctx, 'NewsMediaOrganization', agency) } : {}),
    ...(published ? { datePublished: published } : {}),
    ...historyOf(ctx, article),
    // This site's page is an analysis of the article, not the article itself.
    subjectOf: { '@type': 'WebPage', '@id': page, url: page, name: title },
  };
}

/**
 * An article's publisher or agency: the site's source of that name (or alias, "dpa" for Deutsche
 * Presse-Agentur), by its `@id` and its own name, so the data joins the outlet's claims to the
 * articles it printed; else the name as the article gives it.
 */
function printer<T extends 'Organization' | 'NewsMediaOrganization'>(ctx: LdContext, type: T, name: string): { '@type': T; '@id'?: string; name: string } {
  const id = sourceNamed(ctx.index, name);
  const source = id === undefined ? undefined : ctx.index.sources.get(id);
  return source ? { '@type': type, '@id': ldId.source(ctx, source.id), name: source.data.name } : { '@type': type, name };
}

/** The article as another page's JSON-LD names it: enough to tell which, and its `@id` for the rest. */
export function articleRef(ctx: LdContext, articleId: string): NewsArticle {
  const { '@type': type, '@id': id, headline, datePublished, publisher } = articleJsonLd(ctx, articleId);
  return { '@type': type, '@id': id, headline, ...(datePublished ? { datePublished } : {}), ...(publisher ? { publisher } : {}) } as NewsArticle;
}

/**
 * One link of an attribution chain as the place the claim appears: a report or a post is itself
 * the work; what a person, outlet, government or group said is an unnamed work by them, published
 * on the venue when the article names one. Its description names the source, with the article's
 * own wording beside the name when it differs, and the venue in the article's words.
 */
function appearanceOf(ctx: LdContext, claimId: string, link: AttributionLink, position: number): Work | IdReference {
  const source = ctx.index.sources.get(link.source);
  if (!source) return { '@id': ldId.source(ctx, link.source) };
  const [named] = chainOf(ctx.index, [link], '');
  const description = `Link ${position} of the chain: ${named ? linkText(named) : source.data.name}.`;
  if (WORK_KINDS.has(source.data.kind)) {
    const author = agentOf(ctx, source.data.partOf);
    return { ...(sourceRef(ctx, source) as Work), description, ...(author ? { author } : {}) } as Work;
  }
  const author = agentOf(ctx, source.id);
  const venue = link.venue ? agentOf(ctx, link.venue) : undefined;
  return {
    '@type': 'CreativeWork',
    '@id': ldId.appearance(ctx, claimId, position),
    description,
    ...(author ? { author } : {}),
    ...(venue ? { publisher: venue } : {}),
  };
}

/**
 * A claim as schema.org `Claim`: its author is the innermost source (who the chain ends with), one
 * `appearance` per link of the chain, outermost first, and the article as `firstAppearance`: the
 * earliest occurrence the site has seen, since the links before it are known only through it.
 */
export function claimJsonLd(ctx: LdContext, claimId: string): Claim {
  const claim = ctx.index.claims.get(claimId);
  if (!claim) throw new Error(`No claim \`${claimId}\`.`);
  const article = ctx.index.articles.get(claim.data.article);
  const innermost = claim.data.attribution.at(-1);
  // In the article's own voice the author is its publisher, when the content names one.
  const author = innermost
    ? agentOf(ctx, innermost.source)
    : article?.data.publisher
      ? ({ '@type': 'Organization', name: article.data.publisher } satisfies Organization)
      : undefined;
  const appearance = claim.data.attribution.map((link, i) => appearanceOf(ctx, claim.id, link, i + 1));
  return {
    '@type': 'Claim',
    '@id': ldId.claim(ctx, claim.id),
    url: ctx.url(`claims/${claim.id}/`),
    text: claim.data.statement,
    ...(author ? { author } : {}),
    ...(appearance.length > 0 ? { appearance } : {}),
    // The article by its id, headline, date and publisher: the article's page carries the rest of it.
    ...(article ? { firstAppearance: articleRef(ctx, article.id) } : {}),
    ...historyOf(ctx, claim),
  };
}

/**
 * A ClaimReview, only for a claim whose content carries a published check (`verified` or
 * `refuted` with a `review`). The rating is the check's finding in words; no numeric scale is made up.
 */
export function claimReviewJsonLd(ctx: LdContext, claimId: string): ClaimReview | undefined {
  const claim = ctx.index.claims.get(claimId);
  const review = claim?.data.review;
  if (!claim || !review || claim.data.status === 'unverified') return undefined;
  const published = ldDate(review.date);
  return {
    '@type': 'ClaimReview',
    '@id': ldId.review(ctx, claim.id),
    url: review.url,
    claimReviewed: claim.data.statement,
    itemReviewed: { '@id': ldId.claim(ctx, claim.id) },
    // Fact checks are published by someone; schema.org takes a Person or an Organization, and the
    // content says only who, so the name is given without guessing which.
    author: { '@type': 'Organization', name: review.by },
    ...(published ? { datePublished: published } : {}),
    reviewRating: { '@type': 'Rating', alternateName: STATUS_LABELS[claim.data.status].label, ratingExplanation: review.summary },
  };
}

/**
 * Words printed as someone's as a `Quotation`: `creator` is who is behind the speaker, and
 * `spokenByCharacter` the speaker itself when it is a person or a body that speaks (not a report).
 */
export function quoteJsonLd(ctx: LdContext, quoteId: string): Quotation {
  const quote = ctx.index.quotes.get(quoteId);
  if (!quote) throw new Error(`No quote \`${quoteId}\`.`);
  const article = ctx.index.articles.get(quote.data.article);
  const speaker = ctx.index.sources.get(quote.data.speaker);
  const creator = agentOf(ctx, quote.data.speaker);
  const spoken = speaker && !WORK_KINDS.has(speaker.data.kind) ? creator : undefined;
  const said = quote.data.date ? ldDate(quote.data.date) : undefined;
  return {
    '@type': 'Quotation',
    '@id': ldId.quote(ctx, quote.id),
    url: ctx.url(`quotes/${quote.id}/`),
    text: quote.data.text,
    ...(article ? { inLanguage: article.data.language, isPartOf: { '@id': ldId.article(ctx, article.id) } } : {}),
    ...(creator ? { creator } : {}),
    ...(spoken ? { spokenByCharacter: spoken } : {}),
    ...(said ? { dateCreated: said } : {}),
    ...historyOf(ctx, quote),
  };
}

/** One node with its `@context`, or several as a `@graph`. */
export function withContext(nodes: Thing | readonly Thing[]): WithContext<Thing> | Graph {
  if (Array.isArray(nodes)) return nodes.length === 1 ? withContext(nodes[0] as Thing) : { '@context': 'https://schema.org', '@graph': nodes };
  return { '@context': 'https://schema.org', ...(nodes as Exclude<Thing, string>) } as WithContext<Thing>;
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so that no string in
 * the data can close the script element early (`</script>`), and U+2028/U+2029 for old parsers.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
