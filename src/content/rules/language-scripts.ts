import { baseLanguage, languageDirection, likelyScript } from '../languages.ts';
import { wordsMismatch } from '../language-words.ts';
import { languageName } from '../schemas/common.ts';
import { aNoun } from '../problems.ts';
import { yamlString } from '../anchor-hints.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * The Unicode scripts an ISO 15924 code stands for, where it is not one itself: a language's
 * likely script (CLDR, through `Intl.Locale.maximize`) may be a writing system of several scripts.
 */
const WRITING_SYSTEMS: Readonly<Record<string, readonly string[]>> = {
  Hans: ['Hani'],
  Hant: ['Hani'],
  Hanb: ['Hani', 'Bopo'],
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Aran: ['Arab'],
  Latf: ['Latn'],
  Latg: ['Latn'],
  Cyrs: ['Cyrl'],
  Syre: ['Syrc'],
  Syrj: ['Syrc'],
  Syrn: ['Syrc'],
};

/**
 * Scripts a text's letters are told apart by, to name the one it is written in. Not a table of
 * languages (a tag's script comes from CLDR): only which letters there are. A letter of none of
 * these counts against the tag's script without naming one.
 */
const NAMED_SCRIPTS = [
  'Latn', 'Arab', 'Hebr', 'Cyrl', 'Grek', 'Armn', 'Geor', 'Hani', 'Hira', 'Kana', 'Hang', 'Bopo',
  'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh', 'Thai', 'Laoo',
  'Khmr', 'Mymr', 'Tibt', 'Ethi', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Tfng', 'Mong', 'Cher', 'Cans',
] as const;

const patterns = new Map<string, RegExp | null>();

/** `\p{Script=Arab}` for a Unicode script's code (the property takes ISO 15924 codes), or none for a code that is no Unicode script. */
function scriptPattern(code: string): RegExp | undefined {
  if (!patterns.has(code)) {
    try {
      patterns.set(code, new RegExp(`\\p{Script=${code}}`, 'u'));
    } catch {
      patterns.set(code, null);
    }
  }
  return patterns.get(code) ?? undefined;
}

/** The Unicode scripts of an ISO 15924 code: `Jpan` is Han, Hiragana and Katakana. */
export function scriptsOf(code: string): readonly string[] {
  return WRITING_SYSTEMS[code] ?? [code];
}

/** Fewer letters than this and a text says too little to tell its script: `AP`, `王`. */
export const MIN_LETTERS = 3;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The script most of a text's letters (more than half) are written in, as an ISO 15924 code:
 * `Arab`, `Latn`; Han with kana is `Jpan`, Hangul with Han is `Kore`. None when the text has too
 * few letters to tell (fewer than `min`), or no script has more than half of them (a mixed text):
 * digits, punctuation and a Latin brand name in an Arabic sentence leave it Arabic.
 */
export function dominantScript(text: string, min = MIN_LETTERS): string | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    letters++;
    const code = NAMED_SCRIPTS.find((script) => scriptPattern(script)?.test(char)) ?? 'Zzzz';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (letters < min) return undefined;
  const count = (code: string) => counts.get(code) ?? 0;
  // Japanese mixes Han with kana, Korean may mix Hangul with Han: each is one writing system.
  const merge = (into: string, parts: readonly string[]) => {
    counts.set(into, parts.reduce((sum, part) => sum + count(part), 0));
    for (const part of parts) counts.delete(part);
  };
  if (count('Hira') + count('Kana') > 0) merge('Jpan', ['Hani', 'Hira', 'Kana']);
  else if (count('Hang') > 0) merge('Kore', ['Hang', 'Hani']);
  for (const [code, n] of counts) if (n * 2 > letters && code !== 'Zzzz') return code;
  return undefined;
}

const scriptNames = new Intl.DisplayNames('en', { type: 'script', fallback: 'code' });

/** `Arabic script`, `Japanese script`, `Simplified Han script`. */
export function scriptName(code: string): string {
  const name = scriptNames.of(code) ?? code;
  return `${scriptsOf(code).length === 1 && scriptsOf(code)[0] === 'Hani' && code !== 'Hani' ? `${name} Han` : name} script`;
}

/** The direction a script is written in, by the direction CLDR's likeliest language of it reads. */
function scriptDirection(code: string): 'ltr' | 'rtl' {
  return languageDirection(`und-${code}`);
}

/**
 * Letters of the Arabic script that Arabic itself does not use, by the language that does, most
 * telling first: a text with them is not Arabic, whatever CLDR's likeliest language of the script.
 */
const ARABIC_SCRIPT_LETTERS: readonly (readonly [tag: string, letters: RegExp])[] = [
  ['ps', /[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0]/gu],
  ['ur', /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06C2\u06D2]/gu],
  ['ckb', /[\u0695\u06B5\u06C6\u06CE]/gu],
  ['fa', /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu],
];

/** The language an Arabic-script text's own letters tell (`fa` for گ, پ, ی), and those letters; none for Arabic's letters alone. */
export function arabicScriptLanguage(text: string): { tag: string; letters: string[] } | undefined {
  for (const [tag, letters] of ARABIC_SCRIPT_LETTERS) {
    const found = [...new Set(text.match(letters) ?? [])];
    // One stray letter (a loanword, a name) in a long text is not the language: three, or one in thirty letters of a short one.
    if (found.length > 0 && (text.match(letters)?.length ?? 0) >= Math.min(3, Math.ceil(text.length / 30))) return { tag, letters: found.slice(0, 4) };
  }
  return undefined;
}

/** The tag of the language most written in a script (CLDR): `ar` for Arabic script, `en` for Latin. */
function likelyTag(code: string): string | undefined {
  try {
    const language = new Intl.Locale(`und-${code}`).maximize().language;
    return language === 'und' ? undefined : language;
  } catch {
    return undefined;
  }
}

export interface ScriptMismatch {
  /** The script the text is written in, and its name: `Arab`, `Arabic script`. */
  script: string;
  written: string;
  /** The script the tag implies and its name. */
  expected: string;
  expectedName: string;
  /**
   * An error when the text reads in the other direction from its tag's (the page would set the
   * wrong `dir`), or is in another script than Latin under a tag of a language written in Latin
   * letters (Thai under `en`: read aloud in an English voice, broken into lines by English rules),
   * unless CLDR knows the language written in that script where it is spoken (Uzbek in Cyrillic).
   * Else a warning: Latin letters under a tag of another script (`sr` in Latin letters), or
   * Japanese kanji under `zh`, may be the language written another way.
   */
  severity: 'error' | 'warning';
  /** The text reads in the other direction from its tag's. */
  wrongDirection: boolean;
  /** The tag of the language most written in the text's script (`ar`), if CLDR has one. */
  suggested?: string;
}

/**
 * Whether CLDR knows the tag's language written in `script` where it is most spoken: Cyrillic in
 * Uzbekistan is Uzbek (`und-Cyrl-UZ` is `uz-Cyrl-UZ`), Thai in the United States is not English.
 */
function writtenIn(tag: string, script: string): boolean {
  try {
    const { language, region } = new Intl.Locale(tag).maximize();
    return region !== undefined && new Intl.Locale(`und-${script}-${region}`).maximize().language === language;
  } catch {
    return false;
  }
}

/**
 * Whether a text is written in another script than its language tag implies: `undefined` when it
 * is not, or cannot be told (a tag of no known script, a short or mixed text). Han letters are
 * right for Japanese and Korean tags as well, as both write them.
 */
export function scriptMismatch(text: string, tag: string): ScriptMismatch | undefined {
  const expected = likelyScript(tag);
  const script = dominantScript(text);
  if (expected === undefined || script === undefined) return undefined;
  const allowed = new Set(scriptsOf(expected));
  if (scriptsOf(script).every((part) => allowed.has(part))) return undefined;
  const suggested = (script === 'Arab' ? arabicScriptLanguage(text)?.tag : undefined) ?? likelyTag(script);
  const wrongDirection = scriptDirection(script) !== languageDirection(tag);
  const latinTag = expected === 'Latn' && !writtenIn(tag, script);
  return {
    script,
    written: scriptName(script),
    expected,
    expectedName: scriptName(expected),
    severity: wrongDirection || latinTag ? 'error' : 'warning',
    wrongDirection,
    ...(suggested ? { suggested } : {}),
  };
}

/** A language by its English name, or its code when it has none: `French`, `qaa`. */
const called = (tag: string): string => languageName(tag) ?? tag;

/** “`language: en` is English, written in Latin script”. */
function tagSays(key: string, tag: string, mismatch: ScriptMismatch): string {
  const base = baseLanguage(tag);
  const name = languageName(base);
  return `\`${key}: ${tag}\` is ${name ?? `the language \`${base}\``}, written in ${mismatch.expectedName}`;
}

/** What an error's mismatch does to the page, after a colon: the words for a wrong direction, or for a wrong voice alone; nothing for a warning. */
function consequence(mismatch: ScriptMismatch, direction: string, voice: string): string {
  if (mismatch.severity !== 'error') return '';
  return `: ${mismatch.wrongDirection ? direction : voice}`;
}

/** What to set instead: the likeliest tag of the text's script, or a tag saying the script when the language may well be written in both (`sr-Latn`). */
function tagFix(key: string, tag: string, mismatch: ScriptMismatch, verb = 'Set'): string {
  const right = mismatch.suggested ? `${verb} \`${key}: ${mismatch.suggested}\` (or the right tag for this text)` : `${verb} \`${key}:\` to the right tag for this text`;
  if (mismatch.severity === 'error' || verb !== 'Set') return `${right}.`;
  const base = baseLanguage(tag);
  const name = called(base);
  return `${right}; if it is ${name} written in ${mismatch.written}, say so with the script in the tag: \`${key}: ${base}-${mismatch.script}\`.`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Han characters a text needs, with no kana or Hangul, to be told from Japanese or Korean: a long run, not a name. */
const HAN_ONLY_LETTERS = 20;

/**
 * A text under `ja` or `ko` written in Han characters alone: Japanese running text always has kana,
 * Korean Hangul, so it is Chinese (or the tag of a copied template).
 */
function languageByLetters(text: string, tag: string): { message: string; fix: string } | undefined {
  const base = baseLanguage(tag);
  if ((base !== 'ja' && base !== 'ko') || dominantScript(text) !== 'Hani') return undefined;
  if ((text.match(/\p{Script=Han}/gu)?.length ?? 0) < HAN_ONLY_LETTERS) return undefined;
  const name = called(base);
  const own = base === 'ja' ? 'kana (ひらがな, カタカナ)' : 'Hangul (한글)';
  return {
    message: `The article text is written in Han characters alone, with no ${own}, as Chinese is written, but \`language: ${tag}\` is ${name}: a screen reader would read it in a ${name} voice.`,
    fix: `Set \`language: zh\` (or \`zh-Hant\` for traditional characters) if the article is in Chinese; leave it if it is ${name}.`,
  };
}

/** A text in Latin letters whose commonest words are another language's than its tag's (src/content/language-words.ts). */
function languageByWords(text: string, tag: string): { message: string; fix: string } | undefined {
  const base = baseLanguage(tag);
  const guess = wordsMismatch(text, base);
  if (!guess) return undefined;
  const name = called(guess.tag);
  const tagged = called(base);
  return {
    message: `The article text reads as ${name}: ${percent(guess.share)} of its ${guess.count} words are among ${name}'s commonest (${guess.examples.join(', ')}), ${percent(guess.tagged)} among ${tagged}'s; but \`language: ${tag}\` is ${tagged}: a screen reader would read it in ${aNoun(tagged)} voice, and the page break and hyphenate it by ${tagged} rules.`,
    fix: `Set \`language: ${guess.tag}\` if the article is in ${name} (or the right tag for this text); leave it if it is ${tagged}.`,
  };
}

/**
 * A text's letters are in the script its language tag implies (CLDR's likely script of the tag):
 * an all-Arabic article tagged `language: en`, a source's `nativeName` in Latin letters tagged
 * `lang: ar`. The page sets the text's `lang` and `dir` from the tag, so a tag that reads the other
 * way is an error (wrong direction, wrong hyphenation, a screen reader in the wrong voice); another
 * script of the same direction is a warning, as a language may be written in more than one
 * (Serbian in Latin letters as in Cyrillic: `sr-Latn` says so).
 *
 * An article's text in the script of its tag is also told apart from other languages of that script
 * where its letters or words tell it (warnings): Han alone under `ja` or `ko` is Chinese, and a text
 * in Latin letters whose commonest words are French under `en` is French (src/content/language-words.ts).
 *
 * Checked: an article's text against its `language`, a source's `nativeName.text` against its
 * `lang`, a story's title and summary against its `language` (English when it has none). A
 * source's `name` with no Latin letter and no `nativeName` is a warning: the site's pages are in
 * English, and no tag says which language the name is in (Arabic letters may be Arabic, Persian,
 * Urdu…), so a screen reader reads it in an English voice; some sources have no Latin name. The
 * words records copy from an article (verbs, names, quotes) are not checked one by one: they are in
 * the article's language by being its words, and a Latin name inside an Arabic article is right.
 */
export const languageScripts: Rule = ({ records, analysis }) => [
  ...eachRecord(records.articles.values(), (article, report) => {
    const tag = article.data.language;
    const text = analysis.texts.get(article.id) ?? article.body;
    const mismatch = tag === undefined ? undefined : scriptMismatch(text, tag);
    // Under `ar`, a text in Arabic letters passes the script's check; letters Arabic does not use say it is another language.
    const other = tag !== undefined && baseLanguage(tag) === 'ar' && !mismatch ? arabicScriptLanguage(text) : undefined;
    if (tag !== undefined && other) {
      report({
        ...at(article, ['language']),
        severity: 'warning',
        message: `The article text has letters Arabic does not use (${other.letters.join(' ')}), as ${called(other.tag)} does, but \`language: ${tag}\` is Arabic: a screen reader would read it in an Arabic voice.`,
        fix: `Set \`language: ${other.tag}\` if the article is in ${called(other.tag)} (or the right tag for this text); leave it if the article is Arabic.`,
      });
    }
    if (tag !== undefined && !mismatch) {
      const told = languageByLetters(text, tag) ?? languageByWords(text, tag);
      if (told) report({ ...at(article, ['language']), severity: 'warning', ...told });
    }
    if (tag === undefined || !mismatch) return;
    report({
      ...at(article, ['language']),
      severity: mismatch.severity,
      message: `The article text is written in ${mismatch.written}, but ${tagSays('language', tag, mismatch)}${consequence(mismatch, 'the page would set the wrong direction and hyphenation, and a screen reader the wrong voice', 'a screen reader would read it in the wrong voice, and the page break it into lines by the wrong rules')}.`,
      fix: tagFix('language', tag, mismatch),
    });
  }),
  ...eachRecord(records.sources.values(), (source, report) => {
    const native = source.data.nativeName;
    const mismatch = native && scriptMismatch(native.text, native.lang);
    if (!native || !mismatch) return;
    // Latin letters under a tag of another script are most often the name as the site writes it, copied into the wrong field.
    const latin =
      mismatch.script === 'Latn'
        ? `Write the name in ${mismatch.expectedName} here (\`nativeName\` is the name as written in its own script; \`${native.text}\` belongs in \`name\` or \`aliases\`), or `
        : '';
    report({
      ...at(source, ['nativeName', 'lang']),
      severity: mismatch.severity,
      message: `\`nativeName.text\` (\`${native.text}\`) is written in ${mismatch.written}, but ${tagSays('lang', native.lang, mismatch)}${consequence(mismatch, 'the page would show the name in the wrong direction', 'a screen reader would read the name in the wrong voice')}.`,
      fix: `${latin}${tagFix('lang', native.lang, mismatch, latin ? 'set' : 'Set')}`,
    });
  }),
  ...eachRecord(records.sources.values(), (source, report) => {
    const { name, nativeName } = source.data;
    if (name === undefined || nativeName || LATIN.test(name)) return;
    // A name of one or two letters is enough here (王毅): it is a name with no Latin letter that is looked for, not a tag to check.
    const script = dominantScript(name, 1);
    if (!script) return;
    const tag = (script === 'Arab' ? arabicScriptLanguage(name)?.tag : undefined) ?? likelyTag(script);
    const language = tag === undefined ? undefined : languageName(tag);
    report({
      ...at(source, ['name']),
      severity: 'warning',
      message: `The source's \`name\` (\`${name}\`) is written in ${scriptName(script)} only, and it has no \`nativeName\`: the site's pages are in English and cannot tell which language the name is in, so a screen reader reads it in an English voice, and readers who do not read ${scriptName(script)} cannot read it.`,
      fix: `Write the name as readers of the site know it (in Latin letters, as English-language news writes it) in \`name\`, and this spelling under it, with the tag of its language: \`nativeName: { text: ${yamlString(name)}, lang: ${tag ?? 'xx'} }\`${language ? ` (\`${tag}\` is ${language}; put the right tag if the name is in another language)` : ' (put the tag of the language the name is in for `xx`)'}. If the source has no name in Latin letters, leave \`name\` as it is.`,
    });
  }),
  ...eachRecord(records.stories.values(), (story, report) => {
    const tag = story.data.language;
    const found = (['title', 'summary'] as const).flatMap((field) => {
      const text = story.data[field];
      const mismatch = text === undefined ? undefined : scriptMismatch(text, tag ?? 'en');
      return mismatch ? [{ field, mismatch }] : [];
    });
    const [first] = found;
    if (!first) return;
    // Title and summary in the same wrong script are one mistake, told once.
    const same = found.every(({ mismatch }) => mismatch.script === first.mismatch.script);
    for (const { field, mismatch } of same ? [first] : found) {
      const what = same && found.length > 1 ? 'title and summary are' : `${field} is`;
      const wrongWay = consequence(mismatch, 'the page would set the wrong direction', 'a screen reader would read it in the wrong voice');
      report({
        ...at(story, tag === undefined ? [field] : ['language']),
        severity: mismatch.severity,
        message:
          tag === undefined
            ? `The story's ${what} written in ${mismatch.written}, but the story has no \`language\`, so it is taken as English, written in ${mismatch.expectedName}${wrongWay}.`
            : `The story's ${what} written in ${mismatch.written}, but ${tagSays('language', tag, mismatch)}${wrongWay}.`,
        fix: tag === undefined ? tagFix('language', 'en', mismatch, 'Add') : tagFix('language', tag, mismatch),
      });
    }
  }),
];
