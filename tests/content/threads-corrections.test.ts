import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { BASE_LOADED, BROKEN, check, checkCase, PROJECT, scratchProject, TWO_STORIES } from './support.ts';

describe('threads and stories: `sameAs` joins records of different articles, one way', () => {
  it('refuses a link within one article, to itself, to a missing claim, and a circle; a link across articles stands', () => {
    const result = checkCase('same-as');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/afghan-side-lied.md:11:1  sameAs  \`sameAs\` names the claim \`asif-accuses-again\`, which is in the same article \`talks-broke-down\`: \`sameAs\` joins claims of different articles into one thread, followed across the articles that carry it.  Name the claim of another article that asserts the same thing; for two claims of one article that agree, use \`relations\` with \`type: supports\`.
      content/claims/it-would-lie-again.md:11:1  sameAs  There is no claim \`afghan-side-venomus-statements\` in \`content/claims/\`.  Did you mean \`afghan-side-venomous-statements\`? Otherwise add \`content/claims/afghan-side-venomus-statements.md\` (\`npm run new -- claim\`).
      content/claims/no-new-meeting.md:7:1  sameAs  \`sameAs\` names this claim itself.  Name the claim of another article that asserts the same thing, or remove \`sameAs\`.
      content/claims/talks-failed-on-tuesday.md:7:1  sameAs  The \`sameAs\` links go round in a circle: \`talks-failed-on-tuesday\` is the same as \`talks-broke-down-on-tuesday\` is the same as \`talks-failed-on-tuesday\`.  Point each \`sameAs\` one way, from a later appearance to an earlier one: remove \`sameAs\` here, as \`talks-failed-on-tuesday\` is in the article that appeared first.
      content/events/meeting-not-planned.md:6:1  sameAs  \`sameAs\` names the event \`talks-break-down\`, which is in the same article \`talks-broke-down\`: \`sameAs\` joins events of different articles into one story.  Name the event of another article that tells of the same happening; for events of one article, use \`after\` for their order."
    `);
    // A refused link stops the build, but the records themselves are whole and load.
    expect(result.loaded['claims']).toContain('asif-accuses-again');
    expect(result.loaded['events']).toEqual(['meeting-not-planned', 'talks-break-down', 'talks-fail']);
  });
});

describe('corrections are dated on a day that can be true', () => {
  it('refuses one in the future, before its article appeared, out of order, or without its date and what was wrong', () => {
    const result = checkCase('corrections-dates');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/afghan-side-venomous-statements.md:9:5  corrections[0].date  The correction is dated 2999-01-01, a day that has not come yet.  Date a correction on the day it is published: today, or the day it was made.
      content/claims/talks-failed-on-tuesday.md:8:5  corrections[0].date  \`corrections[0]\` has no \`date\`, and it is required.  Add \`date:\`. The day the change was published, like \`2025-11-03\`.
      content/claims/talks-failed-on-tuesday.md:8:5  corrections[0].was  \`corrections[0]\` has no \`was\`, and it is required.  Add \`was:\`. What the page said before, or what was wrong with it, in a sentence.
      content/events/talks-fail.md:13:5  corrections[1].date  This correction (2025-11-02) is listed after a later one (2025-11-05).  List corrections oldest first: move this one above the one dated before it, or check the dates.
      content/quotes/venomous.md:8:5  corrections[0].date  The correction is dated 2025-10-01, before the article \`pakistan-afghanistan-talks\` appeared (2025-10-28).  A record cannot be corrected before it was published: check the day, which is on or after 2025-10-28."
    `);
    // A source belongs to the site, not to one article: a correction older than the article stands.
    expect(result.lines).not.toContain('khawaja-asif');
    expect(result.loaded['sources']).toEqual(BASE_LOADED.sources);
  });
});

describe('what an article says of a source', () => {
  it('names a source that exists, with the nearest id for a typo; the source it names counts as used', () => {
    const project = scratchProject();
    try {
      const file = join(project.root, 'content/articles/harbour-contract-dispute.md');
      const text = readFileSync(file, 'utf8');
      // Two more notes beside the article's own: one on a misspelt id, one on a source no record names.
      writeFileSync(
        file,
        text.replace(
          /^sourceNotes:\n/m,
          'sourceNotes:\n  caldera-shiping: The company the article says holds the contract.\n  caldera-shipping: The company the article says holds the contract.\n',
        ),
      );
      const result = check(project.root);
      expect(result.lines).toMatch(
        /^content\/articles\/harbour-contract-dispute\.md:\d+:3 {2}sourceNotes\.caldera-shiping {2}`sourceNotes` has a note on `caldera-shiping`, but there is no source `caldera-shiping` in `content\/sources\/`\. {2}Did you mean `caldera-shipping`\? Each key of `sourceNotes` is a source's id\.$/,
      );
      expect(result.warnings).not.toContain('caldera-shipping');
    } finally {
      project.cleanup();
    }
  });
});

describe('warnings', () => {
  it('does not call an outlet unused when it published an article: its page names the articles it printed', () => {
    // Northgate Daily publishes one of the one-story fixture's articles and stands in no chain.
    const result = check(join(PROJECT, 'tests/fixtures/corpora/one-story'));
    expect(result.lines).toBe('');
    expect(result.warnings).not.toContain('northgate-daily');
  });

  it('a source no record names is a warning: printed with the report, but the check still passes', () => {
    const result = checkCase('same-as');
    expect(result.warnings).toMatchInlineSnapshot(`"content/sources/omar-samad.md:1:1  warning  (file)  No claim, quote, event or note names the source \`omar-samad\`, so its page would list nothing.  Name it where the article gives it a voice (a claim's \`attribution\`, a quote's \`speaker\`, an event's \`sources\`), or delete \`content/sources/omar-samad.md\` if it is not needed."`);
    const cli = spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts'), TWO_STORIES], { encoding: 'utf8', cwd: PROJECT });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('content/sources/caldera-shipping.md:1:1  warning  (file)  No claim, quote, event or note names the source `caldera-shipping`');
    expect(cli.stdout).toContain('1 warning: worth a look, but they do not stop the check or the build.');
    expect(cli.stdout).toMatch(/^Content is valid: .*, with 1 warning above\)\.$/m);
  });

  it('a warning never stops a tree that has errors from listing them as errors, nor counts among them', () => {
    const cli = spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts'), join(BROKEN, 'same-as')], { encoding: 'utf8', cwd: PROJECT });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('\n5 problems in 5 files.\n');
  });
});
