import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';
import type { SourceFile } from '../../src/content/read.ts';
import { BASE_LOADED, BROKEN, check, checkCase, scratchProject, editContent } from './support.ts';

/** An article in `language` with `text`, and records written as frontmatter lines (`events/x.md`). */
function tree(language: string, text: string, records: Record<string, readonly string[]>): SourceFile[] {
  const file = (path: string, lines: readonly string[], body = ''): SourceFile => ({
    collection: path.split('/')[0] as SourceFile['collection'],
    file: `content/${path}`,
    text: `---\n${lines.join('\n')}\n---\n${body}`,
  });
  return [
    file('articles/talks.md', ['title: Talks', 'headline: null', 'publisher: null', 'url: null', 'published: 2025-10-28', `language: ${language}`, 'summary: Careful words.'], text),
    file('sources/spokesperson.md', ['name: A spokesperson', 'kind: person', 'description: A spokesperson.']),
    ...Object.entries(records).map(([path, lines]) => file(path, lines)),
  ];
}

/** Every error the check reports for a tree, as an editor reads them. */
const errors = (files: readonly SourceFile[]) => sortProblems(checkFiles(files).problems).map(formatProblem).join('\n');

/** An event of the article `talks`, dated with `words` as the article's own. */
const event = (words: string, value = 'unknown') => ['article: talks', 'title: Something happens', 'date:', `  value: ${value}`, `  text: ${words}`];

describe("a date's `text` is the article's own words", () => {
  it('the broken fixture: each record that dates with words the article does not have is refused on its `text:` line', () => {
    const result = checkCase('date-words');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/pakistan-afghanistan-talks.md:9:3  published.text  The date's words \`October 28, 2025\` are not in the article's text, and the site would show them as the article's own.  Copy the article's own words for the date exactly. If the article gives no words for the date, delete \`text:\`.
      content/events/drone-agreement.md:6:3  date.text  The date's words \`earlier this year\` are not in the article \`pakistan-afghanistan-talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly. If the article gives no words for the date, delete \`text:\`.
      content/events/talks-fail.md:6:3  date.text  The date's words \`tuesday\` are not in the article \`pakistan-afghanistan-talks\` as written: the article has “Tuesday”.  Copy the words as the article writes them, capitals included. If the article gives no words for the date, delete \`text:\`.
      content/quotes/venomous.md:7:3  date.text  The date's words \`Teusday\` are not in the article \`pakistan-afghanistan-talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly (the nearest in the article: “Tuesday”). If the article gives no words for the date, delete \`text:\`."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, events: ['drone-agreement', 'talks-fail'] });
  });

  it('the fixes as given make the content valid', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'date-words', 'content'));
    try {
      const edit = (file: string, from: string, to: string) => editContent(root, file, from, to);
      edit('events/talks-fail.md', 'text: tuesday', 'text: Tuesday');
      edit('quotes/venomous.md', 'text: Teusday', 'text: Tuesday');
      edit('events/drone-agreement.md', '  text: earlier this year\n', '');
      edit('articles/pakistan-afghanistan-talks.md', '  text: October 28, 2025\n', '');
      expect(check(root).lines).toBe('');
    } finally {
      cleanup();
    }
  });

  it('English: whole words with the article’s capitals and apostrophes; a claim’s review and a source’s date are not the article’s', () => {
    const text = 'Officials said on Monday that talks would resume after Saturday’s meeting.\n\nA spokesperson declined to comment on Thurs\u00adday.';
    const files = tree('en', text, {
      'events/monday.md': event('Monday', '2025-10-27'),
      'events/said-on-monday.md': event('on Monday', '2025-10-27'),
      'events/lower-case.md': event('monday', '2025-10-27'),
      'events/part-of-a-word.md': event('Satur'),
      'events/straight-apostrophe.md': event("Saturday's"),
      'events/paraphrase.md': event('last week'),
      // The article has the word but for a soft hyphen in it: the text policy names the character, and only it.
      'events/soft-hyphen.md': event('Thursday'),
      'quotes/declined.md': ['article: talks', 'text: declined to comment', 'speaker: spokesperson', 'date:', '  value: unknown', '  text: Wednesday'],
      'claims/resume.md': [
        'article: talks',
        'statement: Talks would resume.',
        'kind: report',
        'status: verified',
        'review:',
        '  by: A checker',
        '  url: https://example.org/check',
        '  date:',
        '    value: 2025-11-01',
        '    text: the first of November',
        '  summary: The talks resumed.',
        'anchor:',
        '  exact: talks would resume',
      ],
      'sources/ministry.md': ['name: The ministry', 'kind: government', 'description: A ministry.', 'date:', '  value: 2025-10', '  text: in the autumn'],
    });
    expect(errors(files)).toMatchInlineSnapshot(`
      "content/articles/talks.md:12:44  (article text)  The article text holds U+00AD SOFT HYPHEN (inside “Thursday.”), an invisible character inside the words: a name or an anchor copied from the words as a reader sees them would not match them.  Delete it (it is invisible: move the cursor through the word, or search for it); it comes with text copied from some web pages. Anchors and names that miss only this character match once it is gone.
      content/events/lower-case.md:6:3  date.text  The date's words \`monday\` are not in the article \`talks\` as written: the article has “Monday”.  Copy the words as the article writes them, capitals included. If the article gives no words for the date, delete \`text:\`.
      content/events/paraphrase.md:6:3  date.text  The date's words \`last week\` are not in the article \`talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly. If the article gives no words for the date, delete \`text:\`.
      content/events/part-of-a-word.md:6:3  date.text  The date's words \`Satur\` are not whole words of the article \`talks\`: they occur only inside “Saturday’s”.  Copy the article's own words for the date exactly, whole words. If the article gives no words for the date, delete \`text:\`.
      content/events/straight-apostrophe.md:6:3  date.text  The date's words \`Saturday's\` are not in the article \`talks\`, and the site would show them as the article's own.  The article has a curly apostrophe (’, U+2019) where \`text\` has a straight apostrophe (', U+0027), after “Saturday”. Copy the words from the article instead of typing them, so every quote mark and dash is the same. If the article gives no words for the date, delete \`text:\`.
      content/quotes/declined.md:7:3  date.text  The date's words \`Wednesday\` are not in the article \`talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly. If the article gives no words for the date, delete \`text:\`."
    `);
  });

  it('Hebrew, right to left: a word with its preposition joined to it is the article’s word; another day is refused', () => {
    const files = tree('he', 'השיחות קרסו ביום שלישי, כך אמר הדובר אתמול.', {
      'events/collapse.md': event('ביום שלישי', '2025-10-28'),
      'events/day.md': event('יום שלישי', '2025-10-28'),
      'events/yesterday.md': event('אתמול'),
      'events/wednesday.md': event('יום רביעי'),
    });
    expect(errors(files)).toMatchInlineSnapshot(
      `"content/events/wednesday.md:6:3  date.text  The date's words \`יום רביעי\` are not in the article \`talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly. If the article gives no words for the date, delete \`text:\`."`,
    );
  });

  it('Arabic, right to left: a Persian yeh typed for the article’s Arabic yeh is named', () => {
    const files = tree('ar', 'وقال المتحدث يوم الثلاثاء إن المعبر سيفتح أبوابه، بعد أن أعلنت السلطات أمس عن الاستعدادات.', {
      'events/opening.md': event('يوم الثلاثاء', '2025-10-28'),
      'events/persian-yeh.md': event('یوم الثلاثاء', '2025-10-28'),
    });
    expect(errors(files)).toMatchInlineSnapshot(
      `"content/events/persian-yeh.md:6:3  date.text  The date's words \`یوم الثلاثاء\` are not in the article \`talks\`, and the site would show them as the article's own.  The article has an Arabic yeh (ي, U+064A) where \`text\` has a Persian yeh (ی, U+06CC), at the very start. Copy the words from the article instead of typing them, so every letter is the same. If the article gives no words for the date, delete \`text:\`."`,
    );
  });

  it('Chinese, written without spaces: words by the dictionary’s word breaks, the nearest named', () => {
    const files = tree('zh', '巴基斯坦与阿富汗的和谈于周二破裂，外交部上周表示愿意继续谈判。', {
      'events/collapse.md': event('周二', '2025-10-28'),
      'events/last-week.md': event('上周'),
      'events/wednesday.md': event('周三'),
      'events/half-a-word.md': event('周'),
    });
    expect(errors(files)).toMatchInlineSnapshot(`
      "content/events/half-a-word.md:6:3  date.text  The date's words \`周\` are not whole words of the article \`talks\`: they occur only inside “周二”.  Copy the article's own words for the date exactly, whole words. If the article gives no words for the date, delete \`text:\`.
      content/events/wednesday.md:6:3  date.text  The date's words \`周三\` are not in the article \`talks\`, and the site would show them as the article's own.  Copy the article's own words for the date exactly (the nearest in the article: “周二”). If the article gives no words for the date, delete \`text:\`."
    `);
  });
});
