import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BASE_LOADED, BROKEN, check, checkCase, editContent, inScratch, scratchProject, TWO_STORIES } from './support.ts';
import { parseMarkdownFile } from '../../src/content/frontmatter.ts';
import type { Problem } from '../../src/content/problems.ts';
import { DateValueSchema } from '../../src/content/schemas/date.ts';

/**
 * One content tree a mistake (tests/fixtures/broken/<case>/content/), each holding the same valid
 * records beside the broken one. The whole report an editor reads is pinned, so a regression in
 * wording or location shows; and what the mistake did not touch must still load.
 */
describe('an editor mistake is reported in words they can act on, and nothing else is dropped', () => {
  it('malformed YAML: a quote that is never closed is pointed at where it opens', () => {
    const result = checkCase('malformed-yaml');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/asif-accuses.md:3:12  statement  The double quote (") that starts the value of \`statement\` is never closed, so the rest of the frontmatter is read as part of it.  End the value with \`"\` on the same line. If the words contain \`"\` themselves, wrap the whole value in single quotes instead: \`statement: 'says "venomous" things'\`."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('the common YAML slips each get their own explanation and the line written right', () => {
    const result = checkCase('yaml-mistakes');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/apostrophe-in-single-quotes.md:3:22  statement  The value of \`statement\` is in single quotes, so an apostrophe inside it ends it early.  Write each apostrophe inside single quotes twice (\`'Pakistan''s'\`), or wrap the value in double quotes: \`statement: "Pakistan's Defence Minister accused the Afghan side."\`.
      content/claims/colon-in-value.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: \`statement: "Asif said: the Afghan side made venomous statements."\`.
      content/claims/field-in-capitals.md:2:1  kind  The claim has no \`kind\`, and it is required.  Add \`kind:\`. What kind of assertion it is: \`statement\`, \`report\`, \`allegation\`, \`accusation\`, \`acknowledgement\`, \`denial\`, \`demand\`, \`warning\`, \`assessment\`, \`observation\`, \`question\`, \`prediction\`.
      content/claims/field-in-capitals.md:4:1  KIND  \`KIND\` is not a field of a claim.  Did you mean \`kind\`? Rename it.
      content/claims/hash-in-value.md:3:40  statement  Everything from \`#\` to the end of the line is read as a comment and left out: \`#2\`.  If the \`#\` belongs to the text, wrap the whole value in double quotes; if it is a note for editors, move it to its own line above the field.
      content/claims/misaligned-list.md:7:1  (frontmatter)  \`verb\` is indented further than \`source\` on the line above, which already has a value.  Start \`verb\` in the same column as \`source\`, using spaces.
      content/claims/misspelled-field.md:5:1  staus  \`staus\` is not a field of a claim.  Did you mean \`status\`? Rename it.
      content/claims/misspelled-field.md:8:3  anchor.sufix  \`sufix\` is not a field of \`anchor\`.  Did you mean \`suffix\`? Rename it.
      content/claims/no-space-after-colon.md:4:1  (frontmatter)  There is no space after the colon in \`kind:statement\`.  Write a space after the field name's colon: \`kind: statement\`.
      content/claims/quoted-words-at-both-ends.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: \`statement: '"Venomous" statements: the Afghan side has made "venomous"'\`.
      content/claims/suffix-apostrophe-unclosed.md:3:17  statement  The value of \`statement\` is in single quotes, so an apostrophe inside it ends it early.  Write each apostrophe inside single quotes twice (\`'Pakistan''s'\`), or wrap the value in double quotes: \`statement: "İBB'nin gece seferleri yılda 40 milyon lira zarar edecek."\`.
      content/claims/suffix-apostrophes.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: \`statement: "Şahin'in iddiası: proje rafa kaldırıldı."\`.
      content/claims/tab-indent.md:6:1  (frontmatter)  This line is indented with a tab; YAML only reads spaces.  Indent with spaces (two per level), not tabs. Most editors can convert tabs to spaces.
      content/sources/tameem-bahiss.md:5:9  handle  A value cannot start with \`@\` unless it is in quotes: YAML reserves that character.  Wrap the value in double quotes: \`handle: "@tameembahiss"\`."
    `);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('each value line a YAML fix proposes, pasted over the line, makes the claim valid with the words the editor meant, and no stray quote marks', () => {
    const project = scratchProject(join(BROKEN, 'yaml-mistakes', 'content'));
    try {
      const proposed = checkCase('yaml-mistakes').problems.flatMap((problem) => {
        const line = /: `(statement: .*)`\.$/.exec(problem.fix)?.[1];
        return line === undefined ? [] : [{ file: problem.file, line: problem.line, pasted: line }];
      });
      for (const { file, line, pasted } of proposed) {
        const path = join(project.root, file);
        const lines = readFileSync(path, 'utf8').split('\n');
        lines[line - 1] = pasted;
        writeFileSync(path, lines.join('\n'));
      }
      const fixed = check(project.root);
      const files = proposed.map((problem) => problem.file);
      expect(fixed.problems.filter((problem) => files.includes(problem.file))).toEqual([]);
      const statements = Object.fromEntries(fixed.corpus.claims.filter((claim) => files.includes(claim.file)).map((claim) => [claim.id, claim.data.statement]));
      expect(statements).toEqual({
        'apostrophe-in-single-quotes': "Pakistan's Defence Minister accused the Afghan side.",
        'colon-in-value': 'Asif said: the Afghan side made venomous statements.',
        'suffix-apostrophe-unclosed': "İBB'nin gece seferleri yılda 40 milyon lira zarar edecek.",
        'suffix-apostrophes': "Şahin'in iddiası: proje rafa kaldırıldı.",
        'quoted-words-at-both-ends': '"Venomous" statements: the Afghan side has made "venomous"',
      });
    } finally {
      project.cleanup();
    }
  });

  it('one line of a list indented with a tab is the one problem: the right lines after it are not blamed', () => {
    const result = checkCase('tab-in-list');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/asif-accuses.md:7:1  (frontmatter)  This line is indented with a tab; YAML only reads spaces.  Indent with spaces (two per level), not tabs. Most editors can convert tabs to spaces."`);
    expect(result.loaded).toEqual(BASE_LOADED);
    // A mistake of its own further down is still reported, on its line.
    const problems: Problem[] = [];
    const file = ['---', 'attribution:', '  - source: khawaja-asif', '\tverb: قال', '    as: المتحدث', '  - source: omar-samad', '    verb: قال', 'statement: "x', 'kind: statement', '---', ''];
    parseMarkdownFile('content/claims/a.md', file.join('\n'), problems);
    expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '4: This line is indented with a tab; YAML only reads spaces.',
      '8: The double quote (") that starts the value of `statement` is never closed, so the rest of the frontmatter is read as part of it.',
    ]);
  });

  it('a value with a colon gets the whole line to paste, quoted as YAML reads it, or for a very long one where to type the quotes', () => {
    const result = checkCase('colon-in-long-value');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/asif-quoted.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: \`statement: 'Asif said: the Afghan side made "venomous" statements.'\`.
      content/claims/council-statement.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: type \`"\` at the start of the value, right after \`statement:\`, and another \`"\` at the very end of the line.
      content/claims/jalalabad-council.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: \`statement: "The municipal council of Jalalabad: it rejected the report that a drone deal made the talks fail."\`.
      content/claims/samad-asked.md:3:12  statement  The value of \`statement\` contains \`: \`, which YAML reads as the start of another field.  Wrap the whole value in quotes: type \`'\` at the start of the value, right after \`statement:\`, and another \`'\` at the very end of the line."
    `);
    expect(result.loaded).toEqual(BASE_LOADED);
    // Each line to paste, pasted over the line, gives back the words as the editor wrote them.
    for (const problem of result.problems) {
      const pasted = /: `(statement: .*)`\.$/.exec(problem.fix)?.[1];
      if (pasted === undefined) continue;
      const written = readFileSync(join(BROKEN, 'colon-in-long-value', problem.file), 'utf8').split('\n')[problem.line - 1];
      expect((parse(pasted) as { statement: string }).statement).toBe(written?.slice('statement: '.length));
    }
    expect(result.problems.filter((problem) => /: `statement: /.test(problem.fix))).toHaveLength(2);
  });

  it('a missing required field is named and located at the frontmatter, not at 1:1', () => {
    const result = checkCase('missing-field');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/report-blames-drone-deal.md:2:1  kind  The claim has no \`kind\`, and it is required.  Add \`kind:\`. What kind of assertion it is: \`statement\`, \`report\`, \`allegation\`, \`accusation\`, \`acknowledgement\`, \`denial\`, \`demand\`, \`warning\`, \`assessment\`, \`observation\`, \`question\`, \`prediction\`."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('a value of the wrong type says what was expected and shows it written right', () => {
    const result = checkCase('wrong-type');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/report-blames-drone-deal.md:5:1  hedges  Expected a list (lines starting with \`- \`) for \`hedges\`, found the text \`reportedly\`.  Write \`hedges:\` on its own line and each item below it, indented, after \`- \`: \`- reportedly\`. Hedging words the article uses for the claim ("reportedly"), copied from it.
      content/claims/report-blames-drone-deal.md:6:1  anchor  Expected a group of indented fields for \`anchor\`, found the text \`a secret drone deal with the US\`.  Write \`anchor:\` on its own line and its fields below it, indented by two spaces, like \`exact: a secret drone deal with the US\`. Where the article says it: \`exact\` copied from the article, with \`prefix\` or \`suffix\` if those words appear more than once."
    `);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('an unknown kind or status suggests the nearest valid one and lists them all', () => {
    const result = checkCase('unknown-kind-or-status');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/report-blames-drone-deal.md:4:1  kind  The text \`Report\` is not a valid \`kind\`.  Did you mean \`report\`? Use one of: \`statement\`, \`report\`, \`allegation\`, \`accusation\`, \`acknowledgement\`, \`denial\`, \`demand\`, \`warning\`, \`assessment\`, \`observation\`, \`question\`, \`prediction\`.
      content/claims/report-blames-drone-deal.md:5:1  status  The text \`disputed\` is not a valid \`status\`.  Use one of: \`unverified\`, \`verified\`, \`refuted\`.
      content/sources/afghan-news-channels.md:3:1  kind  The text \`media\` is not a valid \`kind\`.  Use one of: \`person\`, \`outlet\`, \`report\`, \`government\`, \`organisation\`, \`collective\`, \`post\`."
    `);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('a misquote one apostrophe off names both characters and where they differ', () => {
    const result = checkCase('misquote');
    expect(result.lines).toMatchInlineSnapshot(`"content/quotes/samad-on-intentions.md:3:1  text  “It's not entirely clear what each side's intention…” is not in the article \`pakistan-afghanistan-talks\`.  The article has a curly apostrophe (’, U+2019) where the anchor has a straight apostrophe (', U+0027), after “It” (and 1 more difference further on). Copy the words from the article instead of typing them, so every quote mark and dash is the same."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, quotes: ['samad-on-intentions', 'venomous'] });
  });

  it('an anchor that matches twice shows where each match is and asks for a prefix or suffix', () => {
    const result = checkCase('anchor-matches-twice');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/agreement-with-foreign-country.md:6:3  anchor.exact  “agreement with a” occurs 2 times in the article \`pakistan-afghanistan-talks\`, so the anchor is ambiguous.  Under \`anchor\`, beside \`exact\`, for the one after “…to do so because of its ”, add \`prefix: "its "\`; for the one after “…acknowledged signing an ”, add \`prefix: "an "\`."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements', 'agreement-with-foreign-country', 'talks-failed-on-tuesday'] });
  });

  it('a misspelled reference suggests the nearest id; an unknown one says how to add it', () => {
    const result = checkCase('unknown-reference');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/quotes/samad-on-intentions.md:2:1  article  There is no article \`pakistan-afghanistan-talk\` in \`content/articles/\`.  Did you mean \`pakistan-afghanistan-talks\`? Otherwise add \`content/articles/pakistan-afghanistan-talk.md\` (\`npm run new -- article\`).
      content/quotes/samad-on-intentions.md:4:1  speaker  There is no source \`omar-samed\` in \`content/sources/\`.  Did you mean \`omar-samad\`? Otherwise add \`content/sources/omar-samed.md\` (\`npm run new -- source\`).
      content/quotes/samad-on-intentions.md:7:5  claims[0]  There is no claim \`intentions-unclear\` in \`content/claims/\`.  Fix the id, or add \`content/claims/intentions-unclear.md\` (\`npm run new -- claim\`)."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, quotes: ['samad-on-intentions', 'venomous'] });
  });

  it('two files with the same name in different subfolders are a duplicate id; the first still loads', () => {
    const result = checkCase('duplicate-id');
    expect(result.lines).toMatchInlineSnapshot(`"content/sources/people/omar-samad.md:1:1  (file name)  Another source already has the id \`omar-samad\`: \`content/sources/omar-samad.md\`.  Ids must be unique within \`content/sources/\`: rename one of the two files (and the references to it)."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('a date that does not exist is refused, not rolled over to March', () => {
    const result = checkCase('impossible-date');
    expect(result.lines).toMatchInlineSnapshot(`"content/events/talks-fail.md:4:1  date  \`2025-02-30\` does not exist: February 2025 has 28 days.  Check the day against the article, or write \`2025-02\` if only the month is known."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, events: [] });
  });

  it('a date written in digits another way, or with its weekday or time, is refused with the date as the site reads it, and both readings where day and month could swap', () => {
    const fixes = ['14/01/2026', '2026/1/14', '14.01.2026', '2026-01-14T09:00:00Z', 'Wednesday, January 14, 2026', '03/04/2026', '31/02/2026'].map(
      (value) => `${value} → ${(DateValueSchema.safeParse(value).error?.issues[0] as { params?: { fix?: string } } | undefined)?.params?.fix}`,
    );
    expect(fixes).toEqual([
      '14/01/2026 → Write `2026-01-14`: dates are written in digits, year first.',
      '2026/1/14 → Write `2026-01-14`: year, month and day, with hyphens and two digits each for the month and the day.',
      '14.01.2026 → Write `2026-01-14`: dates are written in digits, year first.',
      '2026-01-14T09:00:00Z → Write the day alone, `2026-01-14`: the site gives days, not times.',
      'Wednesday, January 14, 2026 → Write `2026-01-14`: dates are written in digits, year first.',
      '03/04/2026 → `03/04/2026` is 3 April where the day comes first, and March 4 in the United States: write `2026-04-03` or `2026-03-04`, whichever the article means (year, month, day).',
      '31/02/2026 → Write `2025-10-28` for a day, `2025-10` for a month, `2025` for a year, or `unknown`.',
    ]);
  });

  it('a date written in words, in English or the article’s language, is refused with the same date written as the site reads it', () => {
    const result = checkCase('date-in-words');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/pakistan-afghanistan-talks.md:6:1  published  \`October 2025\` is not a date this site reads.  Write \`2025-10\`: dates are written in digits, year first.
      content/events/talks-fail.md:5:3  date.value  \`Oct 28, 2025\` is not a date this site reads.  Write \`2025-10-28\`: dates are written in digits, year first."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, articles: [], events: [] });
    const fixes = ['November 2025', 'Nov 2025', '5 November 2025', 'Nov 5, 2025', 'September 30th, 2025', '5 Kasım 2025', '1er mars 2025', '5. November 2025', '5 de noviembre de 2025', '21 ноября 2025', '31 November 2025', 'Smarch 2025'].map((value) => {
      const issue = DateValueSchema.safeParse(value).error?.issues[0];
      return `${value} → ${issue?.message} ${(issue as { params?: { fix?: string } } | undefined)?.params?.fix}`;
    });
    expect(fixes).toMatchInlineSnapshot(`
      [
        "November 2025 → \`November 2025\` is not a date this site reads. Write \`2025-11\`: dates are written in digits, year first.",
        "Nov 2025 → \`Nov 2025\` is not a date this site reads. Write \`2025-11\`: dates are written in digits, year first.",
        "5 November 2025 → \`5 November 2025\` is not a date this site reads. Write \`2025-11-05\`: dates are written in digits, year first.",
        "Nov 5, 2025 → \`Nov 5, 2025\` is not a date this site reads. Write \`2025-11-05\`: dates are written in digits, year first.",
        "September 30th, 2025 → \`September 30th, 2025\` is not a date this site reads. Write \`2025-09-30\`: dates are written in digits, year first.",
        "5 Kasım 2025 → \`5 Kasım 2025\` is not a date this site reads. Write \`2025-11-05\`: dates are written in digits, year first.",
        "1er mars 2025 → \`1er mars 2025\` is not a date this site reads. Write \`2025-03-01\`: dates are written in digits, year first.",
        "5. November 2025 → \`5. November 2025\` is not a date this site reads. Write \`2025-11-05\`: dates are written in digits, year first.",
        "5 de noviembre de 2025 → \`5 de noviembre de 2025\` is not a date this site reads. Write \`2025-11-05\`: dates are written in digits, year first.",
        "21 ноября 2025 → \`21 ноября 2025\` is not a date this site reads. Write \`2025-11-21\`: dates are written in digits, year first.",
        "31 November 2025 → \`31 November 2025\` is not a date this site reads. Write \`2025-10-28\` for a day, \`2025-10\` for a month, \`2025\` for a year, or \`unknown\`.",
        "Smarch 2025 → \`Smarch 2025\` is not a date this site reads. Write \`2025-10-28\` for a day, \`2025-10\` for a month, \`2025\` for a year, or \`unknown\`.",
      ]
    `);
  });

  it('two sources of the same name, case and spaces aside, are a warning on the later one naming the first, with both fixes', () => {
    const result = checkCase('same-source-name');
    expect(result.lines).toBe('');
    expect(result.warnings).toMatchInlineSnapshot(`
      "content/sources/khawaja-asif-2.md:2:1  warning  name  The source \`khawaja-asif-2\` has the same name as the source in \`content/sources/khawaja-asif.md\` (\`Khawaja  ASIF\` and \`Khawaja Asif\`, case and spaces aside): the site would show two sources a reader cannot tell apart, each with part of what was said.  If they are the same source, keep one: delete \`content/sources/khawaja-asif-2.md\` and write \`khawaja-asif\` wherever \`khawaja-asif-2\` is used. If they are two, give each a name that tells them apart, as the articles do (a role, a place, a middle name).
      content/sources/omar-samad.md:1:1  warning  (file)  No claim, quote, event or note names the source \`omar-samad\`, so its page would list nothing.  Name it where the article gives it a voice (a claim's \`attribution\`, a quote's \`speaker\`, an event's \`sources\`), or delete \`content/sources/omar-samad.md\` if it is not needed."
    `);
    // Both still publish: two people may share a name.
    expect(result.loaded).toEqual({ ...BASE_LOADED, sources: ['khawaja-asif', 'khawaja-asif-2', 'omar-samad'] });
  });

  it('a source that only a file the check cannot read names is not called unused: deleting it would lose what the fixed file needs', () => {
    inScratch((root) => {
      writeFileSync(join(root, 'content/sources/lone-voice.md'), '---\nname: Lone Voice\nkind: person\ndescription: A resident the article quotes.\n---\n');
      writeFileSync(
        join(root, 'content/claims/lone-voice-claim.md'),
        '---\narticle: harbour-contract-dispute\nstatement: The fees were paid.\nkind: statement\nattribution:\n\t- source: lone-voice\n---\n',
      );
      const result = check(root);
      expect(result.lines).toContain('content/claims/lone-voice-claim.md:6:');
      expect(result.warnings).not.toContain('lone-voice');
      // Fixed, the claim names the source; nothing has it deleted in between.
      writeFileSync(join(root, 'content/claims/lone-voice-claim.md'), '---\narticle: harbour-contract-dispute\nstatement: The fees were paid.\nkind: statement\nattribution:\n  - source: lone-voice\n---\n');
      expect(check(root).warnings).not.toContain('names the source `lone-voice`');
      // With the claim gone, the source is unused, and said to be.
      rmSync(join(root, 'content/claims/lone-voice-claim.md'));
      expect(check(root).warnings).toContain('names the source `lone-voice`');
    });
  });

  it("a misspelt article is told on its own record only, not on every record that links it as another article's", () => {
    inScratch((root) => {
      editContent(root, 'claims/terminal-by-2026.md', 'article: harbour-contract-dispute', 'article: harbour-contract-dispte');
      const { problems } = check(root);
      expect(problems.map((p) => p.file)).toEqual(problems.map(() => 'content/claims/terminal-by-2026.md'));
      expect(problems.some((p) => p.field === 'article' && p.fix.includes('harbour-contract-dispute'))).toBe(true);
    });
  });

  it('a chain written without its links’ fields is shown written right, whichever way it went wrong, so following the fix gets there', () => {
    const chain = 'attribution:\n  - source: averin-daily-ledger\n    verb: According to\n  - source: harbour-authority\n    verb: said\n    as: the harbour authority\n';
    const shape = '`- source: averin-daily-ledger`, then `verb: …` on the next line, lined up under `source`.';
    inScratch((root) => {
      const fixes = ['attribution: averin-daily-ledger\n', 'attribution:\n  - averin-daily-ledger\n', 'attribution:\n  source: averin-daily-ledger\n'].map((written) => {
        writeFileSync(join(root, 'content/claims/fees-paid-in-full.md'), readFileSync(join(TWO_STORIES, 'content/claims/fees-paid-in-full.md'), 'utf8').replace(chain, written));
        const problems = check(root).problems.filter((p) => p.field.startsWith('attribution'));
        expect(problems).toHaveLength(1);
        return problems[0]?.fix ?? '';
      });
      for (const fix of fixes) expect(fix).toContain(shape);
    });
  });

  it('a misspelt field of an article or an event is named with the right article ("an event")', () => {
    inScratch((root) => {
      editContent(root, 'events/talks-fail.md', 'title:', 'Title:');
      editContent(root, 'articles/harbour-contract-dispute.md', 'summary:', 'sumary:');
      const messages = check(root).problems.map((p) => p.message);
      expect(messages).toContain('`Title` is not a field of an event.');
      expect(messages).toContain('`sumary` is not a field of an article.');
    });
  });

  it('a list or group in brackets left open is told on its own line, not where YAML stumbles below it', () => {
    inScratch((root) => {
      editContent(root, 'claims/fees-paid-in-full.md', 'kind: statement\n', 'kind: statement\nhedges: [quietly\n');
      editContent(root, 'articles/harbour-contract-dispute.md', 'language: en\n', 'language: en\nsourceNotes: {harbour-authority: The port officials\n');
      const lines = check(root).problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
      expect(lines).toEqual([
        'content/articles/harbour-contract-dispute.md:9 sourceNotes: The group written in curly brackets in the value of `sourceNotes` is not closed on its line, so YAML reads the lines below as part of it.',
        'content/claims/fees-paid-in-full.md:5 hedges: The list written in square brackets in the value of `hedges` is not closed on its line, so YAML reads the lines below as part of it.',
      ]);
    });
  });

  it('a list item indented further than the one above is told as two items joined, with the dashes to line up, not as a typo of the first', () => {
    inScratch((root) => {
      editContent(root, 'claims/afghan-demand-drone-commitment.md', '  - afghan-demand\n', '  - afghan-demand\n    - talks-fail\n');
      const problems = check(root).problems;
      expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['content/claims/afghan-demand-drone-commitment.md:12 events[0]']);
      expect(problems[0]?.message).toBe(
        'The items `afghan-demand`, `talks-fail` of `events` are read as one, `afghan-demand - talks-fail`: the `- ` of the line below is indented further than the one above, so YAML joins it to this item.',
      );
      expect(problems[0]?.fix).toBe('Start every `- ` of the list in the same column, one item a line: `- afghan-demand`, `- talks-fail`.');
    });
  });

  it('a doubled space in an anchor, or in the article where the anchor has one, is named with the word before it', () => {
    inScratch((root) => {
      editContent(root, 'claims/fees-paid-in-full.md', 'exact: the fees were', 'exact: the fees  were');
      expect(check(root).problems.map((p) => p.fix)).toEqual([
        'The anchor has two spaces after “fees” where the article has one. Delete one of the two spaces.',
      ]);
      editContent(root, 'claims/fees-paid-in-full.md', 'exact: the fees  were', 'exact: the fees were');
      editContent(root, 'articles/harbour-contract-dispute.md', 'the fees were “paid in full”', 'the fees were  “paid in full”');
      expect(check(root).problems.map((p) => p.fix)).toEqual([
        "The article has two spaces after “were” where the anchor has one. Write two spaces there in the anchor too (copy the words from the article), or make them one in the article's text if they came in when it was pasted.",
      ]);
    });
  });

  it("passes over what an editing program keeps beside an open file, and names a backup it left behind without stopping", () => {
    inScratch((root) => {
      const claim = readFileSync(join(root, 'content/claims/fees-paid-in-full.md'));
      for (const name of ['.fees-paid-in-full.md.swp', '.#fees-paid-in-full.md', '#fees-paid-in-full.md#', 'fees-paid-in-full.md~', 'fees-paid-in-full.md.bak']) {
        writeFileSync(join(root, 'content/claims', name), claim);
      }
      const result = check(root);
      expect(result.lines).toBe('');
      expect(result.warnings).toContain('content/claims/fees-paid-in-full.md~:1:1  warning  (file)  This looks like a backup copy an editing program left behind');
      expect(result.warnings).toContain('content/claims/fees-paid-in-full.md.bak:1:1  warning');
      expect(result.warnings).not.toContain('.swp');
    });
  });

  it('a record saved in the wrong folder is told where it belongs, not field by field', () => {
    inScratch((root) => {
      const claim = readFileSync(join(root, 'content/claims/fees-paid-in-full.md'), 'utf8');
      rmSync(join(root, 'content/claims/fees-paid-in-full.md'));
      writeFileSync(join(root, 'content/sources/fees-paid-in-full.md'), claim);
      const own = check(root).problems.filter((p) => p.file === 'content/sources/fees-paid-in-full.md');
      expect(own.map((p) => `${p.field}  ${p.message}  ${p.fix}`)).toEqual([
        "(file)  This file is in `content/sources/`, so it is read as a source, but its fields (`article`, `statement`, `kind`, `attribution`) are a claim's.  Move it to `content/claims/`.",
      ]);
    });
  });

  it('a frontmatter closed with four dashes, or opened below a blank line, is named where it is', () => {
    inScratch((root) => {
      const file = join(root, 'content/claims/fees-paid-in-full.md');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n---\n/, '\n----\n'));
      expect(check(root).lines).toBe(
        'content/claims/fees-paid-in-full.md:16:1  (file)  This line, `----`, was meant to close the frontmatter, but only a line of exactly three dashes does.  Write `---` alone on the line.',
      );
      writeFileSync(file, `\n${text}`);
      expect(check(root).lines).toBe(
        'content/claims/fees-paid-in-full.md:1:1  (file)  The file starts with a blank line before its `---`: the frontmatter must begin on the very first line.  Delete the blank line above the first `---`.',
      );
    });
  });

  it('a cycle in event order is spelled out', () => {
    const result = checkCase('event-cycle');
    expect(result.lines).toMatchInlineSnapshot(`"content/events/minister-accuses.md:5:5  after[0]  The events' order goes round in a circle: \`minister-accuses\` comes after \`talks-fail\` comes after \`minister-accuses\`.  An event cannot come before itself: remove the \`after\` line that the article does not support."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, events: ['minister-accuses', 'talks-fail'] });
  });

  it('javascript: and data: links are refused, and an address with a space in it', () => {
    const result = checkCase('unsafe-link');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/sources/geo-news.md:5:1  url  \`javascript:\` addresses are not allowed: only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Link to the web page itself, with an address that starts with \`https://\`.
      content/sources/omar-samad.md:6:1  url  The address \`https://example.org/people/omar samad\` has a space in it, which no web address has: it is not the page's address as the browser shows it.  Copy the address again from the browser's address bar; if the page's address really has a space, write it as \`%20\`.
      content/sources/tolonews.md:5:1  url  \`data:\` addresses are not allowed: only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Link to the web page itself, with an address that starts with \`https://\`."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, sources: ['khawaja-asif'] });
  });

  it('raw HTML in a note is refused by the check (the hostile cases: text-policy.test.ts; rendered, it is also sanitised: note-html.test.ts)', () => {
    const result = checkCase('html-in-note');
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'content/sources/khawaja-asif.md:8 (note)',
      'content/sources/khawaja-asif.md:10 (note)',
      'content/sources/khawaja-asif.md:12 (note)',
    ]);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('a file saved with Windows line endings or a byte-order mark is accepted and loads', () => {
    const result = checkCase('windows-line-endings-and-bom');
    expect(result.lines).toBe('');
    expect(result.loaded).toEqual(BASE_LOADED);
    const claim = result.corpus.claims.find((entry) => entry.id === 'talks-failed-on-tuesday');
    expect(claim?.data.statement).toBe('Peace talks between Pakistan and Afghanistan failed on Tuesday.');
    expect(result.corpus.sources.find((entry) => entry.id === 'omar-samad')?.data.name).toBe('Omar Samad');
    // The article's text is the same as without the carriage returns, so anchors resolve alike.
    expect(result.analysis.texts.get('pakistan-afghanistan-talks')).not.toContain('\r');
    expect(result.analysis.ranges.get('claims/talks-failed-on-tuesday')).toBeDefined();
  });

  it('an empty file is reported, and the rest loads', () => {
    const result = checkCase('empty-file');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/asif-accuses.md:1:1  (file)  The file is empty.  Write its frontmatter between two \`---\` lines (\`npm run new\` makes a correct file), or delete the file."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('verified or refuted without a review is reported, even when the claim has other problems', () => {
    const result = checkCase('verified-without-review');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/report-blames-drone-deal.md:4:1  kind  The text \`reported\` is not a valid \`kind\`.  Did you mean \`report\`? Use one of: \`statement\`, \`report\`, \`allegation\`, \`accusation\`, \`acknowledgement\`, \`denial\`, \`demand\`, \`warning\`, \`assessment\`, \`observation\`, \`question\`, \`prediction\`.
      content/claims/report-blames-drone-deal.md:5:1  status  A claim marked \`refuted\` needs a \`review\` saying who established it.  Add \`review:\` with \`by\`, \`url\`, \`date\` and \`summary\`, or use \`status: unverified\` if the article only reports the claim.
      content/claims/talks-failed-on-tuesday.md:5:1  status  A claim marked \`verified\` needs a \`review\` saying who established it.  Add \`review:\` with \`by\`, \`url\`, \`date\` and \`summary\`, or use \`status: unverified\` if the article only reports the claim."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements'] });
  });

  it('a relation from a claim to itself is refused', () => {
    const result = checkCase('relation-to-itself');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/afghan-side-venomous-statements.md:10:5  relations[0].claim  The claim is said to support itself.  A relation links two different claims: name the other claim, or remove this relation."`);
    expect(result.loaded).toEqual(BASE_LOADED);
  });

  it('a cross-link in a note to a missing id is checked like any other reference', () => {
    const result = checkCase('crosslink-missing-id');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/talks-failed-on-tuesday.md:10:46  (note)  The cross-link names an event \`talks-failed\` that does not exist in \`content/events/\`.  Did you mean \`{#talks-fail}\`? Otherwise fix the id after \`#\`.
      content/claims/talks-failed-on-tuesday.md:11:29  (note)  The cross-link names a quote \`venomus\` that does not exist in \`content/quotes/\`.  Did you mean \`{#venomous}\`? Otherwise fix the id after \`#\`.
      content/claims/talks-failed-on-tuesday.md:12:15  (note)  The cross-link \`:claim[…]\` does not say which claim it links to.  Add the id after the brackets, like \`:claim[the words]{#the-id}\`."
    `);
    expect(result.loaded).toEqual(BASE_LOADED);
  });
});
