/**
 * Which language a text in Latin letters is written in, told by its commonest small words. Script
 * alone (src/content/rules/language-scripts.ts) cannot tell English from French: an article in
 * French tagged `language: en`, as a copied template leaves it, would be read aloud in an English
 * voice and hyphenated by English rules. In running text of these languages, a quarter to a half of
 * the words are a few dozen articles, prepositions, pronouns and auxiliaries, and which ones tells
 * the language apart with little doubt; names, numbers and quoted words in another language do not
 * move it much. Only languages whose lists are here are named; a text in any other language names
 * none, as none of these lists makes up enough of it.
 */

/** The commonest small words of each language, lower case: those that are rare in the others. */
const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'on', 'with', 'said', 'it', 'as', 'by', 'he', 'are', 'from', 'has', 'have', 'were', 'this', 'his', 'at', 'which', 'but', 'not', 'be', 'they', 'would', 'had', 'an', 'its', 'their', 'who', 'been', 'will'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'qui', 'pour', 'sur', 'pas', 'au', 'aux', 'avec', 'ce', 'il', 'été', 'sont', 'selon', 'ont', 'mais', 'ne', 'elle', 'cette', 'ses', 'leur', 'par', 'plus', 'aussi', "l'", "d'", "qu'", 'être', 'avait', 'où'],
  es: ['el', 'los', 'las', 'del', 'y', 'un', 'una', 'por', 'con', 'para', 'se', 'es', 'al', 'lo', 'como', 'más', 'fue', 'según', 'su', 'sus', 'pero', 'ha', 'han', 'este', 'esta', 'también', 'dijo', 'sin', 'sobre', 'entre', 'ya', 'muy', 'hay', 'desde', 'porque', 'cuando'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'des', 'mit', 'von', 'zu', 'im', 'auf', 'für', 'sich', 'auch', 'wird', 'wurde', 'sagte', 'sind', 'hat', 'nach', 'bei', 'aus', 'wie', 'noch', 'einen', 'einer', 'oder', 'aber', 'vor', 'sei', 'werden'],
  it: ['il', 'gli', 'di', 'che', 'è', 'per', 'con', 'della', 'dei', 'delle', 'non', 'sono', 'nel', 'nella', 'alla', 'secondo', 'anche', 'ha', 'hanno', 'questo', 'questa', 'più', 'ma', 'come', 'dal', 'dalla', 'degli', 'sul', 'sulla', 'tra', 'essere', 'stato', 'stata', 'ai', 'agli', "l'"],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'em', 'um', 'uma', 'com', 'não', 'no', 'na', 'nos', 'nas', 'é', 'foi', 'segundo', 'ao', 'aos', 'pelo', 'pela', 'mais', 'também', 'ser', 'são', 'seu', 'sua', 'disse', 'mas', 'como', 'já', 'quando', 'entre', 'sobre', 'há'],
  nl: ['het', 'een', 'en', 'van', 'dat', 'niet', 'op', 'te', 'met', 'voor', 'zijn', 'die', 'werd', 'heeft', 'volgens', 'ook', 'maar', 'nog', 'bij', 'uit', 'naar', 'door', 'hij', 'zij', 'wordt', 'worden', 'om', 'deze', 'dit', 'al', 'zou', 'hebben', 'kan', 'geen', 'over', 'tegen'],
};

/** Fewer words than this and a text says too little: a headline, a name. */
export const MIN_WORDS = 40;

/** The share of a text's words a language's list must make up to name it. */
const NAMED_SHARE = 0.12;

const words = new Intl.Segmenter('en', { granularity: 'word' });
const lists = new Map(Object.entries(COMMON_WORDS).map(([tag, list]) => [tag, new Set(list)]));

export interface TextLanguageGuess {
  /** The language most of whose commonest words the text uses: `fr`. */
  tag: string;
  /** The share of the text's words that are that language's commonest. */
  share: number;
  /** The share for each language of the lists: `{ en: 0.04, fr: 0.31, … }`. */
  shares: Readonly<Record<string, number>>;
  /** A few of them, the most frequent first, to show the editor: `le`, `les`, `des`. */
  examples: string[];
  /** The text's words counted. */
  count: number;
}

/**
 * The language of a text in Latin letters, if its words tell it: none for a text of fewer than
 * `MIN_WORDS` words, or whose words are not mostly one of these languages' (a language whose list
 * is not here, a list of names).
 */
export function guessLanguage(text: string): TextLanguageGuess | undefined {
  const tokens: string[] = [];
  for (const { segment, isWordLike } of words.segment(text.replace(/[’ʼ]/g, "'"))) {
    if (!isWordLike) continue;
    const word = segment.toLowerCase();
    // French and Italian elide: `l'accord` is `l'` and a word.
    const elided = /^([a-z])'(.)/u.exec(word);
    tokens.push(elided ? `${elided[1]}'` : word);
  }
  if (tokens.length < MIN_WORDS) return undefined;
  const found = new Map<string, Map<string, number>>();
  for (const token of tokens) {
    for (const [tag, list] of lists) {
      if (!list.has(token)) continue;
      const counts = found.get(tag) ?? new Map<string, number>();
      counts.set(token, (counts.get(token) ?? 0) + 1);
      found.set(tag, counts);
    }
  }
  const shares = Object.fromEntries(
    [...lists.keys()].map((tag) => [tag, [...(found.get(tag)?.values() ?? [])].reduce((sum, n) => sum + n, 0) / tokens.length]),
  );
  const [tag, share] = Object.entries(shares).sort((a, b) => b[1] - a[1])[0] as [string, number];
  if (share < NAMED_SHARE) return undefined;
  const examples = [...(found.get(tag) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([word]) => word);
  return { tag, share, shares, examples, count: tokens.length };
}

/** Whether the lists know a language, so that its share can be compared. */
export const knownByWords = (tag: string): boolean => lists.has(tag);

/**
 * A text's language as its words tell it, where that is not its tag's: a French text under
 * `language: en`. Only for a tag whose language the lists know, and only when the tagged
 * language's words make up at most a third of the share of the one named (a quote in another
 * language inside an article does not name it).
 */
export function wordsMismatch(text: string, base: string): (TextLanguageGuess & { tagged: number }) | undefined {
  if (!knownByWords(base)) return undefined;
  const guess = guessLanguage(text);
  if (!guess || guess.tag === base) return undefined;
  const tagged = guess.shares[base] ?? 0;
  return tagged * 3 <= guess.share ? { ...guess, tagged } : undefined;
}
