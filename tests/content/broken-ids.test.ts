import { describe, expect, it } from 'vitest';
import { BASE_LOADED, checkCase } from './support.ts';

/**
 * Ids written the way an editor might (tests/fixtures/broken/<case>/content/, each the base records
 * plus the mistake): the report names the field, says what an id looks like, and suggests only an id
 * that is or will be valid, found by its spelling or, for a source, by its name or alias.
 */
describe('a badly written id names its field and suggests the id meant', () => {
  it('an id in a list is named by its list, and the record it spells loosely is suggested', () => {
    const result = checkCase('ids-in-lists');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/talks-failed-on-tuesday.md:6:5  events[0]  The text \`Talks Fail\` in \`events\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.  Did you mean \`talks-fail\`? The ids of the events this claim is about.
      content/quotes/venomous.md:5:10  claims[0]  The text \`afghan side venomous statements\` in \`claims\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.  Did you mean \`afghan-side-venomous-statements\`? The ids of the claims this quote carries."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements'], quotes: [] });
  });

  it('items written on one line, separated by commas, are shown one a line', () => {
    const result = checkCase('comma-separated-list');
    expect(result.lines).toMatchInlineSnapshot(`"content/quotes/venomous.md:5:1  claims  Expected a list (lines starting with \`- \`) for \`claims\`, found the text \`afghan-side-venomous-statements, talks-f…\`.  Write \`claims:\` on its own line and each item below it, indented, after \`- \`, one a line: \`- afghan-side-venomous-statements\`, then \`- talks-failed-on-tuesday\`. The ids of the claims this quote carries."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, quotes: [] });
  });

  it('a source written by its name or an alias suggests its id, whether or not the words have the form of an id', () => {
    const result = checkCase('source-by-name');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/india-to-blame.md:6:5  attribution[0].source  The text \`Islamabad\` in \`source\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.  Did you mean \`pakistan\`? The source's id: its file name in \`content/sources/\`.
      content/events/talks-fail.md:9:5  sources[0]  There is no source \`islamabad\` in \`content/sources/\`.  Did you mean \`pakistan\`? Otherwise add \`content/sources/islamabad.md\` (\`npm run new -- source\`).
      content/quotes/venomous.md:4:1  speaker  The text \`Khawaja Asif\` in \`speaker\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.  Did you mean \`khawaja-asif\`? Who the article says spoke these words: a source id."
    `);
    expect(result.loaded).toEqual({ ...BASE_LOADED, sources: ['khawaja-asif', 'omar-samad', 'pakistan'], quotes: [] });
  });

  it('a file with a name the check refuses is suggested by the id it is to have, a name in another script in Latin letters', () => {
    const result = checkCase('misnamed-file');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/afghan-side-venomous-statements.md:11:12  (note)  The cross-link names an event \`talks-fail\` that does not exist yet: \`content/events/Talks-Fail.md\` is to be renamed \`talks-fail.md\`.  Rename that file, as its own message says; this cross-link is then right.
      content/claims/talks-failed-on-tuesday.md:6:5  events[0]  There is no event \`talks-fail\` yet: \`content/events/Talks-Fail.md\` is to be renamed \`talks-fail.md\`.  Rename that file, as its own message says; this reference is then right.
      content/claims/भारत-दोषी.md:1:1  (file name)  \`भारत-दोषी.md\` cannot be an id: other records refer to a file by its name.  Rename the file to \`bhart-dosi.md\` (lower-case letters, digits and hyphens): ids are written in Latin letters, so this is its name spelled in them; any such name that says what the record is will do.
      content/claims/भारत-दोषी.md:6:5  events[0]  There is no event \`talks-fail\` yet: \`content/events/Talks-Fail.md\` is to be renamed \`talks-fail.md\`.  Rename that file, as its own message says; this reference is then right.
      content/events/Talks-Fail.md:1:1  (file name)  \`Talks-Fail.md\` cannot be an id: other records refer to a file by its name.  Rename the file to \`talks-fail.md\` (lower-case letters, digits and hyphens).
      content/quotes/venomous.md:7:5  claims[1]  The text \`भारत-दोषी\` in \`claims\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.  Did you mean \`bhart-dosi\`? The ids of the claims this quote carries."
    `);
    // A file name the check refuses is an error, so nothing is published; the record itself still reads.
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: [...BASE_LOADED.claims, 'भारत-दोषी'], events: ['Talks-Fail'], quotes: [] });
  });

  it('a file whose name in lower-case is taken is not told to take it: the two look like one record twice', () => {
    const result = checkCase('file-name-taken');
    expect(result.lines).toMatchInlineSnapshot(`"content/events/Talks-Fail.md:1:1  (file name)  \`Talks-Fail.md\` cannot be an id: other records refer to a file by its name.  The name it would get, \`talks-fail.md\`, is taken by \`content/events/talks-fail.md\`. If the two files are the same event, keep what this one adds in that file and delete this one; if not, rename this one to a name of its own in lower-case letters, digits and hyphens, like \`talks-fail-2.md\`."`);
    expect(result.lines).not.toContain('Rename the file to `talks-fail.md`');
  });
});
