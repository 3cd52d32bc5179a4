import anyAscii from 'any-ascii';
import stopword from 'stopword';
import { FIELD_BOUNDS, ID_PATTERN } from './schemas/common.ts';
import { suggest } from './zod-problems.ts';

/**
 * Ids as editors write them: made from a title or a file name (`npm run new`, the file-name
 * check), and found again from what an editor wrote where an id belongs.
 */

/** ISO 639-3 codes of the stop-word lists, by the BCP 47 primary subtag an article's `language` has. */
const STOP_LISTS: Record<string, stopword.LanguageCode> = {
  af: 'afr', ar: 'ara', bn: 'ben', br: 'bre', bg: 'bul', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo',
  et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv',
  hu: 'hun', hy: 'hye', id: 'ind', it: 'ita', ja: 'jpn', ko: 'kor', ku: 'kur', la: 'lat', lv: 'lav', lt: 'lit', mr: 'mar', ms: 'msa',
  my: 'mya', nl: 'nld', nb: 'nob', no: 'nob', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', st: 'sot',
  es: 'spa', sw: 'swa', sv: 'swe', tl: 'tgl', th: 'tha', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

export function stopWords(language: string): Set<string> {
  const code = STOP_LISTS[language.toLowerCase().split('-')[0] ?? ''];
  return new Set(code ? stopword[code] : []);
}

/** A word in lower-case ASCII letters and digits, from any script (`تمیم` → `tmym`, `Çatalhöyük` → `catalhoyuk`). */
function asciiWord(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    // "U.S." is one word, `us`, not `u-s`.
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name from a title: its first `words` words (as `Intl.Segmenter` tells words apart, in any
 * script), in lower-case ASCII joined by hyphens. A title cut short never ends on a word that
 * leads into the rest ("with", "of the"): those are dropped, in the article's language (issue 14.6).
 * Never longer than an id may be (`FIELD_BOUNDS.id`): six long Turkish words make 62 characters,
 * which the check would refuse, so the words that do not fit are left off whole.
 */
export function slug(title: string, words = 6, language = 'en'): string {
  const all = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(title.normalize('NFC'))].filter((s) => s.isWordLike).map((s) => s.segment);
  const kept = all.slice(0, words);
  const joined = () => kept.map(asciiWord).filter(Boolean).join('-');
  while (kept.length > 1 && joined().length > FIELD_BOUNDS.id) kept.pop();
  if (kept.length < all.length) {
    const stop = stopWords(language);
    while (kept.length > 1 && stop.has((kept.at(-1) ?? '').toLowerCase())) kept.pop();
  }
  const id = joined();
  if (id.length <= FIELD_BOUNDS.id) return id;
  // One word longer than an id (a long name in another script, in Latin letters): cut at a hyphen its letters have, else within it.
  const cut = id.lastIndexOf('-', FIELD_BOUNDS.id);
  return cut > 0 ? id.slice(0, cut) : id.slice(0, FIELD_BOUNDS.id);
}

/** Text as a slip of the keyboard leaves it: case, spaces, hyphens and punctuation aside (`Afghan Demand` is `afghan-demand`). */
const loose = (text: string) => text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The id a file will have once renamed as the file-name check asks (`India-To-Blame` → `india-to-blame`); `''` when its name has no letters to keep. */
export function renamedId(id: string): string {
  return ID_PATTERN.test(id) ? id : slug(id, Infinity);
}

/**
 * The id an editor most likely meant by `value`: the record whose id, or name or alias (`names`,
 * for sources), is `value` written loosely; else the nearest id, for a typo. Never an id the check
 * refuses: a file named `India-To-Blame.md` is offered as the id it will have once renamed.
 */
export function suggestId(value: string, ids: Iterable<string>, names: ReadonlyMap<string, readonly string[]> = new Map()): string | undefined {
  const key = loose(value);
  const usable = [...ids].map(renamedId).filter(Boolean);
  const named = [...names].find(([, said]) => said.some((name) => loose(name) === key))?.[0];
  const same = usable.find((id) => loose(id) === key) ?? (named && renamedId(named));
  return same || suggest(slug(value, Infinity) || value, usable);
}

/** Each source's name and aliases by its id: what an editor may write for a source instead of its id. */
export function sourceNames(sources: Iterable<{ id: string; data: { name?: string; aliases?: readonly string[] } }>): Map<string, string[]> {
  return new Map([...sources].map(({ id, data }) => [id, [...(data.name === undefined ? [] : [data.name]), ...(data.aliases ?? [])]]));
}
