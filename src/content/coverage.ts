import type { TextRange } from './anchor.ts';

export interface Sentence extends TextRange {
  text: string;
  covered: boolean;
}

/**
 * Split an article's text into sentences (Unicode sentence boundaries, via `Intl.Segmenter`) and
 * mark each that some anchor overlaps. Sorting the ranges once keeps it O((n + m) log m).
 */
/** A piece that is only a title before a name: `Dr.`, `Mr.`, `Prof.`, `Doç.`. */
const TITLE = /^\p{Lu}\p{Ll}{0,4}\.$/u;

export function sentenceCoverage(text: string, ranges: readonly TextRange[], language = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let i = 0;
  let reach = -1; // furthest end among ranges starting before the current sentence's end
  // UAX 29 breaks after a quoted question (`…issues?” remarked Omar Samad`) even when the next
  // word is lower-case; a sentence does not start lower-case, so such a piece joins the one before.
  // It also breaks after a title's full stop (`Dr. Ali`, `Doç. Dr.`, `Prof.`): ICU's list of such
  // abbreviations is not in the runtime, so a piece that is one capitalised word of up to five
  // letters and a full stop joins the one after it.
  const pieces: { start: number; end: number }[] = [];
  let title = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = index + lead;
    const end = start + trimmed.length;
    const previous = pieces[pieces.length - 1];
    const sameLine = previous && !text.slice(previous.end, start).includes('\n');
    if (previous && sameLine && (title || /^\p{Ll}/u.test(trimmed))) previous.end = end;
    else pieces.push({ start, end });
    title = TITLE.test(trimmed);
  }
  for (const { start, end } of pieces) {
    while (i < sorted.length && (sorted[i] as TextRange).start < end) {
      reach = Math.max(reach, (sorted[i] as TextRange).end);
      i++;
    }
    // Any range that starts before the end and ends after the start overlaps the sentence.
    const covered = reach > start;
    sentences.push({ start, end, text: text.slice(start, end), covered });
  }
  return sentences;
}
