import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { resolveAnchor } from './anchor.ts';
import { ambiguityHint, lookAlikeHint, unseenHint } from './anchor-hints.ts';
import { checkContent } from './check.ts';
import { runCorrection } from './correct.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { ANCHORS, ARTICLE_WORDS, REFERENCES, type FieldPath, type Reference } from './field-roles.ts';
import { normalizeText } from './frontmatter.ts';
import { slug, sourceNames, stopWords, suggestId } from './ids.ts';
import { formatProblem } from './problems.ts';
import { readContentDir } from './read.ts';
import { idFromFile } from './records.ts';
import { fieldsOf, type FieldInfo } from './schema-fields.ts';
import { ID_PATTERN } from './schemas/common.ts';
import { DateSchema } from './schemas/date.ts';
import { articleWordsOf, paragraphAt, venuePhrase } from './words.ts';
import { issueToProblem, suggest } from './zod-problems.ts';

/** How the scaffold talks to the editor: a terminal with readline, or a script in a test. */
export interface Io {
  /** Ask one question; the answer, trimmed, or `''` when the editor just presses Enter. */
  ask(question: string): Promise<string>;
  /** Print a line for the editor to read. */
  say(line: string): void;
  /** Whether questions can be asked at all (stdin is a terminal). Without, every answer comes from flags. */
  interactive: boolean;
}

type Kind = 'article' | 'claim' | 'quote' | 'source' | 'event' | 'story';

/** The answers so far, by field, as they will be written. */
type Values = Record<string, unknown>;

/**
 * What the schemas cannot say about making a record: what a terminal asks, in what order (every
 * other field is a flag, and is written into the file with its default or commented out), the id
 * proposed from the answers, and what to do next. Fields, flags, their help and the template all
 * come from the collection's schema.
 */
interface KindSpec {
  collection: CollectionName;
  ask: readonly string[];
  /** Questions asked only when an earlier answer calls for them (a person's role). */
  askIf?: Record<string, (values: Values) => boolean>;
  /** Answers offered in a terminal, and taken when none is given. */
  fallback?: Record<string, string>;
  /** The id proposed from the answers, in the language of the record's article. */
  id: (values: Values, language: string) => string;
  /** The article's text, from a file: the one answer that is not a field. */
  body?: boolean;
  next?: (values: Values, body: string) => string[];
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const isPerson = (values: Values) => values['kind'] === 'person';

const KINDS: Record<Kind, KindSpec> = {
  article: {
    collection: 'articles',
    ask: ['title', 'headline', 'publisher', 'url', 'published', 'language', 'summary'],
    fallback: { language: 'en' },
    id: (v) => slug(str(v['title']), 6, str(v['language']) || 'en'),
    body: true,
    next: (_v, body) =>
      body ? [] : ['Paste the article text, verbatim, below the closing `---` (a blank line between paragraphs). Until then the check says "The article has no text".'],
  },
  claim: {
    collection: 'claims',
    ask: ['article', 'statement', 'kind', 'anchor', 'attribution', 'hedges', 'events'],
    id: (v, lang) => slug(str(v['statement']), 6, lang),
    next: () => ['Write a note below the closing `---` if the analysis needs one; link other records with `:claim[words]{#id}`.'],
  },
  quote: {
    collection: 'quotes',
    ask: ['article', 'text', 'speaker', 'verb', 'claims'],
    // The quote's own words after the speaker's id, its small words left out: two quotes of one speaker
    // that both open with "This was a" or "We are still" would otherwise get the same id.
    id: (v, lang) => slug(`${str(v['speaker'])} ${meaningfulWords(str(v['text']), lang)}`, 5, lang),
  },
  source: {
    collection: 'sources',
    ask: ['name', 'kind', 'description', 'role', 'affiliation', 'partOf'],
    askIf: { role: isPerson, affiliation: isPerson, partOf: (v) => !isPerson(v) },
    id: (v) => slug(str(v['name'])),
  },
  event: {
    collection: 'events',
    ask: ['article', 'title', 'date', 'after', 'anchor'],
    id: (v, lang) => slug(str(v['title']), 6, lang),
  },
  story: {
    collection: 'stories',
    ask: ['title', 'articles', 'summary'],
    id: (v) => slug(str(v['title']), 6, str(v['language']) || 'en'),
    next: () => ['Describe the story below the closing `---` if it needs more than its summary.'],
  },
};
const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** A text's words without its language's small words ("this", "was", "a"); the text itself when it has no others. */
function meaningfulWords(text: string, language = 'en'): string {
  const stop = stopWords(language);
  const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text.normalize('NFC'))]
    .filter((s) => s.isWordLike && !stop.has(s.segment.toLowerCase()))
    .map((s) => s.segment);
  return words.length > 0 ? words.join(' ') : text;
}

/** `partOf` → `part-of`. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The flag for one item of a list: `--hedge` for `hedges`, `--alias` for `aliases`. */
const singular = (name: string) => (/(s|x|ch|sh)es$/.test(name) ? name.slice(0, -2) : name.replace(/s$/, ''));
/** `partOf` → `Part of`, for questions. */
const label = (key: string) => kebab(key).replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
/** The first sentence of a description, as it reads inside a question or after a flag. */
const sentence = (help: string) => (help.split(/(?<=\.)\s/)[0] ?? help).replace(/\.$/, '');
const lowerFirst = (words: string) => words.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

const DATE_FORMS = '2025-10-28, 2025-10 or 2025';

/** One flag of `npm run new`, and the field (or part of one) it answers. */
interface Flag {
  name: string;
  help: string;
  multiple: boolean;
  /** A flag without a value, such as `--own-voice`. */
  boolean?: boolean;
}

/** The fields of a kind's schema: what the template writes, and what flags answer. */
function fieldsFor(kind: Kind): FieldInfo[] {
  return fieldsOf(COLLECTIONS[KINDS[kind].collection].schema);
}

/** The field that holds where a record sits in its article: a claim's `anchor` group, a quote's `text`. */
const anchorKey = (collection: CollectionName) => ANCHORS[collection]?.exact[0];

/** The flags of every date field's long form (`--qualifier`), named apart from any field's flag (`--date-text`, not `--text`). */
function dateFlags(): (Flag & { key: string })[] {
  const taken = new Set(KIND_NAMES.flatMap((kind) => fieldsFor(kind).map((field) => kebab(field.key))));
  return fieldsOf(DateSchema)
    .filter((field) => field.key !== 'value')
    .map(({ key, help }) => ({ key, name: taken.has(kebab(key)) ? `date-${kebab(key)}` : kebab(key), help: `For the date: ${lowerFirst(help)}`, multiple: false }));
}

/**
 * The flags that answer one field, from its schema: a field that holds a value or a list of values
 * has its own; the anchor group and a list of groups the kind asks for (the attribution chain) have
 * one for each of their parts (repeated, one a link, for the chain); a date has its long form's.
 * Other groups are written into the file to fill in.
 */
/**
 * A group of a few plain texts (a source's `nativeName`) has a flag for each part, named after both:
 * `--native-name-text`, `--native-name-lang`. Groups with dates or lists are written into the file.
 */
function groupFlags(field: FieldInfo): (Flag & { key: string })[] {
  const { value } = field;
  if (value.type !== 'group' || !value.fields.every((part) => part.value.type === 'text')) return [];
  return value.fields.map((part) => ({ key: part.key, name: `${kebab(field.key)}-${kebab(part.key)}`, help: `For \`${field.key}\`: ${lowerFirst(part.help)}`, multiple: false }));
}

function fieldFlags(kind: Kind, field: FieldInfo): Flag[] {
  const { value } = field;
  const parts = (fields: readonly FieldInfo[], multiple: boolean) => fields.map((part) => ({ name: kebab(part.key), help: part.help, multiple }));
  if (value.type === 'group') return field.key === anchorKey(KINDS[kind].collection) ? parts(value.fields, false) : groupFlags(field);
  if (value.type === 'list' && value.element.type === 'group') return KINDS[kind].ask.includes(field.key) ? parts(value.element.fields, true) : [];
  if (value.type === 'list') return [{ name: singular(kebab(field.key)), help: field.help, multiple: true }];
  return [{ name: kebab(field.key), help: field.help, multiple: false }, ...(value.type === 'date' ? dateFlags() : [])];
}

function flagsFor(kind: Kind): Flag[] {
  return [
    { name: 'root', help: 'The project folder that holds `content/` (default: the current folder).', multiple: false },
    { name: 'id', help: 'The id, that is the file name without `.md` (default: made from the answers).', multiple: false },
    ...fieldsFor(kind).flatMap((field) => fieldFlags(kind, field)),
    ...(KINDS[kind].body ? [{ name: 'text-file', help: 'A plain-text file with the article text, copied in verbatim as the body.', multiple: false }] : []),
    ...(kind === 'claim'
      ? [{ name: OWN_VOICE, help: 'The article says this in its own voice, naming no source (a hedge it uses, "reportedly", goes in --hedge). Without it, a claim needs at least one --source.', multiple: false, boolean: true }]
      : []),
  ];
}

function usage(kind?: Kind): string {
  const lines = [
    'Usage: npm run new -- <kind> [--flag value ...]',
    `  <kind> is one of: ${KIND_NAMES.join(', ')}; or \`correction\`, which adds a dated correction to a published record.`,
    '  Run in a terminal, it asks for what it needs; every answer can also be given as a flag',
  ];
  if (kind) {
    lines[2] += ':';
    for (const flag of flagsFor(kind)) lines.push(`    --${flag.name.padEnd(12)} ${flag.help}${flag.multiple ? ' (repeatable)' : ''}`);
  } else lines[2] += ` (\`npm run new -- <kind> --help\` lists them).`;
  lines.push('  It never overwrites a file. The editing guide: docs/editing-guide.md');
  return lines.join('\n');
}

/** A path as the editor typed it: npm runs scripts in the project folder, but remembers where they were. */
function fromEditor(path: string, cwd = process.cwd()): string {
  return resolve(process.env['INIT_CWD'] ?? cwd, path);
}

/** Raised to stop the scaffold with a message and no file written. */
class Stop extends Error {}

/** Raised when answers that only flags could give are missing; they are listed all at once. */
class Incomplete extends Error {}

interface Context {
  io: Io;
  answers: Record<string, string | string[] | undefined>;
  flags: Map<string, Flag>;
  /** Ids of every file in each folder, as the checker counts them. */
  ids: Record<CollectionName, string[]>;
  /** Each article's text, as anchors see it. */
  texts: Map<string, string>;
  /** The article each claim and event belongs to, where it can be read. */
  articleOf: Map<string, string>;
  /** Each article's language, for telling words apart in its script. */
  languages: Map<string, string>;
  /** Each source's names (its name, then its aliases), by id, for proposing a venue's wording and finding a source written by name. */
  names: Map<string, string[]>;
  /** The chain as flags gave it, each `--as`, `--verb`, `--venue` bound to the `--source` before it; undefined when no chain flag was given. */
  links?: Record<string, string>[];
  /** `--own-voice`: the claim has no source, and the editor said so. */
  ownVoice?: boolean;
  /** Where the record's anchor sits in its article, once it is known: its paragraph is where its verb is looked for first. */
  anchorAt?: { start: number; end: number };
  missing: string[];
}

/** Before an id is proposed from the answers, every required answer must be there. */
function complete(ctx: Context): void {
  if (ctx.missing.length > 0) throw new Incomplete();
}

/** A check of one answer: undefined when it is right, else what is wrong and what to do. */
type Check = (value: string) => string | undefined;

/**
 * One answer: from its flag, else asked in a terminal, else reported missing. A wrong answer is
 * explained; in a terminal the question is asked again, from flags the scaffold stops.
 */
async function answer(
  ctx: Context,
  flag: string,
  question: string,
  options: { required?: boolean; fallback?: string | undefined; check?: Check; given?: string } = {},
): Promise<string | undefined> {
  const given = 'given' in options ? options.given : ctx.answers[flag];
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
          const help = ctx.flags.get(flag)?.help ?? '';
          ctx.missing.push(`--${flag} (${lowerFirst(sentence(help).replace(/ \(default[^)]*\)/, ''))})`);
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
async function answers(ctx: Context, flag: string, question: string | undefined, check?: Check): Promise<string[]> {
  const given = ctx.answers[flag];
  if (given !== undefined) {
    const values = (Array.isArray(given) ? given : [given]).map((v) => v.trim()).filter(Boolean);
    for (const value of values) {
      const wrong = check?.(value);
      if (wrong) throw new Stop(`--${flag} ${JSON.stringify(value)}: ${wrong}`);
    }
    return values;
  }
  if (!ctx.io.interactive || question === undefined) return [];
  for (;;) {
    const line = await ctx.io.ask(`${question} (optional, separate several with commas, Enter to skip): `);
    const values = line
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const wrong = values.map((v) => check?.(v)).find(Boolean);
    if (!wrong) return values;
    ctx.io.say(`  ${wrong}`);
  }
}

/**
 * A value checked by the field's own schema, in the checker's own words. `path` is where the value
 * sits in the record; an item of a list is checked as a list of one, so the checker names it `hedges[0]`.
 */
function bySchema(collection: CollectionName, path: readonly PropertyKey[], field: FieldInfo, item = false): (value: unknown) => string | undefined {
  const { schema, singular: name } = COLLECTIONS[collection];
  return (value) => {
    const result = z.safeParse(field.schema, item ? [value] : value, { reportInput: true });
    const [first] = result.success ? [] : result.error.issues;
    if (!first) return undefined;
    const problem = issueToProblem({ ...first, path: [...path, ...first.path] }, { file: '', singular: name, schema, positions: new Map() });
    return `${problem.message} ${problem.fix}`;
  };
}

/** A reference to another record: it must exist, and a near miss (or a source written by its name) is named. */
function reference(ctx: Context, target: CollectionName): Check {
  return (id) => {
    const ids = ctx.ids[target];
    if (ids.includes(id)) return undefined;
    const guess = suggestId(id, ids, target === 'sources' ? ctx.names : undefined);
    const one = COLLECTIONS[target].singular;
    return guess
      ? `There is no ${one} \`${id}\`. Did you mean \`${guess}\`?`
      : `There is no ${one} \`${id}\` in \`content/${target}/\`${ids.length ? ` (there are: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})` : ''}. Add it first with \`npm run new -- ${one}\`.`;
  };
}

/** A reference to a claim or event of the same article. */
function sameArticle(ctx: Context, article: string | undefined, target: CollectionName): Check {
  const exists = reference(ctx, target);
  return (id) => {
    const missing = exists(id);
    if (missing) return missing;
    const theirs = ctx.articleOf.get(`${target}/${id}`);
    if (article && theirs && theirs !== article) return `\`${id}\` belongs to the article \`${theirs}\`, not \`${article}\`.`;
    return undefined;
  };
}

/**
 * Words that must be copied from the article (verbs, names, hedges), whole words and capitals as
 * written, checked as the checker checks them; a verb the article has only outside the record's paragraph is accepted with
 * a word about where it is.
 */
function inArticle(ctx: Context, article: string | undefined, what: string): Check {
  return (words) => {
    const text = article ? ctx.texts.get(article) : undefined;
    if (text === undefined || article === undefined) return undefined;
    const language = ctx.languages.get(article) ?? 'en';
    const paragraph = ctx.anchorAt ? paragraphAt(text, ctx.anchorAt.start) : undefined;
    const { found, otherCase, inside, nearest } = articleWordsOf(text, words, language, paragraph);
    if (otherCase.length > 0) {
      return `The ${what} \`${words}\` is not in the article as written: the article has ${otherCase.slice(0, 3).map((n) => `“${n}”`).join(', ')}. Copy it as the article writes it, capitals included.`;
    }
    if (found.length === 0) {
      return `The ${what} \`${words}\` is not ${inside ? 'a whole word of' : 'in'} the article: copy it from the article's own words.${nearest.length > 0 ? ` The nearest in the article: ${nearest.map((n) => `“${n}”`).join(', ')}.` : ''}`;
    }
    if (what === 'verb' && paragraph && !found.some((f) => f.start >= paragraph.start && f.end <= paragraph.end)) {
      const where = paragraphAt(text, found[0]?.start ?? 0);
      ctx.io.say(
        `  Note: the verb \`${words}\` is not in the paragraph of these words; the article has it in paragraph ${where.index + 1} (“${text.slice(where.start, where.end).slice(0, 60)}…”). Keep it if that sentence governs this one.`,
      );
    }
    return undefined;
  };
}

const samePath = (a: FieldPath, b: readonly string[]) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * How one answer is checked, by what the field is (field-roles.ts): an id of another record, words
 * of the article, or else a value its schema checks. `path` is the field's path with `*` for items.
 */
function checkFor(ctx: Context, collection: CollectionName, article: string | undefined, path: readonly string[], field: FieldInfo): Check {
  const ref: Reference | undefined = REFERENCES[collection].find((r) => samePath(r.path, path));
  if (ref) return ref.sameArticle ? sameArticle(ctx, article, ref.to) : reference(ctx, ref.to);
  const words = ARTICLE_WORDS[collection].find((w) => samePath(w.path, path));
  const item = path[path.length - 1] === '*';
  const where = item ? path.slice(0, -1) : path.map((part) => (part === '*' ? 0 : part));
  const schemaCheck = bySchema(collection, where, field, item);
  return (value) => schemaCheck(value) ?? (words ? inArticle(ctx, article, words.what)(value) : undefined);
}

/** The question for a field, from its schema: its name and its description's first sentence, or the values it takes. */
function question(field: FieldInfo): string {
  if (field.value.type === 'enum') return `${label(field.key)} (${field.value.options.join(', ')})`;
  if (field.value.type === 'date') return `${label(field.key)} (${DATE_FORMS})`;
  return `${label(field.key)}: ${lowerFirst(sentence(field.help))}`;
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
  const long: Values = {};
  for (const { key, name } of dateFlags()) {
    const given = ctx.answers[name];
    if (typeof given === 'string' && given.trim()) long[key] = given.trim();
  }
  return Object.keys(long).length === 0 ? value : { value, ...long };
}

/** The article a record belongs to: asked, checked, and the only one taken as read. */
async function articleId(ctx: Context, flag: string): Promise<string | undefined> {
  const only = ctx.ids.articles.length === 1 ? ctx.ids.articles[0] : undefined;
  const choices = ctx.ids.articles.length > 1 && ctx.ids.articles.length <= 6 ? ` (${ctx.ids.articles.join(', ')})` : '';
  return answer(ctx, flag, `Article id${choices}`, { required: true, fallback: only, check: reference(ctx, 'articles') });
}

/**
 * Where the record sits in its article: asked until the words occur exactly once, with the same
 * explanations as the checker (which character differs; which prefix tells two matches apart).
 */
async function anchor(ctx: Context, article: string | undefined, flag: string, ask: string, required: boolean) {
  const text = article ? ctx.texts.get(article) : undefined;
  const check = (exact: string): string | undefined => {
    if (text === undefined) return undefined;
    const result = resolveAnchor(text, { exact });
    if (result.ok || result.reason === 'many') return undefined;
    return `These words are not in the article. ${lookAlikeHint(text, exact) ?? unseenHint(text, exact) ?? result.hint}`;
  };
  let exact = await answer(ctx, flag, ask, { required, check });
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
  if (opening && ctx.answers['prefix'] === undefined && resolveAnchor(text, { exact, prefix: opening }).ok) return { exact, prefix: opening };
  const hint = ambiguityHint(text, exact, ctx.io.interactive ? 'prompt' : 'flags') ?? '';
  const times = once.reason === 'many' ? once.count : 0;
  const givenPrefix = ctx.answers['prefix'];
  const givenSuffix = ctx.answers['suffix'];
  if (givenPrefix === undefined && givenSuffix === undefined && !ctx.io.interactive) {
    throw new Stop(`--${flag}: these words occur ${times} times in the article. Tell the scaffold which one with --prefix or --suffix: ${hint}`);
  }
  if (ctx.io.interactive && givenPrefix === undefined && givenSuffix === undefined) ctx.io.say(`  These words occur ${times} times in the article. ${hint}`);
  for (;;) {
    const prefix =
      givenPrefix !== undefined ? String(givenPrefix) : ctx.io.interactive ? await ctx.io.ask('Prefix: the words right before them (Enter to give a suffix instead): ') : '';
    const suffix =
      givenSuffix !== undefined ? String(givenSuffix) : ctx.io.interactive && !prefix.trim() ? await ctx.io.ask('Suffix: the words right after them: ') : '';
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
    const result = resolveAnchor(text, candidates[0] ?? { exact });
    const wrong = result.ok ? '' : result.reason === 'many' ? `That still matches ${result.count} times. ${hint}` : result.hint;
    if (!ctx.io.interactive || givenPrefix !== undefined || givenSuffix !== undefined) throw new Stop(`--prefix/--suffix: ${wrong}`);
    ctx.io.say(`  ${wrong}`);
  }
}

/** The flag that names each link of a chain, and the ones that belong to the link it opens. */
const LINK_FLAG = 'source';
const OWN_VOICE = 'own-voice';

/** The flags of a chain's links (`--source`, `--verb`, `--as`, `--venue`, `--venue-as`), from the schema. */
function chainParts(kind: Kind): string[] {
  const field = fieldsFor(kind).find((f) => f.value.type === 'list' && f.value.element.type === 'group' && KINDS[kind].ask.includes(f.key));
  return field?.value.type === 'list' && field.value.element.type === 'group' ? field.value.element.fields.map((part) => kebab(part.key)) : [];
}

/**
 * The chain from flags, in the order they were typed (issue 14.3): each `--source` opens a link, and
 * every `--verb`, `--as`, `--venue` and `--venue-as` after it belongs to that link, until the next
 * `--source`. A part before any `--source`, or one given twice for one source, is refused: counting
 * parts by position put a minister's surname on the outlet before him.
 */
export function bindChain(tokens: readonly { kind: string; name?: string; value?: string | undefined }[], parts: readonly string[]): Record<string, string>[] | string {
  const links: Record<string, string>[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.value === undefined) continue;
    const { name, value } = token;
    if (name === LINK_FLAG) {
      links.push({ [name]: value });
      continue;
    }
    if (!parts.includes(name)) continue;
    const link = links.at(-1);
    if (!link) {
      return `\`--${name} ${JSON.stringify(value)}\` comes before any --source, so it belongs to no source. Each --${name} belongs to the --source before it: write \`--source <id> --verb "..."${name === 'verb' ? '' : ` --${name} ${JSON.stringify(value)}`}\`.`;
    }
    if (link[name] !== undefined) {
      return `--source ${link[LINK_FLAG]} has two --${name} (${JSON.stringify(link[name])} and ${JSON.stringify(value)}). Each --${name} belongs to the --source before it: start each link of the chain with its own --source, outermost first, like \`--source a --verb "according to" --source b --verb said --as he\`.`;
    }
    link[name] = value;
  }
  return links;
}

/**
 * A claim's attribution chain, the one list of groups a kind asks for. From flags, each link as
 * `bindChain` bound it, its verb required; in a terminal, the sources as a list, outermost first,
 * then each one's verb. No source at all is the article's own voice, and must be said: with
 * `--own-voice`, or by answering the question a terminal asks.
 */
async function chain(ctx: Context, collection: CollectionName, article: string | undefined, field: FieldInfo): Promise<Values[]> {
  if (field.value.type !== 'list' || field.value.element.type !== 'group') return [];
  const [lead, ...rest] = field.value.element.fields;
  if (!lead) return [];
  const checkOf = (part: FieldInfo) => checkFor(ctx, collection, article, [field.key, '*', part.key], part);
  const verbHelp = (source: unknown) => `The article's verb for \`${String(source)}\` ("says", "according to"), copied from it`;
  const items: Values[] = [];
  if (ctx.links !== undefined && ctx.links.length > 0) {
    for (const link of ctx.links) {
      const item: Values = {};
      const all: readonly FieldInfo[] = [lead, ...rest];
      for (const part of all) {
        const flag = kebab(part.key);
        const given = link[flag];
        if (part.need === 'required' && part !== lead) {
          const value = await answer(ctx, flag, verbHelp(link[LINK_FLAG]), { required: true, check: checkOf(part), ...(given === undefined ? {} : { given }) });
          if (value === undefined && ctx.missing.at(-1)?.startsWith(`--${flag} `)) ctx.missing[ctx.missing.length - 1] = `--${flag} after --source ${link[LINK_FLAG]}`;
          item[part.key] = value ?? '';
          continue;
        }
        const value = given?.trim();
        if (!value) continue;
        const wrong = checkOf(part)(value);
        if (wrong) throw new Stop(`--${flag} ${JSON.stringify(value)}${part === lead ? '' : ` (for --source ${link[LINK_FLAG]})`}: ${wrong}`);
        item[part.key] = value;
      }
      if (item['venue'] !== undefined && item['venueAs'] === undefined) {
        const text = article === undefined ? undefined : ctx.texts.get(article);
        const proposal = venueWording(ctx, text, article, String(item['venue']));
        // Without a proposal from the article, no example words: an editor would paste them as the article's.
        throw new Stop(
          `--venue ${String(item['venue'])} (for --source ${link[LINK_FLAG]}) needs the article's own words for it: add ${proposal ? `\`--venue-as ${JSON.stringify(proposal)}\` after it, copied from the article.` : `\`--venue-as "..."\` after it, with the words the article uses for where it was said, copied from it (the article does not use the venue's name).`}`,
        );
      }
      items.push(item);
    }
    return items;
  }
  if (ctx.ownVoice) return [];
  if (!ctx.io.interactive) {
    throw new Stop(
      'Who says it? Give --source <id> --verb "..." for each link of the chain, outermost first (each --as, --venue and --venue-as after the --source it belongs to), or --own-voice if the article says it in its own voice.',
    );
  }
  for (;;) {
    const leads = await answers(ctx, kebab(lead.key), 'Who says it: source ids, outermost first', checkOf(lead));
    if (leads.length > 0) {
      for (const source of leads) {
        const item: Values = { [lead.key]: source };
        // Each link in full, as its flags would give it: the verb, then the article's words for the
        // source and where it was said, so a terminal's chain names "he" and "on Geo News" too.
        for (const part of rest) {
          const flag = kebab(part.key);
          if (part.need === 'required') {
            item[part.key] = (await answer(ctx, flag, verbHelp(source), { required: true, check: checkOf(part) })) ?? '';
          } else if (part.key === 'venueAs') {
            if (item['venue'] === undefined) continue;
            const text = article === undefined ? undefined : ctx.texts.get(article);
            const proposal = venueWording(ctx, text, article, String(item['venue']));
            const words = await answer(ctx, flag, `The article's own words for where it was said, copied from it`, { required: true, fallback: proposal, check: checkOf(part) });
            if (words !== undefined) item[part.key] = words;
          } else {
            const value = await answer(ctx, flag, `${sentence(part.help)} (for \`${String(source)}\`)`, { check: checkOf(part) });
            if (value !== undefined) item[part.key] = value;
          }
        }
        items.push(item);
      }
      return items;
    }
    const own = await ctx.io.ask('No source: does the article say this in its own voice, naming no source? (yes/no): ');
    if (/^y(es)?$/i.test(own.trim())) return [];
    ctx.io.say('  Then name who says it: the source the article credits, outermost first.');
  }
}

/** The article's words for a venue near the record, such as "on Geo News", to propose. */
function venueWording(ctx: Context, text: string | undefined, article: string | undefined, venue: string): string | undefined {
  if (text === undefined || article === undefined) return undefined;
  const name = ctx.names.get(venue)?.[0];
  if (!name) return undefined;
  const paragraph = ctx.anchorAt ? paragraphAt(text, ctx.anchorAt.start) : undefined;
  return venuePhrase(text, [name], ctx.languages.get(article), paragraph);
}

/** The answers for a kind, field by field: first what a terminal asks, in its order, then any other field given as a flag or required. */
async function ask(ctx: Context, kind: Kind): Promise<Values> {
  const spec = KINDS[kind];
  const { collection } = spec;
  const fields = fieldsFor(kind);
  const anchors = ANCHORS[collection];
  const anchorParts = new Set(anchors ? [anchors.prefix, anchors.suffix].filter((path) => path.length === 1).map((path) => path[0]) : []);
  const order = [...spec.ask, ...fields.map((field) => field.key).filter((key) => !spec.ask.includes(key) && !anchorParts.has(key))];
  const values: Values = {};
  let article: string | undefined;
  for (const key of order) {
    const field = fields.find((f) => f.key === key);
    if (!field) continue;
    const asked = spec.ask.includes(key) && (spec.askIf?.[key]?.(values) ?? true);
    const given = fieldFlags(kind, field).some((flag) => ctx.answers[flag.name] !== undefined);
    if (!asked && !given && field.need !== 'required') continue;
    const flag = kebab(key);
    const required = field.need === 'required';
    const { value: shape } = field;
    const ref = REFERENCES[collection].find((r) => samePath(r.path, [key]));
    let value: unknown;
    if (ref?.to === 'articles') {
      value = article = await articleId(ctx, flag);
    } else if (anchors && key === anchorKey(collection)) {
      // The words are a field of their own (a quote's `text`) or the `exact` of an `anchor` group.
      const exact = shape.type === 'group' ? shape.fields.find((part) => part.key === anchors.exact[1]) : field;
      const where = await anchor(ctx, article, kebab(anchors.exact.at(-1) ?? key), sentence(exact?.help ?? ''), required);
      const text = article === undefined ? undefined : ctx.texts.get(article);
      const resolved = where && text !== undefined ? resolveAnchor(text, where) : undefined;
      if (resolved?.ok) ctx.anchorAt = { start: resolved.start, end: resolved.end };
      if (where && shape.type === 'group') value = where;
      else if (where) Object.assign(values, { [key]: where.exact }, 'prefix' in where ? { prefix: where.prefix } : {}, 'suffix' in where ? { suffix: where.suffix } : {});
    } else if (shape.type === 'list' && shape.element.type === 'group') {
      value = await chain(ctx, collection, article, field);
    } else if (shape.type === 'list') {
      const check = checkFor(ctx, collection, article, [key, '*'], field);
      value = await answers(ctx, singular(flag), asked ? question(field) : undefined, check);
    } else if (shape.type === 'group') {
      const group: Values = {};
      for (const part of groupFlags(field)) {
        const given = ctx.answers[part.name];
        const text = (Array.isArray(given) ? given[0] : given)?.trim();
        if (text) group[part.key] = text;
      }
      if (Object.keys(group).length === 0) continue;
      const wrong = bySchema(collection, [key], field)(group);
      if (wrong) throw new Stop(`${groupFlags(field).map((part) => `--${part.name}`).join('/')}: ${wrong}`);
      value = group;
    } else {
      const check = checkFor(ctx, collection, article, [key], field);
      // The help says "or `null`": an editor who writes `--headline null` means no headline, not the
      // word; `--url null` means no address, so the word is not checked as one.
      const nullable = field.need === 'nullable';
      const said = await answer(ctx, flag, question(field), { required, fallback: spec.fallback?.[key], check: (value) => (nullable && value === 'null' ? undefined : check(value)) });
      const answered = nullable && said === 'null' ? undefined : said;
      value = shape.type === 'date' ? dateOf(ctx, answered) : answered;
      if (shape.type === 'date' && value !== undefined && typeof value !== 'string') {
        const wrong = bySchema(collection, [key], field)(value);
        if (wrong) throw new Stop(`${dateFlags().map((f) => `--${f.name}`).join('/')}: ${wrong}`);
      }
    }
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** `# ...` lines, wrapped for reading in an editor. */
function comment(words: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(/\s+/)) {
    if (line && `${line} ${word}`.length > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `# ${l}`).join('\n');
}

/** What a field's comment says: its description, and for a list of groups, what each item holds. */
function helpFor(field: FieldInfo): string {
  const { value } = field;
  if (value.type === 'date') return `${field.help} If the text does not state the date, write it as an object and say in \`inferred\` what it was worked out from.`;
  if (value.type !== 'list' || value.element.type !== 'group') return field.help;
  const parts = value.element.fields;
  const needed = parts.filter((part) => part.need === 'required').map((part) => `\`${part.key}\` (${part.help.replace(/\.$/, '')})`);
  const optional = parts.filter((part) => part.need !== 'required').map((part) => `\`${part.key}\``);
  return `${field.help} Each item: ${needed.join(', ')}${optional.length ? `, and optionally ${optional.join(' and ')}` : ''}.`;
}

/** What the file says for a field: the answer, else its default or `null`; undefined for a field left to fill in. */
function valueOf(field: FieldInfo, values: Values): unknown {
  if (field.key in values) return values[field.key];
  return field.need === 'nullable' ? null : field.need === 'default' ? field.fallback : undefined;
}

/**
 * The file: every field of the schema in its order, under a comment that says what it is for;
 * answered fields with their answers, the others with their default, `null`, or commented out.
 */
function render(fields: readonly FieldInfo[], values: Values, body = ''): string {
  const out = ['---'];
  for (const field of fields) {
    out.push(comment(helpFor(field)));
    const value = valueOf(field, values);
    if (value === undefined) out.push(`# ${field.key}:`);
    else if ((Array.isArray(value) && value.length > 0) || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0)) {
      out.push(`${field.key}:\n${stringify(value, { lineWidth: 0 }).trimEnd().replace(/^/gm, '  ')}`);
    } else out.push(`${field.key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`);
  }
  out.push('---');
  return `${out.join('\n')}\n${body}`;
}

/** The whole record checked by its schema before anything is written: the rules between fields (a status and its review). */
function checkRecord(kind: Kind, values: Values, fields: readonly FieldInfo[]): void {
  const { collection } = KINDS[kind];
  const { schema, singular: name } = COLLECTIONS[collection];
  const data = Object.fromEntries(fields.map((field) => [field.key, valueOf(field, values)]).filter(([, value]) => value !== undefined));
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return;
  // A field nobody answered (a group to fill in by hand) is left for the check after writing to name.
  const first = result.error.issues.find((issue) => typeof issue.path[0] === 'string' && issue.path[0] in values);
  if (!first) return;
  const problem = issueToProblem(first, { file: '', singular: name, schema, positions: new Map() });
  throw new Stop(`--${kebab(String(first.path[0]))}: ${problem.message} ${problem.fix}`);
}

async function scaffold(ctx: Context, kind: Kind): Promise<{ id: string; text: string; next: string[] }> {
  const spec = KINDS[kind];
  const values = await ask(ctx, kind);
  const textFile = spec.body
    ? await answer(ctx, 'text-file', 'A plain-text file holding the article text', {
        check: (path) => (existsSync(fromEditor(path)) ? undefined : `There is no file \`${fromEditor(path)}\`.`),
      })
    : undefined;
  complete(ctx);
  const fields = fieldsFor(kind);
  checkRecord(kind, values, fields);
  const id = await newId(ctx, spec.collection, spec.id(values, ctx.languages.get(str(values['article'])) ?? 'en'));
  const body = textFile ? `\n${normalizeText(readFileSync(fromEditor(textFile), 'utf8')).trim()}\n` : '';
  return { id, text: render(fields, values, body), next: spec.next?.(values, body) ?? [] };
}

/**
 * `npm run new -- <kind>`: write one new record under `content/<folder>/<id>.md`. Returns the exit
 * code. Nothing is written unless every answer is valid, and an existing file is never replaced.
 */
export async function runNew(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first.startsWith('-')) {
    io.say(usage());
    return first === '--help' || first === '-h' ? 0 : 1;
  }
  if (first === 'correction' || first === 'corrections') return runCorrection(argv.slice(1), io, cwd);
  const kind = KIND_NAMES.find((name) => name === first || name === first.replace(/s$/, ''));
  if (!kind) {
    const guess = suggest(first, KIND_NAMES);
    io.say(`\`${first}\` is not something \`npm run new\` makes.${guess ? ` Did you mean \`${guess}\`?` : ''} Use one of: ${KIND_NAMES.join(', ')}.`);
    return 1;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    io.say(usage(kind));
    return 0;
  }
  const flags = new Map(flagsFor(kind).map((flag) => [flag.name, flag]));
  let values: Record<string, string | string[] | undefined>;
  let links: Record<string, string>[] | string | undefined;
  let ownVoice: boolean;
  try {
    const parsed = parseArgs({
      tokens: true,
      args: [...argv.slice(1)],
      options: Object.fromEntries([...flags.values()].map((flag) => [flag.name, flag.boolean ? { type: 'boolean' as const } : { type: 'string' as const, multiple: flag.multiple }])),
      allowPositionals: false,
      strict: true,
    });
    const { [OWN_VOICE]: own, ...rest } = parsed.values;
    ownVoice = own === true;
    values = rest as Record<string, string | string[] | undefined>;
    const parts = chainParts(kind);
    if (parsed.tokens.some((token) => token.kind === 'option' && parts.includes(token.name))) links = bindChain(parsed.tokens, parts);
  } catch (error) {
    const stray = /Unexpected argument '([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    // `npm run new claim --article x` (no `--`): npm takes the flags as its own settings, passes them
    // on as `npm_config_<flag>` (beside the few it always sets, `prefix` among them), and leaves this
    // script the values alone.
    const taken = [...flags.keys()].filter((name) => name !== 'prefix' && process.env[`npm_config_${name.replaceAll('-', '_')}`] !== undefined);
    if (stray !== undefined && taken.length > 0) {
      io.say(
        `npm kept ${taken.map((name) => `\`--${name}\``).join(', ')} for itself, so this script saw only the values. Put \`--\` between \`npm run new\` and the rest: \`npm run new -- ${kind} --${taken[0]} …\`.`,
      );
      return 1;
    }
    if (stray !== undefined) {
      io.say(`\`${stray}\` has no flag before it. Every answer is given as \`--flag value\`; put a value with spaces in quotes, like \`--name "Geo News"\`.`);
      return 1;
    }
    const unknown = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    const guess = unknown ? suggest(unknown.replace(/^-+/, ''), [...flags.keys()]) : undefined;
    io.say(
      `${unknown ? `\`${unknown}\` is not a flag for a new ${kind}` : `The flags could not be read: ${error instanceof Error ? error.message : String(error)}`}.${guess ? ` Did you mean \`--${guess}\`?` : ''}`,
    );
    io.say(usage(kind));
    return 1;
  }
  if (typeof links === 'string') {
    io.say(`Nothing was written. ${links}`);
    return 1;
  }
  if (ownVoice && links !== undefined) {
    io.say('Nothing was written. --own-voice says the article states this itself, but --source names who says it: give one or the other.');
    return 1;
  }
  const root = resolve(cwd, typeof values['root'] === 'string' ? values['root'] : '.');
  if (!existsSync(join(root, 'content'))) {
    io.say(`There is no \`content/\` folder in \`${root}\`. Run the command from the project folder, or give --root.`);
    return 1;
  }
  const { collection } = KINDS[kind];
  const ids: Record<CollectionName, string[]> = { articles: [], sources: [], claims: [], quotes: [], events: [], stories: [] };
  for (const file of readContentDir(root).files) ids[file.collection].push(idFromFile(file.file));
  const { analysis, corpus } = checkContent(root);
  const articleOf = new Map<string, string>();
  for (const entry of corpus.claims) articleOf.set(`claims/${entry.id}`, entry.data.article);
  for (const entry of corpus.events) articleOf.set(`events/${entry.id}`, entry.data.article);
  const languages = new Map(corpus.articles.map((entry) => [entry.id, entry.data.language]));
  const names = sourceNames(corpus.sources);
  const ctx: Context = {
    io,
    answers: values,
    flags,
    ids,
    texts: analysis.texts,
    articleOf,
    languages,
    names,
    ownVoice,
    ...(links === undefined ? {} : { links }),
    missing: [],
  };

  if (io.interactive) io.say(`A new ${kind} for content/${collection}/. Press Enter to accept a [default]; Ctrl+C stops without writing anything.`);
  let made: { id: string; text: string; next: string[] } | undefined;
  try {
    made = await scaffold(ctx, kind);
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
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
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
