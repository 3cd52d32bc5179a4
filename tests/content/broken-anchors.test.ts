import { describe, expect, it } from 'vitest';
import { BASE_LOADED, checkCase } from './support.ts';
import { describeChar } from '../../src/content/anchor.ts';
import { lookAlikeHint, unseenHint } from '../../src/content/anchor-hints.ts';
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

  it('an anchor that splits a letter (a Thai vowel or tone mark from its consonant) is refused, one that cuts a word of a spaced script is a warning, each with the anchor taken whole', () => {
    const result = checkCase('anchor-edges');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/ends-before-a-tone-mark.md:9:3  anchor.exact  “การหยุดเรียนกะทันหันสร้างภาระให้กับครอบครัวที่พ” ends inside the letter “พ่” of the article \`bangkok-school-closure\`: the character after it, the mark ◌่ (U+0E48), is part of that letter.  Take the whole letter with its marks, so the highlight does not split it: \`exact: "การหยุดเรียนกะทันหันสร้างภาระให้กับครอบครัวที่พ่"\`.
      content/claims/starts-on-a-vowel-mark.md:9:3  anchor.exact  “ียนกะทันหันสร้างภาระให้กับครอบครัว” starts inside the letter “รี” of the article \`bangkok-school-closure\`: its first character, the mark ◌ี (U+0E35), is part of that letter.  Take the whole letter with its marks, so the highlight does not split it: \`exact: "รียนกะทันหันสร้างภาระให้กับครอบครัว"\`."
    `);
    expect(result.warnings).toMatchInlineSnapshot(`"content/claims/cuts-two-words.md:9:3  warning  anchor.exact  “lediyenin projeyi sessizce rafa kaldır” starts inside the word “belediyenin” and ends inside the word “kaldırdığını” of the article \`ibb-gece-vapurlari\`.  Extend the anchor to whole words: \`exact: "belediyenin projeyi sessizce rafa kaldırdığını"\`, unless the article means the part."`);
  });

  it('an invisible character is named; one in the article is refused there, and the anchors it breaks say nothing more; one in a source’s name is refused as in the article', () => {
    const result = checkCase('invisible-characters');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/pakistan-afghanistan-talks.md:16:135  (article text)  The article text holds U+00AD SOFT HYPHEN (inside “Islamabad”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.
      content/articles/pakistan-afghanistan-talks.md:22:96  (article text)  The article text holds U+200B ZERO WIDTH SPACE (inside “"venomous"”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.
      content/claims/new-report.md:6:3  anchor.exact  “a new report⟨U+200B⟩ says” is not in the article \`pakistan-afghanistan-talks\`.  The anchor has a zero-width space (U+200B), an invisible character, after “a new report”, and the article does not. Delete it from the anchor, or copy the words from the article again.
      content/sources/omar-samad.md:2:1  name  \`name\` holds U+200B ZERO WIDTH SPACE (inside “Samad”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements', 'new-report', 'talks-failed-on-tuesday'] });
  });

  it('in an Arabic article, a mark a reader cannot see, a vowel sign or a look-alike letter is named by its code point, and one in the article by its line', () => {
    const result = checkCase('arabic-anchors');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/gaza-crossing.md:16:13  (article text)  The article text holds U+202B RIGHT-TO-LEFT EMBEDDING, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/articles/gaza-crossing.md:16:20  (article text)  The article text holds U+202C POP DIRECTIONAL FORMATTING, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/claims/mark-in-anchor.md:6:3  anchor.exact  “أن المعبر⟨U+200F⟩ سيفتح أبوابه” is not in the article \`gaza-crossing\`.  The anchor has a right-to-left mark (U+200F), an invisible character, after “أن المعبر”, and the article does not. Delete it from the anchor, or copy the words from the article again.
      content/claims/persian-yeh.md:6:3  anchor.exact  “أعلنت السلطات یوم الأربعاء” is not in the article \`gaza-crossing\`.  The article has an Arabic yeh (ي, U+064A) where the anchor has a Persian yeh (ی, U+06CC), after “أعلنت السلطات ”. Copy the words from the article instead of typing them, so every letter is the same.
      content/claims/preparations-complete.md:9:3  anchor.exact  “وقال المتحدث باسم الوزارة إن الاستعدادات اكتملت” is not in the article \`gaza-crossing\`.  The article has a right-to-left mark (U+200F), an invisible character, after “وقال ” on line 14 of \`content/articles/gaza-crossing.md\`, and the anchor does not. Delete it from the article text (it is invisible: move the cursor through the word, or search for it), or copy the words from the article with it.
      content/claims/ready-mid-anchor.md:6:3  anchor.exact  “الاستعدادات اكتملت، مضيفا أن الموظفين” is not in the article \`gaza-crossing\`.  The article has the mark ◌ً (U+064B) after “…عدادات اكتملت، مضيفا” on line 14 of \`content/articles/gaza-crossing.md\`, and the anchor does not. Copy the words from the article with their marks.
      content/claims/staff-ready.md:6:3  anchor.exact  “مضيفا أن الموظفين جاهزون” is not in the article \`gaza-crossing\`.  The article has the mark ◌ً (U+064B) after “مضيفا” on line 14 of \`content/articles/gaza-crossing.md\`, and the anchor does not. Copy the words from the article with their marks."
    `);
    // The bidirectional embedding is refused in the article; the anchor it breaks says nothing more.
    expect(result.lines).not.toContain('rights-group-doubts');
    expect(result.lines).not.toContain('No passage of the article starts with these words');
  });

  it('a differing character is named with its code point, and the letters Arabic and Persian keyboards confuse by name', () => {
    const named = ['ك', 'ک', 'ى', 'ـ', '\u00a0', '\u064b', '\u200e', '\u061c', 'é', 'n'].map(describeChar);
    expect(named).toMatchInlineSnapshot(`
      [
        "an Arabic kaf (ك, U+0643)",
        "a keheh, the Persian kaf (ک, U+06A9)",
        "an alef maksura (ى, U+0649)",
        "a tatweel, the stretching line (ـ, U+0640)",
        "a non-breaking space (U+00A0)",
        "the mark ◌ً (U+064B)",
        "a left-to-right mark (U+200E)",
        "an Arabic letter mark (U+061C)",
        "\`é\` (U+00E9)",
        "\`n\`",
      ]
    `);
  });

  it('a joiner that Persian, Hindi or an emoji needs is writing, not a slip; one between Latin letters is refused', () => {
    const codes = (text: string) => refusedCharacters(text, true).map(({ code }) => code.toString(16));
    expect(codes('می\u200cخواهم و क्\u200dष 👩\u200d💻')).toEqual([]);
    expect(codes('Isla\u200dmabad, Isla\u200cmabad, Isla\u00admabad')).toEqual(['200d', '200c', 'ad']);
    expect(refusedCharacters('Isla\u00admabad')).toEqual([]);
  });

  it('an anchor typed without the joiner the article’s Persian spelling has is told to copy the words, never to delete the joiner', () => {
    const hint = unseenHint('مقام‌های گمرک گفتند', 'مقامهای گمرک');
    expect(hint).toContain('an invisible character its spelling uses');
    expect(hint).toContain('Copy the words from the article itself');
    expect(hint).not.toContain('Delete');
  });

  it('an anchor typed with 0–9 where the article prints Persian digits names the digit', () => {
    expect(lookAlikeHint('۱۲۰۰ کامیون در صف مانده‌اند', '1200 کامیون')).toBe(
      'The article has `۱` (U+06F1) where the anchor has `1`, at the very start (and 3 more differences further on). Copy the words from the article instead of typing them, so every digit is the same.',
    );
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
