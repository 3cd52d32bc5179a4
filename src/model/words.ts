import type { ClaimKind, ClaimStatus } from '../content/schemas/claim.ts';
import type { SourceKind } from '../content/schemas/source.ts';
import type { AttributionLink } from '../content/schemas/claim.ts';
import type { Voice } from './corpus.ts';

/** Kinds, statuses and voices in words: the site never relies on colour alone. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  statement: 'Statement',
  report: 'Report',
  allegation: 'Allegation',
  accusation: 'Accusation',
  acknowledgement: 'Acknowledgement',
  denial: 'Denial',
  demand: 'Demand',
  warning: 'Warning',
  assessment: 'Assessment',
  observation: 'Observation',
  question: 'Question',
  prediction: 'Prediction',
};

export const STATUS_LABELS: Record<ClaimStatus, { label: string; explain: string }> = {
  unverified: { label: 'Unverified', explain: 'The article reports this; it does not establish it.' },
  verified: { label: 'Verified', explain: 'Established by a published check.' },
  refuted: { label: 'Refuted', explain: 'Shown false by a published check.' },
};

export const VOICE_LABELS: Record<Voice, { label: string; explain: string }> = {
  article: { label: "Article's own voice", explain: 'The article says this itself, without naming a source.' },
  reported: { label: 'Reported', explain: 'The article passes on what one source says.' },
  relayed: { label: 'Report of a report', explain: "The article passes on a source's account of what another source says." },
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'Person',
  outlet: 'News outlet',
  report: 'Report',
  government: 'Government',
  organisation: 'Organisation',
  collective: 'Unnamed group',
  post: 'Social-media post',
};

/**
 * Verbs that read before the name ("according to Afghan news channels", "بحسب طلوع نيوز", "selon
 * l'AFP"), not after it ("TOLONews reported"): the prepositions of attribution of the languages
 * articles come in. A postposition stays after the name as its language has it ("… کے مطابق").
 */
const PREPOSITIONS = new Set([
  ...['according to', 'as per', 'per', 'citing', 'via', 'in', 'from', 'quoting'],
  // Arabic, with or without tanween, and Persian.
  ...['بحسب', 'حسب', 'وفق', 'وفقا ل', 'وفقاً ل', 'وفقا لـ', 'وفقاً لـ', 'طبقا ل', 'طبقاً ل', 'نقلا عن', 'نقلاً عن', 'على لسان'],
  // Persian writes the ezafe after گفته and نوشته three ways (هٔ, ۀ, ‌ی) or not at all.
  ...[
    'به گفته',
    'به گفتهٔ',
    'به گفتۀ',
    'به گفته\u200cی',
    'به نوشته',
    'به نوشتهٔ',
    'به نوشتۀ',
    'به نوشته\u200cی',
    'به گزارش',
    'به ادعای',
    'از قول',
    'طبق',
    'بنا بر',
    'به نقل از',
  ],
  // Hebrew (ו, "and", joins the next word as in Arabic), Chinese.
  ...['לפי', 'על פי', 'על-פי', 'לדברי', 'כך לפי', 'מפי'],
  ...['据', '根据', '援引', '引述', '據', '根據', '引用'],
  // French, Spanish, Portuguese, Italian, German (in lower case, as a verb is matched; `zufolge`
  // follows its name), Dutch, Russian.
  ...['selon', "d'après", 'd’après', 'citant', 'según', 'de acuerdo con', 'de acuerdo a', 'citando', 'citando a'],
  ...['segundo', 'de acordo com', 'conforme', 'secondo', 'stando a', 'a detta di'],
  ...['laut', 'nach', 'nach angaben', 'nach angaben von', 'gemäß', 'unter berufung auf', 'volgens'],
  ...['по словам', 'по данным', 'по информации', 'согласно', 'со ссылкой на'],
  // Vietnamese, Indonesian and Malay, Thai (และ, "and", joins the next word: see below). Turkish
  // has none: `göre`, `aktardığına göre` follow the name.
  ...['theo', 'theo lời', 'menurut', 'berdasarkan', 'mengutip', 'dikutip dari', 'memetik'],
  ...['ตาม', 'ตามรายงานของ', 'ตามข้อมูลของ', 'ตามข้อมูลจาก', 'ตามคำกล่าวของ', 'อ้างอิง', 'อ้างอิงจาก'],
]);

/** "And" where it joins the word after it: Arabic و, Hebrew ו, Thai และ (وبحسب, ולפי, และตาม). */
const JOINED_AND = /^(?:[وו]|และ)/u;

/** One link of a chain as a phrase: `according to` + name, or name + `reported`. */
export function linkPhrase(link: AttributionLink): { before?: string; after?: string } {
  const verb = link.verb.trim().toLocaleLowerCase().replace(/\s+/gu, ' ');
  const preposition = PREPOSITIONS.has(verb) || PREPOSITIONS.has(verb.replace(JOINED_AND, ''));
  return preposition ? { before: link.verb } : { after: link.verb };
}

/** A name's possessive: "Khawaja Asif's", "Torkham customs officials'" (a name ending in s takes the apostrophe alone). */
export function possessive(name: string): string {
  return /s$/iu.test(name) ? `${name}'` : `${name}'s`;
}

/** A count with its noun, as the content check words it too: "1 article", "3 more articles". */
export { plural } from '../content/problems.ts';

/**
 * A text shortened to at most `max` characters (and an ellipsis), cut between words as its
 * language segments them (`Intl.Segmenter`: spaces in English, dictionary words in Thai or Chinese),
 * never inside a word; a first word longer than `max` is cut between characters (grapheme clusters).
 */
export function cutAtWord(text: string, max: number, lang?: string): string {
  if (text.length <= max) return text;
  const segmenter = (granularity: 'word' | 'grapheme') => {
    try {
      return new Intl.Segmenter(lang, { granularity });
    } catch {
      return new Intl.Segmenter(undefined, { granularity });
    }
  };
  let end = 0;
  for (const { index, segment } of segmenter('word').segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  if (end === 0) {
    for (const { index, segment } of segmenter('grapheme').segment(text)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
  }
  return `${text.slice(0, end).replace(/[\s\p{P}]+$/u, '')}…`;
}
