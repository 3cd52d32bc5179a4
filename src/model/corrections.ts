import type { Correction } from '../content/schemas/correction.ts';
import type { CorpusIndex } from './corpus.ts';
import { whoClaims } from './views.ts';

/**
 * What the site says about its own changes to a record: a notice at the top of the record's page
 * ("Corrected on 3 Nov 2025"), the list of changes oldest first, and every change on the site,
 * newest first, for the corrections page.
 * @see https://ifcncodeofprinciples.poynter.org/ (an open and honest corrections policy)
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day in words: "3 Nov 2025". */
export function dayWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const CORRECTION_WORDS: Record<Correction['kind'], { label: string; on: string; explain: string }> = {
  correction: {
    label: 'Correction',
    on: 'Corrected on',
    explain: 'The analysis was wrong, and has been put right.',
  },
  update: {
    label: 'Update',
    on: 'Updated on',
    explain: 'The analysis was right for what was known; new information has been added.',
  },
};

export interface CorrectionView {
  /** `2025-11-03`, for `<time datetime>`. */
  date: string;
  /** "3 Nov 2025". */
  day: string;
  kind: Correction['kind'];
  label: string;
  was: string;
  now: string;
}

export interface CorrectionsView {
  /** "Corrected on 3 Nov 2025", "Updated on 5 Nov 2025": the last change of each kind, the latest first. */
  notice: string;
  /** Oldest first, as they happened. */
  list: CorrectionView[];
}

function view(correction: Correction): CorrectionView {
  return {
    date: correction.date,
    day: dayWords(correction.date),
    kind: correction.kind,
    label: CORRECTION_WORDS[correction.kind].label,
    was: correction.was,
    now: correction.now,
  };
}

/** A record's changes for its page, or nothing when it has none. */
export function correctionsView(corrections: readonly Correction[]): CorrectionsView | undefined {
  if (corrections.length === 0) return undefined;
  const list = [...corrections].sort((a, b) => a.date.localeCompare(b.date)).map(view);
  const latest = new Map<Correction['kind'], string>();
  for (const correction of list) latest.set(correction.kind, correction.date);
  const notice = [...latest]
    .sort((a, b) => b[1].localeCompare(a[1]))
    .map(([kind, date], i) => {
      const on = CORRECTION_WORDS[kind].on;
      return `${i === 0 ? on : on.toLowerCase()} ${dayWords(date)}`;
    })
    .join('; ');
  return { notice, list };
}

/** One change as the corrections page lists it, with what it changed. */
export interface SiteCorrection extends CorrectionView {
  /** What kind of record it changed, in words: "Claim", "Source". */
  record: string;
  /** The record as its page names it: a claim's statement after who claims it, a source's name. */
  title: string;
  /** The record's page, with the base. */
  page: string;
  /** The article it belongs to, when it belongs to one. */
  article?: { title: string; page: string } | undefined;
  /** Its place among the record's changes, from 1, oldest first: with `page`, an id of its own. */
  number: number;
}

/** Every change on the site, newest first; on one day, in the order of the records' pages. */
export function siteCorrections(index: CorpusIndex, base: string): SiteCorrection[] {
  const out: SiteCorrection[] = [];
  const articleOf = (id: string) => {
    const article = index.articles.get(id);
    return article ? { title: article.data.title, page: `${base}articles/${id}/` } : undefined;
  };
  const add = (record: string, title: string, page: string, corrections: readonly Correction[], article?: SiteCorrection['article']) => {
    corrections.forEach((correction, i) => out.push({ ...view(correction), record, title, page, article, number: i + 1 }));
  };
  for (const [id, a] of index.articles) add('Article', a.data.title, `${base}articles/${id}/`, a.data.corrections);
  for (const [id, c] of index.claims)
    add('Claim', `${whoClaims(index, c)}: ${c.data.statement}`, `${base}claims/${id}/`, c.data.corrections, articleOf(c.data.article));
  for (const [id, q] of index.quotes)
    add(
      'Quote',
      `“${q.data.text}”, attributed to ${index.sources.get(q.data.speaker)?.data.name ?? q.data.speaker}`,
      `${base}quotes/${id}/`,
      q.data.corrections,
      articleOf(q.data.article),
    );
  for (const [id, e] of index.events) add('Event', e.data.title, `${base}events/${id}/`, e.data.corrections, articleOf(e.data.article));
  for (const [id, s] of index.sources) add('Source', s.data.name, `${base}sources/${id}/`, s.data.corrections);
  const order = ['Article', 'Claim', 'Quote', 'Event', 'Source'];
  return out.sort((a, b) => b.date.localeCompare(a.date) || order.indexOf(a.record) - order.indexOf(b.record) || a.page.localeCompare(b.page));
}
