import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ID_PATTERN } from './schemas/common.ts';
import { resolveAnchor } from './anchor.ts';
import { formatProblem } from './problems.ts';
import { ambiguityHint, lookAlikeHint } from './anchor-hints.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections.ts';
import { normalizeText } from './frontmatter.ts';
import { checkContent } from './check.ts';
import { readContentDir } from './read.ts';
import { describeField, issueToProblem, suggest } from './zod-problems.ts';

/** How the scaffold talks to the editor: a terminal with readline, or a script in a test. */
export interface Io {
  /** Ask one question; the answer, trimmed, or `''` when the editor just presses Enter. */
  ask(question: string): Promise<string>;
  /** Print a line for the editor to read. */
  say(line: string): void;
  /** Whether questions can be asked at all (stdin is a terminal). Without, every answer comes from flags. */
  interactive: boolean;
}

type Kind = 'article' | 'claim' | 'quote' | 'source' | 'event';
const KINDS: Record<Kind, CollectionName> = { article: 'articles', claim: 'claims', quote: 'quotes', source: 'sources', event: 'events' };

/** Every flag, and which record kinds take it. Repeatable flags may be given more than once. */
const FLAGS = {
  root: { kinds: 'all', help: 'The project folder that holds `content/` (default: the current folder).' },
  id: { kinds: 'all', help: 'The id, that is the file name without `.md` (default: made from the title, name or statement).' },
  article: { kinds: ['claim', 'quote', 'event'], help: 'The id of the article (default: the only article, if there is one).' },
  title: { kinds: ['article', 'event'], help: 'The title.' },
  headline: { kinds: ['article'], help: 'The original headline, verbatim (default: none).' },
  publisher: { kinds: ['article'], help: 'Who published the article (default: none).' },
  url: { kinds: ['article', 'source'], help: 'An address starting with https:// (default: none).' },
  published: { kinds: ['article'], help: 'When the article appeared: 2025-10-28, 2025-10 or 2025.' },
  language: { kinds: ['article'], help: 'The language as a BCP 47 tag (default: en).' },
  summary: { kinds: ['article'], help: 'Two or three careful sentences.' },
  'text-file': { kinds: ['article'], help: 'A plain-text file with the article text, copied in verbatim as the body.' },
  statement: { kinds: ['claim'], help: 'The assertion, written neutrally as stated.' },
  kind: { kinds: ['claim', 'source'], help: 'What kind of claim or source it is.' },
  exact: { kinds: ['claim', 'event'], help: 'The words of the article the record sits on, copied from it.' },
  text: { kinds: ['quote'], help: 'The quoted words, exactly as printed, without the quotation marks around them.' },
  prefix: { kinds: ['claim', 'quote', 'event'], help: 'The text right before, when the words occur more than once.' },
  suffix: { kinds: ['claim', 'quote', 'event'], help: 'The text right after, when the words occur more than once.' },
  source: { kinds: ['claim'], multiple: true, help: 'Who says it, as a source id; repeat for a chain, outermost first.' },
  verb: { kinds: ['claim', 'quote'], multiple: true, help: "The article's verb for each --source (or for the quote), copied from it." },
  as: { kinds: ['claim'], multiple: true, help: "The article's words for each --source, when they differ from its name ('' for none)." },
  hedge: { kinds: ['claim'], multiple: true, help: 'A hedging word the article uses for the claim ("reportedly").' },
  event: { kinds: ['claim'], multiple: true, help: 'The id of an event the claim is about.' },
  speaker: { kinds: ['quote'], help: 'Who spoke the words, as a source id.' },
  claim: { kinds: ['quote'], multiple: true, help: 'The id of a claim the quote carries.' },
  name: { kinds: ['source'], help: 'The name, as the article gives it.' },
  description: { kinds: ['source'], help: 'One line on who or what this is, in the terms the article gives.' },
  role: { kinds: ['source'], help: 'For a person: the role the article gives.' },
  affiliation: { kinds: ['source'], help: 'For a person: whom they belong to or speak for.' },
  'part-of': { kinds: ['source'], help: 'The id of another source this one belongs to.' },
  date: { kinds: ['event'], help: 'When it happened: 2025-10-28, 2025-10 or 2025 (default: none given).' },
  qualifier: { kinds: ['article', 'event'], help: 'For the date: on (the default), on-or-after, on-or-before or around.' },
  'date-text': { kinds: ['article', 'event'], help: 'For the date: the article\'s own words for it ("Tuesday").' },
  inferred: { kinds: ['article', 'event'], help: 'For a date the text does not state: what it was worked out from.' },
  after: { kinds: ['event'], multiple: true, help: 'The id of an event this one came after.' },
} as const satisfies Record<string, { kinds: 'all' | readonly Kind[]; help: string; multiple?: boolean }>;
type Flag = keyof typeof FLAGS;
type Answers = Partial<Record<Flag, string | string[]>>;

/** A file name from a title: lower-case words joined by hyphens, accents dropped, at most `words` words. */
export function slug(text: string, words = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/** A path as the editor typed it: npm runs scripts in the project folder, but remembers where they were. */
function fromEditor(path: string, cwd = process.cwd()): string {
  return resolve(process.env['INIT_CWD'] ?? cwd, path);
}

/** Raised to stop the scaffold with a message and no file written. */
class Stop extends Error {}

/** Raised when answers that only flags could give are missing; they are listed all at once. */
class Incomplete extends Error {}

/** Before an id is proposed from the answers, every required answer must be there. */
function complete(ctx: Context): void {
  if (ctx.missing.length > 0) throw new Incomplete();
}

function usage(kind?: Kind): string {
  const kinds = Object.keys(KINDS) as Kind[];
  const lines = [
    'Usage: npm run new -- <kind> [--flag value ...]',
    `  <kind> is one of: ${kinds.join(', ')}.`,
    '  Run in a terminal, it asks for what it needs; every answer can also be given as a flag:',
  ];
  for (const [flag, spec] of Object.entries(FLAGS)) {
    if (kind && spec.kinds !== 'all' && !(spec.kinds as readonly Kind[]).includes(kind)) continue;
    lines.push(`    --${flag.padEnd(12)} ${spec.help}${'multiple' in spec ? ' (repeatable)' : ''}`);
  }
  lines.push('  It never overwrites a file. The editing guide: docs/editing-guide.md');
  return lines.join('\n');
}

/** A record's field described as the schema describes it: the same words the checker and the guide use. */
function help(collection: CollectionName, path: readonly PropertyKey[]): string {
  return describeField(COLLECTIONS[collection].schema, path) ?? '';
}

/** `# ...` lines, wrapped for reading in an editor. */
function comment(text: string, indent = ''): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && `${line} ${word}`.length > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`).join('\n');
}

/** A YAML value the way this project's parser reads it back unchanged. */
function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

interface Context {
  root: string;
  io: Io;
  answers: Answers;
  /** Ids of every file in each folder, as the checker counts them. */
  ids: Record<CollectionName, string[]>;
  /** Each article's text, as anchors see it. */
  texts: Map<string, string>;
  /** The article each claim and event belongs to, where it can be read. */
  articleOf: Map<string, string>;
  missing: string[];
}

/**
 * One answer: from its flag, else asked in a terminal, else reported missing. A wrong answer is
 * explained; in a terminal the question is asked again, from flags the scaffold stops.
 */
async function answer(
  ctx: Context,
  flag: Flag,
  question: string,
  options: { required?: boolean; fallback?: string | undefined; check?: (value: string) => string | undefined } = {},
): Promise<string | undefined> {
  const given = ctx.answers[flag];
  let value = Array.isArray(given) ? given[0] : given;
  const fromFlag = value !== undefined;
  for (;;) {
    if (value === undefined && ctx.io.interactive) {
      const shown = options.fallback ? ` [${options.fallback}]` : options.required ? '' : ' (optional, Enter to skip)';
      value = await ctx.io.ask(`${question}${shown}: `);
    }
    value = value?.trim();
    if (!value) value = options.fallback;
    if (value === undefined || value === '') {
      if (options.required) {
        if (!ctx.io.interactive) {
          ctx.missing.push(`--${flag} (${FLAGS[flag].help.replace(/ \(default[^)]*\)/, '').replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`);
          return undefined;
        }
        ctx.io.say('  This one is needed.');
        value = undefined;
        continue;
      }
      return undefined;
    }
    const wrong = options.check?.(value);
    if (!wrong) return value;
    if (fromFlag) throw new Stop(`--${flag} ${JSON.stringify(value)}: ${wrong}`);
    if (!ctx.io.interactive) throw new Stop(`The ${flag} \`${value}\` (not given, so taken as the default): ${wrong}`);
    ctx.io.say(`  ${wrong}`);
    value = undefined;
  }
}

/** Several answers: repeated flags, or one comma-separated line in a terminal. */
async function answers(ctx: Context, flag: Flag, question: string, check?: (value: string) => string | undefined): Promise<string[]> {
  const given = ctx.answers[flag];
  if (given !== undefined) {
    const values = (Array.isArray(given) ? given : [given]).map((v) => v.trim()).filter(Boolean);
    for (const value of values) {
      const wrong = check?.(value);
      if (wrong) throw new Stop(`--${flag} ${JSON.stringify(value)}: ${wrong}`);
    }
    return values;
  }
  if (!ctx.io.interactive) return [];
  for (;;) {
    const line = await ctx.io.ask(`${question} (optional, separate several with commas, Enter to skip): `);
    const values = line.split(',').map((v) => v.trim()).filter(Boolean);
    const wrong = values.map((v) => check?.(v)).find(Boolean);
    if (!wrong) return values;
    ctx.io.say(`  ${wrong}`);
  }
}

/** A value checked by the collection's own schema, in the checker's own words. */
function bySchema(collection: CollectionName, key: string) {
  const schema = COLLECTIONS[collection].schema;
  const field = (schema.shape as Record<string, { safeParse(v: unknown, params: { reportInput: boolean }): { success: boolean; error?: { issues: unknown[] } } }>)[key];
  return (value: unknown): string | undefined => {
    const result = field?.safeParse(value, { reportInput: true });
    if (!result || result.success) return undefined;
    const [first] = result.error?.issues ?? [];
    if (!first) return undefined;
    const issue = first as Parameters<typeof issueToProblem>[0];
    const problem = issueToProblem({ ...issue, path: [key, ...(issue.path ?? [])] } as typeof issue, { file: '', singular: COLLECTIONS[collection].singular, schema, positions: new Map() });
    return `${problem.message} ${problem.fix}`;
  };
}

/** A reference to another record: it must exist, and a near miss is named. */
function reference(ctx: Context, target: CollectionName) {
  return (id: string): string | undefined => {
    if (ctx.ids[target].includes(id)) return undefined;
    const guess = suggest(id, ctx.ids[target]);
    const singular = COLLECTIONS[target].singular;
    return guess
      ? `There is no ${singular} \`${id}\`. Did you mean \`${guess}\`?`
      : `There is no ${singular} \`${id}\` in \`content/${target}/\`${ctx.ids[target].length ? ` (there are: ${ctx.ids[target].slice(0, 8).join(', ')}${ctx.ids[target].length > 8 ? ', …' : ''})` : ''}. Add it first with \`npm run new -- ${singular}\`.`;
  };
}

/** The id of the new record: proposed from its name, checked for form, and never one that is taken. */
async function newId(ctx: Context, collection: CollectionName, proposed: string): Promise<string> {
  const taken = new Set(ctx.ids[collection]);
  const free = (base: string) => {
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  };
  // A taken id is still proposed, so that running the same command twice stops instead of
  // quietly making a second copy of the record under `-2`.
  const id = await answer(ctx, 'id', 'Id (the file name, lower-case words joined by hyphens)', {
    required: true,
    fallback: proposed || undefined,
    check: (value) => {
      if (!ID_PATTERN.test(value)) return `\`${value}\` cannot be an id: use lower-case letters, digits and hyphens, like \`${slug(value) || 'a-name'}\`.`;
      if (taken.has(value)) {
        return `\`content/${collection}/${value}.md\` already exists, and \`npm run new\` never overwrites a file. If this is a different ${COLLECTIONS[collection].singular}, give it another id (such as \`${free(value)}\`${ctx.io.interactive ? '' : ' with --id'}); if it is the same, edit that file.`;
      }
      return undefined;
    },
  });
  return id ?? '';
}

/**
 * A date as the editor gave it: the short form when the text states it, else the long form with the
 * qualifier, the article's words and how it was worked out. Only flags give the long form; in a
 * terminal the short form is asked, and the comment above the field explains the rest.
 */
function dateOf(ctx: Context, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  const extra = (flag: 'qualifier' | 'date-text' | 'inferred') => {
    const given = ctx.answers[flag];
    return typeof given === 'string' && given.trim() ? given.trim() : undefined;
  };
  const qualifier = extra('qualifier');
  const text = extra('date-text');
  const inferred = extra('inferred');
  if (!qualifier && !text && !inferred) return value;
  return { value, ...(qualifier ? { qualifier } : {}), ...(text ? { text } : {}), ...(inferred ? { inferred } : {}) };
}

/** The date fields of a record, checked by the schema as a whole. */
function checkDate(collection: CollectionName, key: string, value: unknown): void {
  if (value === undefined || typeof value === 'string') return;
  const wrong = bySchema(collection, key)(value);
  if (wrong) throw new Stop(`--qualifier/--date-text/--inferred: ${wrong}`);
}

/** The article a record belongs to: asked, checked, and the only one taken as read. */
async function articleId(ctx: Context): Promise<string | undefined> {
  const only = ctx.ids.articles.length === 1 ? ctx.ids.articles[0] : undefined;
  const choices = ctx.ids.articles.length > 1 && ctx.ids.articles.length <= 6 ? ` (${ctx.ids.articles.join(', ')})` : '';
  return answer(ctx, 'article', `Article id${choices}`, { required: true, fallback: only, check: reference(ctx, 'articles') });
}

/**
 * Where the record sits in its article: asked until the words occur exactly once, with the same
 * explanations as the checker (which character differs; which prefix tells two matches apart).
 */
async function anchor(ctx: Context, articleIdValue: string | undefined, flag: 'exact' | 'text', question: string, required: boolean) {
  const text = articleIdValue ? ctx.texts.get(articleIdValue) : undefined;
  const check = (exact: string): string | undefined => {
    if (text === undefined) return undefined;
    const result = resolveAnchor(text, { exact });
    if (result.ok || result.reason === 'many') return undefined;
    return `These words are not in the article. ${lookAlikeHint(text, exact) ?? result.hint}`;
  };
  let exact = await answer(ctx, flag, question, { required, check });
  // A quote's text goes without the quotation marks around it; pasted with them, they are taken off.
  const marked = flag === 'text' && exact ? /^([“"‘'«])(.+)[”"’'»]$/su.exec(exact) : null;
  if (marked?.[2] && text !== undefined && text.includes(marked[2])) {
    ctx.io.say(`  The quotation marks around the words are left out: the quote's text is \`${marked[2]}\`.`);
    exact = marked[2];
  }
  if (!exact || text === undefined) return exact ? { exact } : undefined;
  const once = resolveAnchor(text, { exact });
  if (once.ok) return { exact };
  // The opening mark the quote was pasted with tells same words apart, as a prefix.
  const opening = marked?.[1];
  if (opening && ctx.answers.prefix === undefined && resolveAnchor(text, { exact, prefix: opening }).ok) return { exact, prefix: opening };
  const hint = ambiguityHint(text, exact, ctx.io.interactive ? 'prompt' : 'flags') ?? '';
  const times = once.reason === 'many' ? once.count : 0;
  if (ctx.answers.prefix === undefined && ctx.answers.suffix === undefined && !ctx.io.interactive) {
    throw new Stop(`--${flag}: these words occur ${times} times in the article. Tell the scaffold which one with --prefix or --suffix: ${hint}`);
  }
  if (ctx.io.interactive && ctx.answers.prefix === undefined && ctx.answers.suffix === undefined) ctx.io.say(`  These words occur ${times} times in the article. ${hint}`);
  for (;;) {
    const prefix = ctx.answers.prefix !== undefined ? String(ctx.answers.prefix) : ctx.io.interactive ? await ctx.io.ask('Prefix: the words right before them (Enter to give a suffix instead): ') : '';
    const suffix =
      ctx.answers.suffix !== undefined ? String(ctx.answers.suffix) : ctx.io.interactive && !prefix.trim() ? await ctx.io.ask('Suffix: the words right after them: ') : '';
    // The space between the prefix and the words is easy to leave out when typing, and invisible
    // when it is there: try the words as typed, then with that one space.
    const candidates: { exact: string; prefix?: string; suffix?: string }[] = [];
    for (const p of prefix.trim() ? [prefix, `${prefix.trim()} `, prefix.trim()] : ['']) {
      for (const s of suffix.trim() ? [suffix, ` ${suffix.trim()}`, suffix.trim()] : ['']) {
        candidates.push({ exact, ...(p ? { prefix: p } : {}), ...(s ? { suffix: s } : {}) });
      }
    }
    const found = candidates.find((selector) => resolveAnchor(text, selector).ok);
    if (found) return found;
    const result = resolveAnchor(text, candidates[0] as { exact: string });
    const wrong = result.ok ? '' : result.reason === 'many' ? `That still matches ${result.count} times. ${hint}` : result.hint;
    if (!ctx.io.interactive || ctx.answers.prefix !== undefined || ctx.answers.suffix !== undefined) throw new Stop(`--prefix/--suffix: ${wrong}`);
    ctx.io.say(`  ${wrong}`);
  }
}

/** Words that must be copied from the article (verbs, hedges), checked as the checker checks them. */
function inArticle(ctx: Context, articleIdValue: string | undefined, what: string) {
  return (words: string): string | undefined => {
    const text = articleIdValue ? ctx.texts.get(articleIdValue) : undefined;
    if (text === undefined || text.toLowerCase().includes(words.toLowerCase())) return undefined;
    return `The ${what} \`${words}\` does not appear in the article: copy it from the article's own words.`;
  };
}

function sameArticle(ctx: Context, articleIdValue: string | undefined, target: 'claims' | 'events') {
  const exists = reference(ctx, target);
  return (id: string): string | undefined => {
    const missing = exists(id);
    if (missing) return missing;
    const theirs = ctx.articleOf.get(`${target}/${id}`);
    if (articleIdValue && theirs && theirs !== articleIdValue) return `\`${id}\` belongs to the article \`${theirs}\`, not \`${articleIdValue}\`.`;
    return undefined;
  };
}

interface Field {
  key: string;
  value?: unknown;
  /** Written as a commented-out line for the editor to fill in later. */
  optional?: boolean;
  help: string;
}

/** The frontmatter, each field under a comment that says what it is for. */
function render(fields: readonly Field[], body = ''): string {
  const out = ['---'];
  for (const field of fields) {
    out.push(comment(field.help));
    if (field.optional) {
      out.push(`# ${field.key}:`);
      continue;
    }
    const value = field.value;
    if (Array.isArray(value) && value.length > 0) out.push(`${field.key}:\n${stringify(value, { lineWidth: 0 }).trimEnd().replace(/^/gm, '  ')}`);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) out.push(`${field.key}:\n${stringify(value, { lineWidth: 0 }).trimEnd().replace(/^/gm, '  ')}`);
    else out.push(`${field.key}: ${scalar(value)}`);
  }
  out.push('---');
  return `${out.join('\n')}\n${body}`;
}

async function scaffoldArticle(ctx: Context): Promise<{ id: string; text: string; next: string[] }> {
  const c = 'articles';
  const title = await answer(ctx, 'title', "Title: the site's own descriptive title, never stating as fact what the article only reports", { required: true, check: bySchema(c, 'title') });
  const headline = await answer(ctx, 'headline', 'Original headline, verbatim', { check: bySchema(c, 'headline') });
  const publisher = await answer(ctx, 'publisher', 'Publisher', { check: bySchema(c, 'publisher') });
  const url = await answer(ctx, 'url', 'Address of the article (https://...)', { check: bySchema(c, 'url') });
  const published = await answer(ctx, 'published', 'Published on (2025-10-28, 2025-10 or 2025)', { required: true, check: bySchema(c, 'published') });
  const language = await answer(ctx, 'language', 'Language (BCP 47 tag)', { required: true, fallback: 'en', check: bySchema(c, 'language') });
  const summary = await answer(ctx, 'summary', 'Summary: two or three careful sentences', { required: true, check: bySchema(c, 'summary') });
  const textFile = await answer(ctx, 'text-file', 'A plain-text file holding the article text', {
    check: (path) => (existsSync(fromEditor(path)) ? undefined : `There is no file \`${fromEditor(path)}\`.`),
  });
  complete(ctx);
  const publishedDate = dateOf(ctx, published);
  checkDate(c, 'published', publishedDate);
  const id = await newId(ctx, c, slug(title ?? ''));
  const body = textFile ? `\n${normalizeText(readFileSync(fromEditor(textFile), 'utf8')).trim()}\n` : '';
  const text = render(
    [
      { key: 'title', value: title, help: help(c, ['title']) },
      { key: 'headline', value: headline ?? null, help: help(c, ['headline']) },
      { key: 'publisher', value: publisher ?? null, help: help(c, ['publisher']) },
      { key: 'url', value: url ?? null, help: help(c, ['url']) },
      {
        key: 'published',
        value: publishedDate,
        help: `${help(c, ['published'])} If the text does not state the date, write it as an object and say in \`inferred\` what it was worked out from.`,
      },
      { key: 'language', value: language, help: help(c, ['language']) },
      { key: 'summary', value: summary, help: help(c, ['summary']) },
    ],
    body,
  );
  const next = body
    ? []
    : ['Paste the article text, verbatim, below the closing `---` (a blank line between paragraphs). Until then the check says "The article has no text".'];
  return { id, text, next };
}

async function scaffoldClaim(ctx: Context): Promise<{ id: string; text: string; next: string[] }> {
  const c = 'claims';
  const article = await articleId(ctx);
  const statement = await answer(ctx, 'statement', 'Statement: one assertion, written neutrally as stated', { required: true, check: bySchema(c, 'statement') });
  const kind = await answer(ctx, 'kind', `Kind (${COLLECTIONS.claims.schema.shape.kind.options.join(', ')})`, { required: true, check: bySchema(c, 'kind') });
  const where = await anchor(ctx, article, 'exact', 'The words of the article that make the claim, copied from it', true);
  const sources = await answers(ctx, 'source', 'Who says it: source ids, outermost first (none = the article in its own voice)', reference(ctx, 'sources'));
  const givenVerbs = ctx.answers.verb === undefined ? [] : [ctx.answers.verb].flat();
  const givenAs = ctx.answers.as === undefined ? [] : [ctx.answers.as].flat();
  if (givenVerbs.length > 0 && givenVerbs.length !== sources.length) {
    throw new Stop(`Give one --verb for each --source, in the same order: there are ${sources.length} sources and ${givenVerbs.length} verbs.`);
  }
  const attribution: { source: string; verb: string; as?: string }[] = [];
  for (const [i, source] of sources.entries()) {
    const given = givenVerbs[i];
    const verb = await answer({ ...ctx, answers: given === undefined ? {} : { verb: given } }, 'verb', `The article's verb for \`${source}\` ("says", "according to"), copied from it`, {
      required: true,
      check: inArticle(ctx, article, 'verb'),
    });
    const as = givenAs[i]?.trim();
    if (as) {
      const wrong = inArticle(ctx, article, 'name')(as);
      if (wrong) throw new Stop(`--as ${JSON.stringify(as)}: ${wrong}`);
    }
    attribution.push({ source, verb: verb ?? '', ...(as ? { as } : {}) });
  }
  const hedges = await answers(ctx, 'hedge', 'Hedging words the article uses for it ("reportedly")', inArticle(ctx, article, 'hedge'));
  const events = await answers(ctx, 'event', 'Events it is about (event ids)', sameArticle(ctx, article, 'events'));
  complete(ctx);
  const id = await newId(ctx, c, slug(statement ?? ''));
  const text = render([
    { key: 'article', value: article, help: help(c, ['article']) },
    { key: 'statement', value: statement, help: help(c, ['statement']) },
    { key: 'kind', value: kind, help: help(c, ['kind']) },
    {
      key: 'attribution',
      value: attribution,
      help: `${help(c, ['attribution'])} Each link: \`source\` (${help(c, ['attribution', 0, 'source'])}), \`verb\` (${help(c, ['attribution', 0, 'verb'])}), and optionally \`as\` and \`venue\`.`,
    },
    { key: 'hedges', value: hedges, help: help(c, ['hedges']) },
    { key: 'status', value: 'unverified', help: `${help(c, ['status'])} A claim the article only reports stays \`unverified\`.` },
    { key: 'review', optional: true, help: help(c, ['review']) },
    { key: 'relations', value: [], help: help(c, ['relations']) },
    { key: 'events', value: events, help: help(c, ['events']) },
    { key: 'anchor', value: where, help: help(c, ['anchor']) },
  ]);
  return { id, text, next: ['Write a note below the closing `---` if the analysis needs one; link other records with `:claim[words]{#id}`.'] };
}

async function scaffoldQuote(ctx: Context): Promise<{ id: string; text: string; next: string[] }> {
  const c = 'quotes';
  const article = await articleId(ctx);
  const where = await anchor(ctx, article, 'text', 'The quoted words, exactly as printed, without the quotation marks around them', true);
  const speaker = await answer(ctx, 'speaker', 'Who spoke them (a source id)', { required: true, check: reference(ctx, 'sources') });
  const verb = await answer(ctx, 'verb', 'The article\'s verb for the quote ("remarked"), copied from it', { check: inArticle(ctx, article, 'verb') });
  const claims = await answers(ctx, 'claim', 'Claims the quote carries (claim ids)', sameArticle(ctx, article, 'claims'));
  complete(ctx);
  const id = await newId(ctx, c, slug(`${speaker ?? ''} ${where?.exact ?? ''}`, 5));
  const text = render([
    { key: 'article', value: article, help: help(c, ['article']) },
    { key: 'text', value: where?.exact, help: help(c, ['text']) },
    ...(where && 'prefix' in where ? [{ key: 'prefix', value: where.prefix, help: help(c, ['prefix']) }] : []),
    ...(where && 'suffix' in where ? [{ key: 'suffix', value: where.suffix, help: help(c, ['suffix']) }] : []),
    { key: 'speaker', value: speaker, help: help(c, ['speaker']) },
    verb ? { key: 'verb', value: verb, help: help(c, ['verb']) } : { key: 'verb', optional: true, help: help(c, ['verb']) },
    { key: 'claims', value: claims, help: help(c, ['claims']) },
  ]);
  return { id, text, next: [] };
}

async function scaffoldSource(ctx: Context): Promise<{ id: string; text: string; next: string[] }> {
  const c = 'sources';
  const name = await answer(ctx, 'name', 'Name, as the article gives it', { required: true, check: bySchema(c, 'name') });
  const kind = await answer(ctx, 'kind', `Kind (${COLLECTIONS.sources.schema.shape.kind.options.join(', ')})`, { required: true, check: bySchema(c, 'kind') });
  const description = await answer(ctx, 'description', 'Description: one line, in the terms the article gives', { required: true, check: bySchema(c, 'description') });
  const person = kind === 'person';
  const role = person || ctx.answers.role !== undefined ? await answer(ctx, 'role', 'Role the article gives ("Defence Minister")', { check: bySchema(c, 'role') }) : undefined;
  const affiliation =
    person || ctx.answers.affiliation !== undefined ? await answer(ctx, 'affiliation', 'Whom they belong to or speak for, in the article\'s words', { check: bySchema(c, 'affiliation') }) : undefined;
  const partOf =
    !person || ctx.answers['part-of'] !== undefined
      ? await answer(ctx, 'part-of', 'Part of another source (the outlet of a report, the author of a post): its id', { check: reference(ctx, 'sources') })
      : undefined;
  const url = ctx.answers.url !== undefined ? await answer(ctx, 'url', 'Address', { check: bySchema(c, 'url') }) : undefined;
  complete(ctx);
  const id = await newId(ctx, c, slug(name ?? ''));
  const optional = (key: string, value: string | undefined): Field => (value ? { key, value, help: help(c, [key]) } : { key, optional: true, help: help(c, [key]) });
  const text = render([
    { key: 'name', value: name, help: help(c, ['name']) },
    { key: 'kind', value: kind, help: help(c, ['kind']) },
    { key: 'description', value: description, help: help(c, ['description']) },
    optional('role', role),
    optional('affiliation', affiliation),
    optional('partOf', partOf),
    optional('url', url),
    { key: 'aliases', value: [], help: help(c, ['aliases']) },
  ]);
  return { id, text, next: [] };
}

async function scaffoldEvent(ctx: Context): Promise<{ id: string; text: string; next: string[] }> {
  const c = 'events';
  const article = await articleId(ctx);
  const title = await answer(ctx, 'title', 'What happened, in a few neutral words', { required: true, check: bySchema(c, 'title') });
  const date = await answer(ctx, 'date', 'When (2025-10-28, 2025-10 or 2025)', { check: bySchema(c, 'date') });
  const eventDate = dateOf(ctx, date);
  checkDate(c, 'date', eventDate);
  const after = await answers(ctx, 'after', 'Events it came after (event ids)', sameArticle(ctx, article, 'events'));
  const where = await anchor(ctx, article, 'exact', 'The words of the article that tell of it, copied from it', false);
  complete(ctx);
  const id = await newId(ctx, c, slug(title ?? ''));
  const text = render([
    { key: 'article', value: article, help: help(c, ['article']) },
    { key: 'title', value: title, help: help(c, ['title']) },
    date ? { key: 'date', value: eventDate, help: help(c, ['date']) } : { key: 'date', optional: true, help: help(c, ['date']) },
    { key: 'after', value: after, help: help(c, ['after']) },
    where ? { key: 'anchor', value: where, help: help(c, ['anchor']) } : { key: 'anchor', optional: true, help: `${help(c, ['anchor'])} Optional for an event.` },
  ]);
  return { id, text, next: [] };
}

const SCAFFOLDS: Record<Kind, (ctx: Context) => Promise<{ id: string; text: string; next: string[] }>> = {
  article: scaffoldArticle,
  claim: scaffoldClaim,
  quote: scaffoldQuote,
  source: scaffoldSource,
  event: scaffoldEvent,
};

/**
 * `npm run new -- <kind>`: write one new record under `content/<folder>/<id>.md`. Returns the exit
 * code. Nothing is written unless every answer is valid, and an existing file is never replaced.
 */
export async function runNew(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const kinds = Object.keys(KINDS) as Kind[];
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first.startsWith('-')) {
    io.say(usage());
    return first === '--help' || first === '-h' ? 0 : 1;
  }
  const kind = (kinds as string[]).includes(first) ? (first as Kind) : (kinds as string[]).includes(first.replace(/s$/, '')) ? (first.replace(/s$/, '') as Kind) : undefined;
  if (!kind) {
    const guess = suggest(first, kinds);
    io.say(`\`${first}\` is not something \`npm run new\` makes.${guess ? ` Did you mean \`${guess}\`?` : ''} Use one of: ${kinds.join(', ')}.`);
    return 1;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    io.say(usage(kind));
    return 0;
  }
  const allowed = Object.entries(FLAGS).filter(([, spec]) => spec.kinds === 'all' || (spec.kinds as readonly Kind[]).includes(kind));
  let values: Answers;
  try {
    const parsed = parseArgs({
      args: [...argv.slice(1)],
      options: Object.fromEntries(allowed.map(([flag, spec]) => [flag, { type: 'string' as const, multiple: 'multiple' in spec }])),
      allowPositionals: false,
      strict: true,
    });
    values = parsed.values as Answers;
  } catch (error) {
    const stray = /Unexpected argument '([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    if (stray !== undefined) {
      io.say(`\`${stray}\` has no flag before it. Every answer is given as \`--flag value\`; put a value with spaces in quotes, like \`--name "Geo News"\`.`);
      return 1;
    }
    const unknown = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    const guess = unknown ? suggest(unknown.replace(/^-+/, ''), allowed.map(([flag]) => flag)) : undefined;
    io.say(
      `${unknown ? `\`${unknown}\` is not a flag for a new ${kind}` : `The flags could not be read: ${error instanceof Error ? error.message : String(error)}`}.${guess ? ` Did you mean \`--${guess}\`?` : ''}`,
    );
    io.say(usage(kind));
    return 1;
  }
  const root = resolve(cwd, typeof values.root === 'string' ? values.root : '.');
  if (!existsSync(join(root, 'content'))) {
    io.say(`There is no \`content/\` folder in \`${root}\`. Run the command from the project folder, or give --root.`);
    return 1;
  }
  const collection = KINDS[kind];
  const { files } = readContentDir(root);
  const ids = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as string[]])) as Record<CollectionName, string[]>;
  for (const file of files) ids[file.collection].push(file.file.slice(file.file.lastIndexOf('/') + 1).replace(/\.md$/, ''));
  const { analysis, corpus } = checkContent(root);
  const articleOf = new Map<string, string>();
  for (const entry of corpus.claims) articleOf.set(`claims/${entry.id}`, entry.data.article);
  for (const entry of corpus.events) articleOf.set(`events/${entry.id}`, entry.data.article);
  const ctx: Context = { root, io, answers: values, ids, texts: analysis.texts, articleOf, missing: [] };

  if (io.interactive) io.say(`A new ${kind} for content/${collection}/. Press Enter to accept a [default]; Ctrl+C stops without writing anything.`);
  let made: { id: string; text: string; next: string[] } | undefined;
  try {
    made = await SCAFFOLDS[kind](ctx);
  } catch (error) {
    if (error instanceof Stop) {
      io.say(`Nothing was written. ${error.message}`);
      if (ctx.missing.length > 0) io.say(`Also needed: ${ctx.missing.join(', ')}.`);
      return 1;
    }
    if (!(error instanceof Incomplete)) throw error;
  }
  if (ctx.missing.length > 0) {
    io.say(`Nothing was written: a new ${kind} needs ${ctx.missing.join(', ')}.`);
    io.say(`Give them as flags, or run \`npm run new -- ${kind}\` in a terminal to be asked. \`npm run new -- ${kind} --help\` lists the flags.`);
    return 1;
  }
  if (!made) return 1;
  const path = join(root, 'content', collection, `${made.id}.md`);
  const relative = `content/${collection}/${made.id}.md`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // `wx` fails if the file exists, even one created since the ids were read: nothing is ever overwritten.
    writeFileSync(path, made.text, { flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      io.say(`Nothing was written: \`${relative}\` already exists, and \`npm run new\` never overwrites a file. Choose another --id, or edit that file.`);
      return 1;
    }
    io.say(`Nothing was written: \`${relative}\` could not be created (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
  io.say(`Wrote ${relative}.`);
  const own = checkContent(root).problems.filter((problem) => problem.file === relative);
  if (own.length > 0) {
    io.say('The check still has this to say about it:');
    for (const problem of own) io.say(`  ${formatProblem(problem)}`);
  }
  for (const line of made.next) io.say(`Next: ${line}`);
  io.say(`Check everything with \`npm run check:content\`; see it with \`npm run dev\` (it reloads on save).`);
  return 0;
}
