import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/content/rules/context.ts';
import { futureDates } from '../../src/content/rules/future-dates.ts';
import { BASE_LOADED, BROKEN, check, checkCase, scratchProject, editContent } from './support.ts';

/**
 * Dates of another calendar written as the site's: a Thai article dated by the Buddhist era
 * (`2568-10-28` for 2025) is after any day these tests run on, and 2568 less 543 before it.
 */
describe('a date after today, or of the Buddhist era', () => {
  it("an article's `published` after today is refused on its line, with the common-era year when it reads as a Buddhist-era one", () => {
    const result = checkCase('buddhist-era');
    expect(result.lines).toMatchInlineSnapshot(`"content/articles/pakistan-afghanistan-talks.md:8:3  published.value  \`2568-10-28\` is after today: an article's \`published\` is the day it appeared, and the site would list it as the newest.  If this is a Buddhist-era year, write \`2025-10-28\`: the site counts years in the common era, 543 years behind the Buddhist era. Otherwise write the day the article appeared, as the article or its page gives it."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it("once the article's year is fixed, an event's date in the Buddhist era is a warning; a date ahead within a year, or a far plan, is not", () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'buddhist-era', 'content'));
    try {
      const edit = (file: string, from: string, to: string) => editContent(root, file, from, to);
      edit('articles/pakistan-afghanistan-talks.md', 'value: 2568-10-28', 'value: 2025-10-28');
      const result = check(root);
      expect(result.lines).toBe('');
      expect(result.warnings.split('\n').filter((line) => line.startsWith('content/events/'))).toMatchInlineSnapshot(`
        [
          "content/events/talks-fail.md:5:3  warning  date.value  \`2568-10-28\` is more than a year after the article \`pakistan-afghanistan-talks\` appeared (2025-10-28).  If this is a Buddhist-era year, write \`2025-10-28\`: the site counts years in the common era, 543 years behind the Buddhist era. If the article does set it that far ahead, leave it.",
        ]
      `);
      // Talks set for next year, or a plan for 2030 (1487 less 543), are the article's to say.
      for (const ahead of ['2026-10', '2030']) {
        edit('events/talks-fail.md', /value: \S+/.exec(readFileSync(join(root, 'content/events/talks-fail.md'), 'utf8'))?.[0] ?? '', `value: ${ahead}`);
        expect(check(root).warnings, ahead).not.toContain('content/events/');
      }
    } finally {
      cleanup();
    }
  });

  it('is after today by the day the check runs, to the precision written; a year far ahead gets no Buddhist-era reading', () => {
    const article = (value: string) => ({ id: 'a', file: 'content/articles/a.md', data: { published: { value } }, positions: new Map() });
    const said = (today: string, value: string) => {
      const records = { articles: new Map([['a', article(value)]]), events: new Map(), quotes: new Map() };
      return futureDates(today)({ records } as unknown as CheckContext).map((problem) => `${problem.message} ${problem.fix}`);
    };
    expect(said('2025-01-21', '2025-01-21')).toEqual([]);
    expect(said('2025-01-21', '2025-01')).toEqual([]);
    expect(said('2025-01-21', '2025')).toEqual([]);
    expect(said('2025-01-21', '2025-01-22')).toEqual(['`2025-01-22` is after today: an article\'s `published` is the day it appeared, and the site would list it as the newest. Write the day the article appeared, as the article or its page gives it.']);
    expect(said('2025-01-21', '2025-02')).toHaveLength(1);
    expect(said('2025-01-21', '2026')).toHaveLength(1);
    // 2568 less 543 is 2025, this year; 2569 would be 2026, a year that has not come either.
    expect(said('2025-01-21', '2568-01-21')[0]).toContain('If this is a Buddhist-era year, write `2025-01-21`');
    expect(said('2025-01-21', '2569-01-21')[0]).not.toContain('Buddhist');
    expect(said('2025-01-21', '3025-01-21')[0]).not.toContain('Buddhist');
  });
});
