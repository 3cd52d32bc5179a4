import { z } from 'astro/zod';

/**
 * Issues raised by our own checks carry the editor's fix beside the message, so the error map can
 * print "what is wrong" and "how to fix it" as two parts.
 */
export function issue(message: string, fix: string, path?: PropertyKey[]) {
  return { code: 'custom' as const, message, params: { fix }, ...(path ? { path } : {}) };
}

/** Lower-case words joined by hyphens: the file name of a record, and how other records refer to it. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe('An id: the file name of a record without `.md`, in lower-case words joined by hyphens, like `khawaja-asif`.');

/** Free text that must say something. */
export const TextSchema = z.string().trim().min(1);

/**
 * The longest text each kind of field may hold, in characters (code points: an emoji or a Chinese
 * character counts one). One place for them: the schemas enforce them, the page sizes
 * (src/model/page-sizes.ts) are chosen for them, the README states them. Each is well above
 * what a careful analysis writes, and low enough that one field cannot swell a page past its budget.
 */
export const FIELD_BOUNDS = {
  /** Any record's id: its file name without `.md`, so every path the site writes stays short. */
  id: 60,
  title: 120,
  summary: 320,
  headline: 160,
  /** A publisher's or agency's name. */
  publisher: 80,
  url: 300,
  /** What a date was inferred from; a date's own words. */
  dateBasis: 200,
  dateText: 40,
  statement: 300,
  /** A source's name, the article's words for it (`as`, an alias, `venueAs`), its name in its own script, a reviewer. */
  name: 80,
  verb: 40,
  hedge: 40,
  eventTitle: 120,
  quote: 600,
  description: 240,
  /** A person's role or affiliation. */
  role: 80,
  /** One sentence: a review's finding, a correction's `was` and `now`, what an article says of a source. */
  sentence: 300,
} as const;

/** The longest markdown body of a file, in characters: an article's text, and an editor's note on any other record. */
export const BODY_BOUNDS = { article: 500_000, note: 2_000 } as const;

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The most characters a text field takes, for what describes the fields (the editing guide's tables,
 * src/content/schema-fields.ts): a registry, whose entries a field's `.describe()` and `.optional()`
 * copies inherit.
 */
export const TEXT_LIMITS = z.registry<{ maxCharacters: number }>();

/** Text of at most `max` characters; the message says the limit, so the editor knows how much to cut. */
export function bounded<T extends z.ZodString>(schema: T, max: number, rest = "put the rest in the record's note below the frontmatter if it must be said"): T {
  const refined = schema.superRefine((value, ctx) => {
    const length = characters(value);
    if (length <= max) return;
    ctx.addIssue(
      issue(
        `This text is ${length.toLocaleString('en')} characters long; the limit for this field is ${max.toLocaleString('en')}.`,
        `Shorten it by at least ${(length - max).toLocaleString('en')} characters: keep the words that carry the point${rest ? `, and ${rest}` : ''}.`,
      ),
    );
  });
  TEXT_LIMITS.add(refined, { maxCharacters: max });
  return refined;
}

/**
 * Free text that must say something, of at most `max` characters. `rest` says where what is cut can
 * go (an article has no note: the body below its frontmatter is its text); `''` for nowhere.
 */
export function boundedText(max: number, rest?: string) {
  return bounded(TextSchema, max, rest);
}

/** An http or https address. Any other scheme (`javascript:`, `data:`, `file:`) is refused. */
export const SafeUrlSchema = z.string().superRefine((value, ctx) => {
  if (characters(value) > FIELD_BOUNDS.url) {
    ctx.addIssue(
      issue(
        `This address is ${characters(value).toLocaleString('en')} characters long; the limit is ${FIELD_BOUNDS.url}.`,
        'Link to the page without the tracking part after `?` or `#`, which the page does not need.',
      ),
    );
    return;
  }
  if (/\s/u.test(value)) {
    // `new URL` would take it (as `%20`), and the page would link to an address its writer did not give.
    ctx.addIssue(
      issue(
        `The address \`${value}\` has a space in it, which no web address has: it is not the page's address as the browser shows it.`,
        "Copy the address again from the browser's address bar; if the page's address really has a space, write it as `%20`.",
      ),
    );
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue(issue(`\`${value}\` is not a web address.`, 'Write a full address that starts with `https://`.'));
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue(
      issue(
        `\`${url.protocol}\` addresses are not allowed: only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.`,
        'Link to the web page itself, with an address that starts with `https://`.',
      ),
    );
  }
});

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A language's English name ("Urdu"), or none when the tag names no language known to CLDR. */
export function languageName(language: string): string | undefined {
  try {
    return languageNames.of(language);
  } catch {
    return undefined;
  }
}

let byName: Map<string, string> | undefined;

/** The two-letter tag of a language written by its English name (`english` → `en`), if any. */
function tagOfName(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters)
      for (const b of letters) {
        const known = languageName(a + b);
        if (known) byName.set(known.toLowerCase(), a + b);
      }
  }
  return byName.get(name.trim().toLowerCase());
}

/**
 * A BCP 47 language tag such as `en`, `fa` or `ps-AF`, whose language is one CLDR knows (or one
 * of the private-use `qaa`–`qtz`): a well-formed tag of no language (`xx`, `english`) would be
 * published as the page's `lang` and read aloud in no voice.
 */
export const LangSchema = z.string().superRefine((value, ctx) => {
  // `tr_TR`, as computers' locale settings write it, is the tag `tr-TR`: said so, not "not a tag".
  const hyphened = value.replace(/_/g, '-');
  let language: string | undefined;
  try {
    if (Intl.getCanonicalLocales(hyphened).length === 1) language = new Intl.Locale(hyphened).language;
  } catch {
    // reported below
  }
  const written = hyphened.split('-')[0]?.toLowerCase();
  if (language !== undefined && written !== undefined && written !== language && languageName(language) !== undefined) {
    // An old code Intl still reads (`iw` for Hebrew, `in` for Indonesian): the site's rules and the
    // pages know the language by its current one.
    ctx.addIssue(issue(`\`${value}\` is an old code for ${languageName(language)}.`, `Write \`${hyphened.replace(/^[^-]+/, language)}\`.`));
    return;
  }
  if (language !== undefined && (languageName(language) !== undefined || /^q[a-t][a-z]$/.test(language))) {
    if (hyphened !== value) ctx.addIssue(issue(`\`${value}\` has an underscore where a language tag has a hyphen.`, `Write \`${hyphened}\`.`));
    return;
  }
  const named = tagOfName(value);
  ctx.addIssue(
    issue(
      language === undefined ? `\`${value}\` is not a language tag.` : `\`${value}\` is written like a language tag, but \`${language}\` is no language.`,
      named ? `Did you mean \`${named}\`? Tags are short codes, not names.` : 'Use a BCP 47 tag such as `en`, `fa`, `ps` or `ar`.',
    ),
  );
});

export type Id = z.infer<typeof IdSchema>;
