import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrappingMarks } from '../../src/content/rules/quote-marks.ts';
import { BASE_LOADED, BROKEN, check, checkCase, scratchProject, editContent } from './support.ts';

describe("quotation marks around a quote's text", () => {
  it('are found for each pair of marks, and only when the first closes at the last', () => {
    expect(wrappingMarks('«محطة الضخ تعمل بكامل طاقتها»')).toEqual(['«', '»']);
    expect(wrappingMarks('“foreign country”')).toEqual(['“', '”']);
    expect(wrappingMarks('„Ja“')).toEqual(['„', '“']);
    expect(wrappingMarks('»Nej«')).toEqual(['»', '«']);
    expect(wrappingMarks('「東京」')).toEqual(['「', '」']);
    expect(wrappingMarks('"venomous"')).toEqual(['"', '"']);
    expect(wrappingMarks("'venomous'")).toEqual(["'", "'"]);
    expect(wrappingMarks('‘It’s not clear’')).toEqual(['‘', '’']);
    expect(wrappingMarks('“He said “no” today”')).toEqual(['“', '”']);
    expect(wrappingMarks(' «نعم» ')).toEqual(['«', '»']);
  });

  it('are not found in words that only contain marks, or begin with an elision', () => {
    for (const text of ['“venomous” and “hostile”', '"a" and "b"', 'making "venomous" statements', 'an agreement with a “foreign country”', "'tis the season'", "'90s music'", 'It’s', '“”', 'venomous'])
      expect(wrappingMarks(text), text).toBeUndefined();
  });

  it('refuse the text, with the words to copy and what the quote’s place in the article needs', () => {
    const result = checkCase('quote-in-marks');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/quotes/foreign-country.md:3:1  text  The quote's \`text\` begins with “ and ends with ”: the site sets a quote's words in its own quotation marks, so readers would see them twice (““foreign country””) and the highlight in the article would cover the marks.  Copy only the words between the marks: \`text: foreign country\`. The words alone occur more than once in the article, so keep this place with the marks beside \`text\`: \`prefix: "“"\`.
      content/quotes/making-venomous.md:3:1  text  The quote's \`text\` begins with " and ends with ": the site sets a quote's words in its own quotation marks, so readers would see them twice (“"venomous"”) and the highlight in the article would cover the marks.  Copy only the words between the marks: \`text: venomous\`. Then move the marks to the words around it, as the article has them: \`prefix: 'making "'\`.
      content/quotes/pumping-station-full.md:3:1  text  The quote's \`text\` begins with « and ends with »: the site sets a quote's words in its own quotation marks, so readers would see them twice (“«محطة الضخ تعمل بكامل طاقتها»”) and the highlight in the article would cover the marks.  Copy only the words between the marks: \`text: محطة الضخ تعمل بكامل طاقتها\`. The words alone still match the article once, so nothing else changes."
    `);
    expect(result.warnings).toBe('');
    expect(result.loaded).toEqual({
      ...BASE_LOADED,
      articles: ['jalalabad-pumping-station', 'pakistan-afghanistan-talks'],
      sources: ['afghan-news-channels', 'jalalabad-municipal-council', 'khawaja-asif', 'omar-samad'],
      quotes: ['agreement-with-foreign-country', 'foreign-country', 'making-venomous', 'pumping-station-full', 'samad-on-intentions', 'venomous'],
    });
  });

  it('warn of a text that opens with a mark and never closes it, with the words to copy', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'quote-in-marks', 'content'));
    try {
      editContent(root, 'quotes/pumping-station-full.md', 'text: «محطة الضخ تعمل بكامل طاقتها»', 'text: «محطة الضخ تعمل بكامل طاقتها');
      const warning = check(root)
        .warnings.split('\n')
        .find((line) => line.startsWith('content/quotes/pumping-station-full.md'));
      expect(warning).toContain("warning  text  The quote's `text` begins with « and never closes it");
      expect(warning).toContain('Copy the words without it: `text: محطة الضخ تعمل بكامل طاقتها`.');
    } finally {
      cleanup();
    }
  });

  it('the fixes as given make the content valid', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'quote-in-marks', 'content'));
    try {
      const edit = (file: string, from: string, to: string) => editContent(root, `quotes/${file}`, from, to);
      edit('pumping-station-full.md', 'text: «محطة الضخ تعمل بكامل طاقتها»', 'text: محطة الضخ تعمل بكامل طاقتها');
      edit('foreign-country.md', 'text: “foreign country”', 'text: foreign country\nprefix: "“"');
      edit('making-venomous.md', `text: '"venomous"'\nprefix: 'making '`, `text: venomous\nprefix: 'making "'`);
      expect(check(root).lines).toBe('');
    } finally {
      cleanup();
    }
  });
});
