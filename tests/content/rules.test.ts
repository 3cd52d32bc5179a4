import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/content/check.ts';
import { COLLECTIONS, type CollectionName } from '../../src/content/collections.ts';
import { ANCHORS, ARTICLE_WORDS, REFERENCES, type FieldPath } from '../../src/content/field-roles.ts';
import { formatProblem, sortProblems, type Problem } from '../../src/content/problems.ts';
import type { SourceFile } from '../../src/content/read.ts';
import { readRecords } from '../../src/content/records.ts';
import { anchors } from '../../src/content/rules/anchors.ts';
import { articleWords } from '../../src/content/rules/article-words.ts';
import { eachRecord, type Rule } from '../../src/content/rules/context.ts';
import { crossLinks } from '../../src/content/rules/cross-links.ts';
import { eventOrder } from '../../src/content/rules/event-order.ts';
import { fileNames } from '../../src/content/rules/file-names.ts';
import { names } from '../../src/content/rules/names.ts';
import { references } from '../../src/content/rules/references.ts';
import { relations } from '../../src/content/rules/relations.ts';
import { sameArticle } from '../../src/content/rules/same-article.ts';
import { fieldsOf, type FieldInfo } from '../../src/content/schema-fields.ts';

/**
 * Each rule on its own, over a small tree written in the test: an article, two sources, and
 * whatever records a case adds (`claims/x.md`: frontmatter lines). Cases name what an editor would
 * see; the broken fixtures (broken.test.ts) check the whole report end to end.
 */
const ARTICLE = [
  'title: Talks',
  'headline: null',
  'publisher: null',
  'url: null',
  'published: 2025-10-28',
  'language: en',
  'summary: Careful words.',
];
const TEXT = 'Officials said on Monday that talks would resume, reportedly in Doha.\n\nA spokesperson declined to comment. Talks would resume.';

function file(path: string, lines: readonly string[], body = ''): SourceFile {
  const collection = path.split('/')[0] as CollectionName;
  return { collection, file: `content/${path}`, text: `---\n${lines.join('\n')}\n---\n${body}` };
}

function tree(records: Record<string, readonly string[]>, text = TEXT): SourceFile[] {
  return [
    file('articles/talks.md', ARTICLE, text),
    file('sources/officials.md', ['name: Officials', 'kind: government', 'description: The officials.']),
    file('sources/spokesperson.md', ['name: A spokesperson', 'kind: person', 'description: A spokesperson.']),
    ...Object.entries(records).map(([path, lines]) => file(path, lines)),
  ];
}

/** What one rule says about a tree, as report lines. */
function run(rule: Rule, files: readonly SourceFile[]): string {
  const { context } = readRecords(files);
  return sortProblems(rule(context)).map(formatProblem).join('\n');
}

const claim = (...lines: string[]) => ['article: talks', 'statement: Talks will resume.', 'kind: report', ...lines];

describe('each rule of the checker', () => {
  it('a tree with every kind of record passes every rule', () => {
    const files = tree({
      'claims/resume.md': claim('attribution:', '  - source: officials', '    verb: said', 'hedges: [reportedly]', 'events: [talks-resume]', 'anchor:', '  exact: talks would resume, reportedly'),
      'quotes/declined.md': ['article: talks', 'text: declined to comment', 'speaker: spokesperson', 'claims: [resume]'],
      'events/talks-resume.md': ['article: talks', 'title: Talks resume', 'date: 2025-11', 'anchor:', '  exact: Talks would resume.'],
    });
    expect(checkFiles(files).problems).toEqual([]);
  });

  it('fileNames: a file name that cannot be an id, one the site keeps for itself, and a duplicate', () => {
    const files = [
      ...tree({ 'sources/Omar Samad.md': ['name: Omar Samad', 'kind: person', 'description: An analyst.'] }),
      file('sources/page.md', ['name: Page', 'kind: outlet', 'description: An outlet.']),
      file('sources/people/officials.md', ['name: Officials', 'kind: government', 'description: The officials.']),
    ];
    expect(run((context) => [...fileNames(context), ...names(context)], files)).toMatchInlineSnapshot(`
      "content/sources/Omar Samad.md:1:1  (file name)  \`Omar Samad.md\` cannot be an id: other records refer to a file by its name.  Rename the file to \`omar-samad.md\` (lower-case letters, digits and hyphens).
      content/sources/page.md:1:1  (file name)  \`page\` is kept for the site's own pages (\`/sources/page/2/\` lists the next page), so it cannot name a record.  Rename the file, for example to \`page-1.md\`, and the references to it.
      content/sources/people/officials.md:1:1  (file name)  Another source already has the id \`officials\`: \`content/sources/officials.md\`.  Ids must be unique within \`content/sources/\`: rename one of the two files (and the references to it)."
    `);
  });

  it('references: a likely typo, an id from another folder, and a record that names itself', () => {
    const files = tree({
      'claims/resume.md': claim('attribution:', '  - source: oficials', '    verb: said', '    venue: talks', 'relations:', '  - type: supports', '    claim: resume', 'anchor:', '  exact: talks would resume,'),
      'sources/ledger.md': ['name: Ledger', 'kind: outlet', 'description: A paper.', 'partOf: ledger'],
      'events/talks-resume.md': ['article: talks', 'title: Talks resume', 'after: [talks-resume]'],
    });
    expect(run(references, files)).toMatchInlineSnapshot(`
      "content/claims/resume.md:6:5  attribution[0].source  There is no source \`oficials\` in \`content/sources/\`.  Did you mean \`officials\`? Otherwise add \`content/sources/oficials.md\` (\`npm run new -- source\`).
      content/claims/resume.md:8:5  attribution[0].venue  \`talks\` is an article (in \`content/articles/\`), but this field needs a source.  Name a source from \`content/sources/\` here, or add \`content/sources/talks.md\` (\`npm run new -- source\`).
      content/claims/resume.md:11:5  relations[0].claim  The claim is said to support itself.  A relation links two different claims: name the other claim, or remove this relation.
      content/events/talks-resume.md:4:9  after[0]  The event is listed as coming after itself.  Name the event it came after, or remove this line.
      content/sources/ledger.md:5:1  partOf  A source cannot be part of itself.  Name the outlet or author it belongs to, or remove \`partOf\`."
    `);
  });

  it('sameArticle: a claim about an event of another article', () => {
    const files = [
      ...tree({
        'claims/resume.md': claim('events: [other-event]', 'anchor:', '  exact: talks would resume,'),
        'events/other-event.md': ['article: other', 'title: Something else'],
      }),
      file('articles/other.md', ARTICLE, 'Something else happened.'),
    ];
    expect(run(sameArticle, files)).toMatchInlineSnapshot(`"content/claims/resume.md:5:10  events[0]  The event \`other-event\` belongs to the article \`other\`, not \`talks\`.  Link only events of the same article here."`);
  });

  it('relations: one listed twice, one both ways, and two claims that disagree', () => {
    const files = tree({
      'claims/a.md': claim('relations:', '  - type: supports', '    claim: b', '  - type: supports', '    claim: b', '  - type: contradicts', '    claim: b', 'anchor:', '  exact: said'),
      'claims/b.md': claim('relations:', '  - type: contradicts', '    claim: a', 'anchor:', '  exact: declined'),
    });
    expect(run(relations, files)).toMatchInlineSnapshot(`
      "content/claims/a.md:6:5  relations[0]  This claim supports \`b\`, but \`b\` says it contradicts this claim.  Make the two relations agree: change one in this file or in \`content/claims/b.md\`.
      content/claims/a.md:8:5  relations[1]  The relation \`supports\` to \`b\` is listed twice.  Remove the repeated relation.
      content/claims/a.md:8:5  relations[1]  This claim supports \`b\`, but \`b\` says it contradicts this claim.  Make the two relations agree: change one in this file or in \`content/claims/b.md\`.
      content/claims/a.md:10:5  relations[2]  The claim both contradicts and supports \`b\`.  Keep the one relation the article supports and remove the other."
    `);
  });

  it('anchors: an article without text, words not in the article, words in it twice; resolved ranges go into the analysis', () => {
    const files = [
      ...tree({
        'claims/typed.md': claim('anchor:', "  exact: Officials said on Monday that talks wouldn't resume"),
        'claims/twice.md': claim('anchor:', '  exact: would resume'),
        'quotes/declined.md': ['article: talks', 'text: declined to comment', 'speaker: spokesperson'],
      }),
      file('articles/empty.md', ARTICLE, '\n'),
    ];
    const { context } = readRecords(files);
    expect(sortProblems(anchors(context)).map(formatProblem).join('\n')).toMatchInlineSnapshot(`
      "content/articles/empty.md:10:1  (body)  The article has no text.  Paste the article text, verbatim, below the closing \`---\`, with a blank line between paragraphs.
      content/claims/twice.md:6:3  anchor.exact  “would resume” occurs 2 times in the article \`talks\`, so the anchor is ambiguous.  Under \`anchor\`, beside \`exact\`, for the one after “…id on Monday that talks ”, add \`prefix: "talks "\`; for the one after “…lined to comment. Talks ”, add \`prefix: "Talks "\`.
      content/claims/typed.md:6:3  anchor.exact  “Officials said on Monday that talks wouldn't resum…” is not in the article \`talks\`.  The article matches up to “…Monday that talks would”, then has a space where the anchor has \`n\`. Copy the words from the article character for character."
    `);
    const start = context.analysis.texts.get('talks')?.indexOf('declined to comment') ?? -1;
    expect(start).toBeGreaterThan(0);
    expect([...context.analysis.ranges]).toEqual([['quotes/declined', { start, end: start + 'declined to comment'.length }]]);
    expect([...context.analysis.articleOf]).toEqual([['quotes/declined', 'talks']]);
  });

  it('articleWords: a verb, a name and a hedge the article does not use; other capitals than the article’s named', () => {
    const files = tree({
      'claims/resume.md': claim(
        'attribution:',
        '  - source: officials',
        '    verb: SAID',
        '    as: The ministry',
        '  - source: spokesperson',
        '    verb: announced',
        'hedges: [allegedly]',
        'anchor:',
        '  exact: talks would resume,',
      ),
      'quotes/declined.md': ['article: talks', 'text: declined to comment', 'speaker: spokesperson', 'verb: declined'],
    });
    expect(run(articleWords, files)).toMatchInlineSnapshot(`
      "content/claims/resume.md:7:5  attribution[0].verb  The verb \`SAID\` is not in the article as written: the article has “said”.  Copy the verb as the article writes it, capitals included: the site shows it as the article's own words.
      content/claims/resume.md:8:5  attribution[0].as  The name \`The ministry\` does not appear in the article.  Copy the name from the article's own words, whole words, so the chain reads as the article reads.
      content/claims/resume.md:10:5  attribution[1].verb  The verb \`announced\` does not appear in the article.  Copy the verb from the article's own words, whole words, so the chain reads as the article reads.
      content/claims/resume.md:11:10  hedges[0]  The hedge \`allegedly\` does not appear in the article.  Copy the hedge from the article's own words, whole words, so the chain reads as the article reads."
    `);
  });

  it('eventOrder: a circle of events, and an order the dates make impossible', () => {
    const files = tree({
      'events/a.md': ['article: talks', 'title: A', 'after: [b]'],
      'events/b.md': ['article: talks', 'title: B', 'after: [a]'],
      'events/early.md': ['article: talks', 'title: Early', 'date: 2025-10-01', 'after: [late]'],
      'events/late.md': ['article: talks', 'title: Late', 'date: 2025-10-20'],
    });
    expect(run(eventOrder, files)).toMatchInlineSnapshot(`
      "content/events/a.md:4:9  after[0]  The events' order goes round in a circle: \`a\` comes after \`b\` comes after \`a\`.  An event cannot come before itself: remove the \`after\` line that the article does not support.
      content/events/early.md:5:9  after[0]  This event is dated 2025-10-01 but is said to come after \`late\`, dated 2025-10-20.  Check both dates against the article, or remove the \`after\` line."
    `);
  });

  it('crossLinks: a link in a note to a record that does not exist', () => {
    const files = tree({});
    files.push({ collection: 'sources', file: 'content/sources/ledger.md', text: '---\nname: Ledger\nkind: outlet\ndescription: A paper.\n---\nSee :source[the officials]{#oficials}.\n' });
    expect(run(crossLinks, files)).toMatchInlineSnapshot(`"content/sources/ledger.md:6:5  (note)  The cross-link names a source \`oficials\` that does not exist in \`content/sources/\`.  Did you mean \`{#officials}\`? Otherwise fix the id after \`#\`."`);
  });
});

describe('the checker never stops with a stack trace', () => {
  it('a check that throws on one record becomes a problem on that file, and the others are still checked', () => {
    const seen: string[] = [];
    const problems = eachRecord([{ file: 'content/claims/a.md' }, { file: 'content/claims/b.md' }], (record) => {
      if (record.file.endsWith('a.md')) throw new Error('something unexpected');
      seen.push(record.file);
    });
    expect(seen).toEqual(['content/claims/b.md']);
    expect(problems).toEqual([
      {
        file: 'content/claims/a.md',
        line: 1,
        column: 1,
        field: '(file)',
        message: 'The checker stopped on this file with an unexpected error: something unexpected.',
        fix: 'Check the file against docs/editing-guide.md; if it looks right, report this message to the developers with the file attached.',
      } satisfies Problem,
    ]);
  });
});

describe('field-roles.ts', () => {
  /** Whether a path leads to a field of the schema, through lists (`*`) and groups. */
  function exists(fields: readonly FieldInfo[], path: FieldPath): boolean {
    const [head, ...rest] = path;
    const field = fields.find((f) => f.key === head);
    if (!field) return false;
    let value = field.value;
    let remaining = rest;
    if (remaining[0] === '*') {
      if (value.type !== 'list') return false;
      value = value.element;
      remaining = remaining.slice(1);
    }
    if (remaining.length === 0) return true;
    return value.type === 'group' && exists(value.fields, remaining);
  }

  it('names only fields the schemas have, so a renamed field cannot silently go unchecked', () => {
    for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
      const fields = fieldsOf(COLLECTIONS[collection].schema);
      const anchor = ANCHORS[collection];
      const paths = [...REFERENCES[collection].map((r) => r.path), ...ARTICLE_WORDS[collection].map((w) => w.path), ...(anchor ? [anchor.exact, anchor.prefix, anchor.suffix] : [])];
      for (const path of paths) expect(exists(fields, path), `${collection}: ${path.join('.')}`).toBe(true);
    }
  });
});
