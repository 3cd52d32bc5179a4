import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir, type SourceFile } from '../../src/content/read.ts';
import { checkFiles } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';
import { BROKEN } from './support.ts';

/** A valid small tree, with one claim's note replaced by `note`. */
function withNote(note: string): string {
  const files = readContentDir(join(BROKEN, 'windows-line-endings-and-bom')).files;
  const claim = files.find((f) => f.file.endsWith('afghan-side-venomous-statements.md')) as SourceFile;
  const edited = { ...claim, text: `${claim.text.trimEnd()}\n${note}\n` };
  const { problems } = checkFiles(files.map((f) => (f === claim ? edited : f)));
  return sortProblems(problems).map(formatProblem).join('\n');
}

describe('cross-links in notes are checked like every other reference', () => {
  it('accepts a link of each kind to a record that exists', () => {
    expect(
      withNote(
        [
          'Said by :source[the minister]{#khawaja-asif}, in the words of :quote[his quote]{#venomous},',
          'about :event[the failed talks]{#talks-fail}, reported in :article[the article]{#pakistan-afghanistan-talks};',
          'compare :claim[the talks failing]{#talks-failed-on-tuesday}.',
        ].join('\n'),
      ),
    ).toBe('');
  });

  it('leaves prose with a colon alone', () => {
    expect(withNote('Note:this is prose, as is 10:30 and a URL https://example.org/a:b.')).toBe('');
  });

  it('points at the line and column of a link to a missing record, and suggests the nearest id', () => {
    expect(withNote('First line of the note.\nSecond, with :source[the minister]{#khawaja-asaf}.')).toMatchInlineSnapshot(`"content/claims/afghan-side-venomous-statements.md:12:14  (note)  The cross-link names a source \`khawaja-asaf\` that does not exist in \`content/sources/\`.  Did you mean \`{#khawaja-asif}\`? Otherwise fix the id after \`#\`."`);
  });

  it('says how to add a record that nothing resembles', () => {
    expect(withNote(':event[a meeting]{#meeting-in-doha}')).toMatchInlineSnapshot(`"content/claims/afghan-side-venomous-statements.md:11:1  (note)  The cross-link names an event \`meeting-in-doha\` that does not exist in \`content/events/\`.  Fix the id after \`#\`, or add \`content/events/meeting-in-doha.md\` (\`npm run new -- event\`)."`);
  });

  it('catches a link without an id, a misspelled kind, and a link with two colons', () => {
    expect(withNote(':quote[his words]\n\n:clam[the claim]{#talks-failed-on-tuesday}\n\n::claim[the claim]{#talks-failed-on-tuesday}')).toMatchInlineSnapshot(`
      "content/claims/afghan-side-venomous-statements.md:11:1  (note)  The cross-link \`:quote[…]\` does not say which quote it links to.  Add the id after the brackets, like \`:quote[the words]{#the-id}\`.
      content/claims/afghan-side-venomous-statements.md:13:1  (note)  \`:clam[…]\` is not a cross-link this site knows, so it would be shown as plain text.  Did you mean \`:claim\`? Cross-links are \`:claim[…]{#id}\`, \`:source[…]{#id}\`, \`:quote[…]{#id}\`, \`:event[…]{#id}\`, \`:article[…]{#id}\`.
      content/claims/afghan-side-venomous-statements.md:15:1  (note)  A cross-link starts with one colon, but this one has two, so it would not become a link.  Write it inside a sentence with a single colon: \`:claim[the words]{#the-id}\`."
    `);
  });

  it('does not take the names of built-in JavaScript properties as kinds of link', () => {
    expect(withNote(':constructor[x]{#y} and :toString[x]{#y}')).toMatchInlineSnapshot(`
      "content/claims/afghan-side-venomous-statements.md:11:1  (note)  \`:constructor[…]\` is not a cross-link this site knows, so it would be shown as plain text.  Cross-links are \`:claim[…]{#id}\`, \`:source[…]{#id}\`, \`:quote[…]{#id}\`, \`:event[…]{#id}\`, \`:article[…]{#id}\`.
      content/claims/afghan-side-venomous-statements.md:11:25  (note)  \`:toString[…]\` is not a cross-link this site knows, so it would be shown as plain text.  Cross-links are \`:claim[…]{#id}\`, \`:source[…]{#id}\`, \`:quote[…]{#id}\`, \`:event[…]{#id}\`, \`:article[…]{#id}\`."
    `);
  });
});
