import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendCorrection } from '../../src/content/correct.ts';
import { runNew, type Io } from '../../src/content/scaffold.ts';
import { check, scratchProject } from './support.ts';

function script() {
  const said: string[] = [];
  const io: Io = {
    interactive: false,
    ask: async () => {
      throw new Error('A correction is made from flags only.');
    },
    say: (line) => said.push(line),
  };
  return { io, said };
}

let project: ReturnType<typeof scratchProject>;
beforeEach(() => {
  project = scratchProject();
});
afterEach(() => project.cleanup());

const CLAIM = 'content/claims/india-pulling-the-strings.md';
const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
const correct = (...args: string[]) => {
  const { io, said } = script();
  return runNew(['correction', '--root', project.root, ...args], io).then((code) => ({ code, said: said.join('\n') }));
};

describe('npm run new -- correction', () => {
  it('appends a dated correction that the check accepts, leaving every other line of the file as it was', async () => {
    const before = read(CLAIM);
    const first = await correct('--record', 'claim/india-pulling-the-strings', '--kind', 'correction', '--was', 'The claim was credited to Geo News.', '--now', 'It is credited to Khawaja Asif: on Geo News.', '--date', '2025-11-02');
    expect(first.said).toContain('Added a correction dated 2025-11-02 to content/claims/india-pulling-the-strings.md.');
    const second = await correct('--record', 'claims/india-pulling-the-strings', '--kind', 'update', '--was', 'The claim had no thread.', '--now', 'It is linked to the later report.', '--date', '2025-11-05');
    expect([first.code, second.code]).toEqual([0, 0]);
    const after = read(CLAIM);
    // Only lines were added, at the end of the frontmatter: the editor's own lines are untouched.
    expect(after.replace(/^corrections:\n(?: {2}.*\n)+/m, '')).toBe(before);
    expect(after).toContain(
      'corrections:\n  - date: 2025-11-02\n    kind: correction\n    was: The claim was credited to Geo News.\n    now: "It is credited to Khawaja Asif: on Geo News."\n  - date: 2025-11-05\n    kind: update\n',
    );
    const result = check(project.root);
    expect(result.lines).toBe('');
    const claim = result.corpus.claims.find((entry) => entry.id === 'india-pulling-the-strings');
    expect(claim?.data.corrections.map((c) => [c.date, c.kind])).toEqual([
      ['2025-11-02', 'correction'],
      ['2025-11-05', 'update'],
    ]);
  });

  it('dates a correction today when no date is given', async () => {
    const { code } = await correct('--record', 'source/khawaja-asif', '--kind', 'update', '--was', 'His role was not given.', '--now', 'His role is given.');
    expect(code).toBe(0);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(read('content/sources/khawaja-asif.md')).toContain(`corrections:\n  - date: ${today}\n`);
  });

  it('refuses, in the checker’s words, a date before the article or in the future, and writes nothing', async () => {
    const before = read(CLAIM);
    const early = await correct('--record', 'claim/india-pulling-the-strings', '--kind', 'correction', '--was', 'x was wrong.', '--now', 'It is right.', '--date', '2024-01-01');
    const late = await correct('--record', 'claim/india-pulling-the-strings', '--kind', 'correction', '--was', 'x was wrong.', '--now', 'It is right.', '--date', '2999-01-01');
    expect([early.code, late.code]).toEqual([1, 1]);
    expect(`${early.said}\n${late.said}`).toMatchInlineSnapshot(`
      "Nothing was written. The check says of the correction:
        content/claims/india-pulling-the-strings.md:19:5  corrections[0].date  The correction is dated 2024-01-01, before the article \`pakistan-afghanistan-talks\` appeared (2025-10-28).  A record cannot be corrected before it was published: check the day, which is on or after 2025-10-28.
      Nothing was written. The check says of the correction:
        content/claims/india-pulling-the-strings.md:19:5  corrections[0].date  The correction is dated 2999-01-01, a day that has not come yet.  Date a correction on the day it is published: today, or the day it was made."
    `);
    expect(read(CLAIM)).toBe(before);
  });

  it('refuses a record that does not exist, a kind it does not know, and a missing description, naming the fix', async () => {
    const missing = await correct('--record', 'claim/india-pulling-the-string', '--kind', 'correction', '--was', 'x', '--now', 'y');
    const kind = await correct('--record', 'claim/india-pulling-the-strings', '--kind', 'corection', '--was', 'x', '--now', 'y');
    const bare = await correct('--record', 'claim/india-pulling-the-strings', '--kind', 'correction', '--now', 'y');
    const folder = await correct('--record', 'claimz/india-pulling-the-strings', '--kind', 'correction', '--was', 'x', '--now', 'y');
    expect([missing.code, kind.code, bare.code, folder.code]).toEqual([1, 1, 1, 1]);
    expect([missing.said, kind.said, bare.said.split('\n')[0], folder.said].join('\n')).toMatchInlineSnapshot(`
      "Nothing was written. --record: there is no claim \`india-pulling-the-string\` in \`content/claims/\`. Did you mean \`claim/india-pulling-the-strings\`?
      Nothing was written. --kind: \`corection\` is not a kind of correction. Did you mean \`correction\`? Use \`correction\` when the analysis was wrong, \`update\` when new information was added.
      Nothing was written: a correction needs --was.
      Nothing was written. --record: \`claimz\` is not a kind of record. Did you mean \`claim/india-pulling-the-strings\`? Kinds: article, source, claim, quote, event."
    `);
  });
});

describe('appendCorrection', () => {
  const correction = { date: '2025-11-02', kind: 'update' as const, was: 'It said one thing.', now: 'It says another.' };
  const item = '  - date: 2025-11-02\n    kind: update\n    was: It said one thing.\n    now: It says another.\n';

  it('turns `corrections: []` into a list, and keeps comments, folded text and the body', () => {
    const text = '---\n# Who says it.\nname: A\nsummary: >-\n  Folded text\n  on two lines.\ncorrections: []\n# A comment after.\nkind: person\n---\nA note.\n';
    expect(appendCorrection(text, correction)).toBe(`---\n# Who says it.\nname: A\nsummary: >-\n  Folded text\n  on two lines.\ncorrections:\n${item}# A comment after.\nkind: person\n---\nA note.\n`);
  });

  it('adds to a list in the middle of the frontmatter, lined up with its items', () => {
    const text = '---\ncorrections:\n- date: 2025-11-01\n  kind: correction\n  was: a\n  now: b\nname: A\n---\n';
    expect(appendCorrection(text, correction)).toBe(
      '---\ncorrections:\n- date: 2025-11-01\n  kind: correction\n  was: a\n  now: b\n- date: 2025-11-02\n  kind: update\n  was: It said one thing.\n  now: It says another.\nname: A\n---\n',
    );
  });

  it('keeps Windows line endings and a byte-order mark', () => {
    const text = '\uFEFF---\r\nname: A\r\n---\r\nBody.\r\n';
    expect(appendCorrection(text, correction)).toBe(`\uFEFF---\r\nname: A\r\ncorrections:\r\n${item.replace(/\n/g, '\r\n')}---\r\nBody.\r\n`);
  });
});
