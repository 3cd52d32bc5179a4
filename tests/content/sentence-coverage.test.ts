import { describe, expect, it } from 'vitest';
import { sentenceCoverage } from '../../src/content/coverage.ts';

describe('sentenceCoverage', () => {
  const text = 'One claim here. Nothing here. Another one.\nA new paragraph.';
  const range = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('marks a sentence covered when any anchor overlaps it', () => {
    const sentences = sentenceCoverage(text, [range('claim'), range('Another one')]);
    expect(sentences.map((s) => [s.text, s.covered])).toEqual([
      ['One claim here.', true],
      ['Nothing here.', false],
      ['Another one.', true],
      ['A new paragraph.', false],
    ]);
  });

  it('counts an anchor that spans two sentences for both', () => {
    const sentences = sentenceCoverage(text, [range('here. Nothing')]);
    expect(sentences.filter((s) => s.covered).map((s) => s.text)).toEqual(['One claim here.', 'Nothing here.']);
  });

  it('keeps a quoted question and its attribution as one sentence', () => {
    const quoted = '“Was it real?” remarked Omar Samad, a former ambassador. Next.';
    const sentences = sentenceCoverage(quoted, []);
    expect(sentences.map((s) => s.text)).toEqual(['“Was it real?” remarked Omar Samad, a former ambassador.', 'Next.']);
  });

  it('does not end a sentence at a title before a name', () => {
    const titled = 'Dr. Smith said it failed. Doç. Dr. Ali Yılmaz konuştu.\nMr. Jones agreed.';
    expect(sentenceCoverage(titled, [], 'tr').map((s) => s.text)).toEqual(['Dr. Smith said it failed.', 'Doç. Dr. Ali Yılmaz konuştu.', 'Mr. Jones agreed.']);
  });
});
