import { describe, expect, it } from 'vitest';
import { BASE_LOADED, checkCase } from './support.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { refusedCharacters } from '../../src/content/rules/text-policy.ts';

/**
 * Anchors that cannot match for a reason an editor cannot see: a paragraph break, an invisible
 * character, an article with no text. As in broken.test.ts, the whole report is pinned: it must
 * name the real mistake once, on one line each, and send the editor to no record that is fine.
 */
describe('an anchor that cannot match says why, in words an editor can act on', () => {
  it('an anchor over a paragraph break, typed as a space or copied as a blank line, is told to stay within one paragraph', () => {
    const result = checkCase('anchor-crosses-paragraphs');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/drone-deal-not-india.md:6:3  anchor.exact  “a secret drone deal with the US. Various Afghan me…” runs from one paragraph of the article \`pakistan-afghanistan-talks\` into the next, and an anchor must stay within one paragraph.  Anchor only the words in one paragraph, copied from the article: \`exact: "a secret drone deal with the US."\` or \`exact: "Various Afghan media outlets"\`; or write a claim for each paragraph.
      content/quotes/samad-on-intentions.md:3:1  text  “making "venomous" statements.⏎⏎“It’s not entirely …” runs from one paragraph of the article \`pakistan-afghanistan-talks\` into the next, and an anchor must stay within one paragraph.  Anchor only the words in one paragraph, copied from the article: \`text: 'making "venomous" statements.'\` or \`text: "“It’s not entirely clear what each side’s intentions were."\`; or write a quote for each paragraph."
    `);
    expect(result.lines.split('\n')).toHaveLength(2);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements', 'drone-deal-not-india', 'talks-failed-on-tuesday'], quotes: ['samad-on-intentions', 'venomous'] });
  });

  it('an invisible character is named; one in the article is refused there, and the anchors it breaks say nothing more', () => {
    const result = checkCase('invisible-characters');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/pakistan-afghanistan-talks.md:16:135  (article text)  The article text holds U+00AD SOFT HYPHEN (inside “Islamabad”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.
      content/articles/pakistan-afghanistan-talks.md:22:96  (article text)  The article text holds U+200B ZERO WIDTH SPACE (inside “"venomous"”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.
      content/claims/new-report.md:6:3  anchor.exact  “a new report⟨U+200B⟩ says” is not in the article \`pakistan-afghanistan-talks\`.  The article matches up to “…on Tuesday, a new report”, then has a space where the anchor has a zero-width space (U+200B). Copy the words from the article character for character."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements', 'new-report', 'talks-failed-on-tuesday'] });
  });

  it('a joiner that Persian, Hindi or an emoji needs is writing, not a slip; one between Latin letters is refused', () => {
    const codes = (text: string) => refusedCharacters(text, true).map(({ code }) => code.toString(16));
    expect(codes('می\u200cخواهم و क्\u200dष 👩\u200d💻')).toEqual([]);
    expect(codes('Isla\u200dmabad, Isla\u200cmabad, Isla\u00admabad')).toEqual(['200d', '200c', 'ad']);
    expect(refusedCharacters('Isla\u00admabad')).toEqual([]);
  });

  it('an article with no text is the one problem reported: its records are not sent to be fixed', () => {
    const result = checkCase('article-without-text');
    expect(result.lines).toMatchInlineSnapshot(`"content/articles/pakistan-afghanistan-talks.md:15:1  (body)  The article has no text, so the anchors and words of its 2 claims, 1 quote and 1 event cannot be checked yet.  Paste the article text, verbatim, below the closing \`---\`, with a blank line between paragraphs."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });
});

describe('a problem is one line, whatever the content holds', () => {
  it('a newline in a message shows as ⏎, so the report keeps the file:line:col form', () => {
    const line = formatProblem({ file: 'content/claims/a.md', line: 6, column: 3, field: 'anchor.exact', message: '“ISIS.\n\n“It’s” is wrong.', fix: 'Fix\r\nit.' });
    expect(line).toBe('content/claims/a.md:6:3  anchor.exact  “ISIS.⏎⏎“It’s” is wrong.  Fix⏎it.');
  });
});
