import { baseLanguage, languageDirection, likelyScript } from '../content/languages.ts';

export { baseLanguage, languageDirection };

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam, Hanifi Rohingya. */
const RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
/** Any other letter reads left to right. */
const LETTER = /\p{L}/u;

/** The direction of a piece of text, from its first strongly directional letter (as `dir="auto"` would). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return 'ltr';
}

/** The language of a piece of a page and the direction it reads in: the attributes `lang` and `dir` of the element that holds it. */
export interface TextLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function textLanguage(tag: string): TextLanguage {
  return { lang: tag, dir: languageDirection(tag) };
}

/** The language the site's own words are in: the pages' `lang`. */
export const SITE_LANG = 'en';

/**
 * The `lang` and `dir` attributes for a piece of an article's words set inside the site's own
 * sentences (a verb in a chain, a quote in a list): none when the article is in the site's language,
 * so an English page does not repeat `lang="en"` on every verb.
 */
export function wordsAttrs(language: TextLanguage): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return baseLanguage(language.lang) === SITE_LANG && language.dir === 'ltr' ? {} : { lang: language.lang, dir: language.dir };
}

const LATIN = /\p{Script=Latin}/u;

/** Whether a text has a letter of a script other than Latin (the site's own words are in Latin letters). */
function hasOtherLetters(text: string): boolean {
  for (const char of text) if (LETTER.test(char) && !LATIN.test(char)) return true;
  return false;
}

/** The attributes an editor's text gets: the language it is in, when not the site's, and `rtl` when it reads so. */
export type EditorTextAttrs = { lang?: string; dir?: 'rtl' };

/**
 * The attributes for a text an editor wrote about an article (a claim's statement, the article's
 * title, an event's title), which may be in the site's language or in the article's. Written in the
 * article's letters when the article's language is not written in Latin ones (Japanese, Hindi, Urdu):
 * the article's language, and right to left when it reads so, so a screen reader speaks it in that
 * language. Right-to-left letters in an article of another language: `rtl` alone. Else none, as the
 * page around it is in the site's language.
 */
export function editorTextAttrs(text: string, article: TextLanguage): EditorTextAttrs {
  const inArticleLetters = likelyScript(article.lang) !== 'Latn' && hasOtherLetters(text);
  if (textDirection(text) === 'ltr') return inArticleLetters && article.dir === 'ltr' ? { lang: article.lang } : {};
  return article.dir === 'rtl' ? { lang: article.lang, dir: 'rtl' } : { dir: 'rtl' };
}
