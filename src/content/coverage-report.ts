import type { TextRange } from './anchor.ts';
import type { Corpus } from './collections.ts';
import { sentenceCoverage, type Sentence } from './coverage.ts';
import type { Analysis } from './rules/context.ts';
import { lineFinder } from './words.ts';

export interface ArticleCoverage {
  id: string;
  file: string;
  sentences: number;
  covered: number;
  /** Sentences no claim, quote or event overlaps yet, with the file line each starts on. */
  uncovered: (Sentence & { line: number })[];
}

/**
 * For each article, the sentences that no claim, quote or event anchor overlaps yet: what is left
 * to analyse. Only records that pass the content check count, as only those are published.
 */
export function coverageOf({ corpus, analysis }: { corpus: Corpus; analysis: Analysis }): ArticleCoverage[] {
  const published = new Set([...corpus.claims.map(({ id }) => `claims/${id}`), ...corpus.quotes.map(({ id }) => `quotes/${id}`), ...corpus.events.map(({ id }) => `events/${id}`)]);
  const rangesOf = new Map<string, TextRange[]>();
  for (const [key, range] of analysis.ranges) {
    const article = analysis.articleOf.get(key);
    if (article === undefined || !published.has(key)) continue;
    const list = rangesOf.get(article);
    if (list) list.push(range);
    else rangesOf.set(article, [range]);
  }
  return corpus.articles.map((article) => {
    const sentences = sentenceCoverage(analysis.texts.get(article.id) ?? '', rangesOf.get(article.id) ?? [], article.data.language);
    // Lines from the text's own tree, not by searching for the words: a short sentence that recurs
    // (an agency's credit line) still gets its line (issue 14.6).
    const lineOf = lineFinder(article.body, article.bodyLine);
    const uncovered = sentences.filter((sentence) => !sentence.covered).map((sentence) => ({ ...sentence, line: lineOf(sentence.start) }));
    return { id: article.id, file: article.file, sentences: sentences.length, covered: sentences.length - uncovered.length, uncovered };
  });
}

function percent(covered: number, total: number): string {
  if (total === 0) return '0%';
  // Floor, so that 99.6% never reads as a finished 100%.
  return `${Math.floor((covered / total) * 100)}%`;
}

/** The report as the editor reads it, one article after another. */
export function formatCoverage(report: readonly ArticleCoverage[]): string {
  const out: string[] = [];
  for (const article of report) {
    const head = `${article.id}: ${article.covered} of ${article.sentences} sentence${article.sentences === 1 ? '' : 's'} covered (${percent(article.covered, article.sentences)}).`;
    if (article.sentences === 0) {
      out.push(`${article.id}: the article has no text yet, so there is nothing to cover.`);
      continue;
    }
    if (article.uncovered.length === 0) {
      out.push(`${head} Every sentence has a claim, quote or event.`);
      continue;
    }
    out.push(`${head} Not yet covered by a claim, quote or event:`);
    for (const sentence of article.uncovered) {
      const words = sentence.text.replace(/\s+/g, ' ');
      out.push(`  ${article.file}:${sentence.line}  “${words.length > 140 ? `${words.slice(0, 140)}…` : words}”`);
    }
  }
  return out.join('\n');
}
