import { describe, expect, it } from 'vitest';
import { BASE_LOADED, checkCase } from './support.ts';

/**
 * Ids written the way an editor might (tests/fixtures/broken/<case>/content/, each the base records
 * plus the mistake): the report names the field, says what an id looks like, and suggests only an id
 * that is or will be valid, found by its spelling or, for a source, by its name or alias.
 */
describe('a badly written id names its field and suggests the id meant', () => {
  it('items written on one line, separated by commas, are shown one a line', () => {
    const result = checkCase('comma-separated-list');
    expect(result.lines).toMatchInlineSnapshot(`"content/quotes/venomous.md:5:1  claims  Expected a list (lines starting with \`- \`) for \`claims\`, found the text \`afghan-side-venomous-statements, talks-f…\`.  Write \`claims:\` on its own line and each item below it, indented, after \`- \`, one a line: \`- afghan-side-venomous-statements\`, then \`- talks-failed-on-tuesday\`. The ids of the claims this quote carries."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, quotes: [] });
  });
});
