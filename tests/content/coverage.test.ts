import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, formatCoverage } from '../../src/content/coverage-report.ts';
import { writeFileSync } from 'node:fs';
import { BROKEN, check, PROJECT, scratchProject, TWO_STORIES } from './support.ts';

const coverage = join(PROJECT, 'scripts/coverage.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [coverage, ...args], { encoding: 'utf8', cwd: PROJECT });

describe('npm run coverage', () => {
  it('counts each article\'s sentences, and says when every one is covered', () => {
    const report = coverageOf(check(TWO_STORIES));
    expect(report.map(({ id, sentences, covered }) => ({ id, sentences, covered }))).toEqual([
      { id: 'harbour-contract-dispute', sentences: 8, covered: 6 },
      { id: 'pakistan-afghanistan-talks', sentences: 12, covered: 12 },
    ]);
    const result = run('pakistan-afghanistan-talks', '--root', TWO_STORIES);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('pakistan-afghanistan-talks: 12 of 12 sentences covered (100%). Every sentence has a claim, quote or event.');
  });

  it('lists each sentence still left, with the file and line it is on, and exits 0', () => {
    // A small tree whose records cover only the first and fourth paragraphs.
    const root = join(BROKEN, 'html-in-note');
    expect(formatCoverage(coverageOf(check(root)))).toMatchInlineSnapshot(`
      "pakistan-afghanistan-talks: 2 of 6 sentences covered (33%). Not yet covered by a claim, quote or event:
        content/articles/pakistan-afghanistan-talks.md:18  “Various Afghan media outlets had stated that Pakistan was hesitant to do so because of its agreement with a "foreign country".”
        content/articles/pakistan-afghanistan-talks.md:20  “According to Afghan news channels, Pakistan has acknowledged signing an agreement with a “foreign country” that permits drones to operate wi…”
        content/articles/pakistan-afghanistan-talks.md:24  ““It’s not entirely clear what each side’s intentions were.”
        content/articles/pakistan-afghanistan-talks.md:24  “Was Pakistan genuinely seeking practical solutions, or was it trying to use the opportunity to appear as if it wanted to resolve the issues?…”"
    `);
    const result = run('--root', root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/articles/pakistan-afghanistan-talks.md:18  “Various Afghan media outlets');
  });

  it('gives a line for every sentence, a short credit line whose words recur included', () => {
    const project = scratchProject();
    try {
      const article = 'content/articles/agency-copy.md';
      const front = '---\ntitle: An agency report\nheadline: null\npublisher: null\nurl: null\npublished: 2025-11-03\nlanguage: en\nsummary: A report.\n---\n';
      writeFileSync(join(project.root, article), `${front}\nAFP reported that AFP staff left.\n\nTalks will resume,\naccording to AFP.\n\nAFP.\n`);
      const report = coverageOf(check(project.root)).find((entry) => entry.id === 'agency-copy');
      expect(report?.uncovered.map(({ text, line }) => [text, line])).toEqual([
        ['AFP reported that AFP staff left.', 11],
        ['Talks will resume,', 13],
        ['according to AFP.', 14],
        ['AFP.', 16],
      ]);
    } finally {
      project.cleanup();
    }
  });

  it('names the nearest article for a misspelled id, and exits 1', () => {
    const result = run('pakistan-afghanistan-talk', '--root', TWO_STORIES);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'There is no article `pakistan-afghanistan-talk`. Did you mean `pakistan-afghanistan-talks`? The articles are: harbour-contract-dispute, pakistan-afghanistan-talks.',
    );
  });

  it('still reports, with a warning, when the content has problems', () => {
    const result = run('--root', join(BROKEN, 'misquote'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('The content has 1 problem (see `npm run check:content`); records with problems are not counted until they are fixed.');
    expect(result.stdout).toContain('pakistan-afghanistan-talks: ');
  });
});
