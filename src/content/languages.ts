/**
 * What a language tag says of the text it is on, from CLDR through `Intl.Locale`, so no list of
 * languages is kept here: its language without region or script, its likely script, the direction
 * it reads in. The content check (src/content/rules/language-scripts.ts) and the pages
 * (src/model/text-direction.ts) both ask.
 */

/** Each tag's likely script (ISO 15924), worked out once a tag. */
const scripts = new Map<string, string | undefined>();

export function likelyScript(tag: string): string | undefined {
  if (!scripts.has(tag)) {
    try {
      scripts.set(tag, new Intl.Locale(tag).maximize().script);
    } catch {
      scripts.set(tag, undefined);
    }
  }
  return scripts.get(tag);
}

/** Scripts written right to left, by their ISO 15924 code. */
const RTL_SCRIPTS = new Set(['Arab', 'Aran', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Samr', 'Mand', 'Adlm', 'Rohg', 'Yezi', 'Mend', 'Nbat', 'Palm', 'Phnx']);

/**
 * The direction a language is written in, from its tag: `ur`, `fa`, `ar`, `he`, `ps-AF` and `az-Arab`
 * read right to left. The likely script of a tag without one comes from CLDR (`Intl.Locale.maximize`),
 * so an article needs no list of languages kept here.
 */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const script = likelyScript(tag);
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

const baseLanguages = new Map<string, string>();

/** A tag's language without its region or script (`en` of `en-GB`), worked out once a tag: pages ask it of every claim. */
export function baseLanguage(tag: string): string {
  let base = baseLanguages.get(tag);
  if (base === undefined) {
    try {
      base = new Intl.Locale(tag).language;
    } catch {
      base = tag.toLowerCase();
    }
    baseLanguages.set(tag, base);
  }
  return base;
}
