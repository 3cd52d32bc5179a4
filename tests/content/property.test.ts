import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../../src/content/collections.ts';
import { readContentDir, type SourceFile } from '../../src/content/read.ts';
import { checkFiles } from '../../src/content/check.ts';
import type { Problem } from '../../src/content/problems.ts';
import { BROKEN } from './support.ts';

/** A small valid tree, so that random records meet real ones and the cross-record checks run too. */
const BASE = readContentDir(join(BROKEN, 'windows-line-endings-and-bom')).files;

/** Every field name the schemas know, so random records often hit real fields with wrong values. */
const FIELDS = [
  'article', 'statement', 'kind', 'attribution', 'source', 'verb', 'as', 'venue', 'hedges', 'status', 'review', 'by', 'url', 'date',
  'summary', 'relations', 'type', 'claim', 'events', 'anchor', 'exact', 'prefix', 'suffix', 'text', 'speaker', 'claims', 'title',
  'after', 'name', 'description', 'role', 'affiliation', 'partOf', 'nativeName', 'lang', 'aliases', 'handle', 'headline', 'publisher',
  'published', 'language', 'value', 'qualifier', 'inferred',
];

/** Values that are nearly right: ids that exist or almost, dates that may not exist, odd schemes. */
const NEAR_VALUES = [
  'pakistan-afghanistan-talks', 'khawaja-asif', 'omar-samad', 'omar-samed', 'talks-fail', 'venomous', 'afghan-side-venomous-statements',
  'report', 'verified', 'refuted', 'unverified', 'contradicts', 'supports', 'responds-to', '2025-02-30', '2025-13', '2025', 'unknown',
  'javascript:alert(1)', 'data:text/html,x', 'https://example.org', 'on-or-after', 'failed on Tuesday', 'venomous', 'It’s', 'en', 'xx-!!',
  '', ' ', ':claim[x]{#nope}', ':constructor[x]{#y}', '::claim[x]{#venomous}', '__proto__', 'constructor', 'toString',
];

/** YAML's special characters, alone and in the pairs that mean something (`: `, ` #`, `*label`). */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ab:- \n\t"\'#&*!|>[]{},?%@`\\~0129\u00a0’“é\r\uFEFF'.split('')),
      fc.constantFrom('kind: ', 'title: ', 'anchor:\n  exact: ', '*a', '&a ', '!t ', '- ', '  - ', ': ', ' #', '"', "'", '<<: ', '? '),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...NEAR_VALUES),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const record = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value, { maxKeys: 10 });

const body = fc.oneof(fc.constant(''), fc.string({ maxLength: 120 }), fc.constantFrom('See :claim[this]{#nope}.', ':source[x]{#khawaja-asif}', '<script>x</script>', ':quote[]', ':constructor[x]{#y}', '::claim[x]{#venomous}', ':::event[x]{#talks-fail}\n:::'));

const fileName = fc.oneof(
  fc.constantFrom(...NEAR_VALUES).map((name) => name.replace(/[/\\]/g, '-')),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc.string({ minLength: 1, maxLength: 12 }).map((name) => name.replace(/[/\\]/g, '-')),
);

function file(collection: CollectionName, name: string, text: string, folder = ''): SourceFile {
  return { collection, file: `content/${collection}/${folder}${name}.md`, text };
}

const collection = fc.constantFrom(...COLLECTION_NAMES);

/** The texts a file could hold, from nearly right to noise. */
const fileText = fc.oneof(
  // random YAML-ish text between the fences
  fc.tuple(yamlish, body).map(([yaml, text]) => `---\n${yaml}\n---\n${text}`),
  // random JS values serialised to YAML
  fc.tuple(value, body).map(([data, text]) => `---\n${stringify(data)}---\n${text}`),
  // random field names and values
  fc.tuple(record, body).map(([data, text]) => `---\n${stringify(data)}---\n${text}`),
  // random bytes, as an editor's disk might hold them
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  // random bytes after a valid start
  fc.tuple(fc.uint8Array({ maxLength: 60 }), fc.constantFrom(...BASE.map((f) => f.text))).map(([bytes, text]) => text.slice(0, text.length / 2) + new TextDecoder('latin1').decode(bytes)),
  // no frontmatter at all
  fc.string({ maxLength: 80 }),
);

// In a subfolder, as on disk no two files share a path; ids may still clash with the base tree's.
const randomFile = fc.tuple(collection, fileName, fileText).map(([c, name, text]) => file(c, name, text, 'new/'));

function assertWellFormed(problems: readonly Problem[], files: readonly SourceFile[]): void {
  const lineCounts = new Map(files.map((f) => [f.file, f.text.split(/\r\n?|\n/).length]));
  for (const problem of problems) {
    expect(problem.file).toMatch(/\S/);
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(problem.field).toMatch(/\S/);
    expect(problem.message).toMatch(/\S/);
    expect(problem.fix).toMatch(/\S/);
    expect(`${problem.message} ${problem.fix}`).not.toContain('[object Object]');
    // A problem points at a line the editor can open.
    const lines = lineCounts.get(problem.file);
    if (lines !== undefined) expect(problem.line).toBeLessThanOrEqual(lines);
    // The checker's own safety net must not be what caught it: that would be a crash in disguise.
    expect(problem.message).not.toMatch(/^The checker stopped/);
  }
}

describe('checkFiles on random input', () => {
  it('never throws, and every problem names a file, a line, a column, what is wrong and what to do', () => {
    fc.assert(
      fc.property(fc.uniqueArray(randomFile, { minLength: 1, maxLength: 6, selector: (f) => f.file }), (extra) => {
        const files = [...BASE, ...extra];
        const { problems } = checkFiles(files);
        assertWellFormed(problems, files);
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 400) },
    );
  });

  it('a single random file is checked on its own just as safely', () => {
    fc.assert(
      fc.property(randomFile, (one) => {
        const { problems } = checkFiles([one]);
        assertWellFormed(problems, [one]);
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 400) },
    );
  });

  it('a valid record with one field replaced by a random value is still reported well, and the other records load', () => {
    const claim = BASE.find((f) => f.file.endsWith('talks-failed-on-tuesday.md')) as SourceFile;
    const data = { article: 'pakistan-afghanistan-talks', statement: 'Talks failed.', kind: 'statement', anchor: { exact: 'failed on Tuesday' } };
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), value, (field, replacement) => {
        const broken = file('claims', 'talks-failed-on-tuesday', `---\n${stringify({ ...data, [field]: replacement })}---\n`);
        const files = [...BASE.filter((f) => f !== claim), broken];
        const { problems, corpus } = checkFiles(files);
        assertWellFormed(problems, files);
        expect(corpus.sources.map((s) => s.id)).toEqual(['khawaja-asif', 'omar-samad']);
        expect(corpus.articles.map((a) => a.id)).toEqual(['pakistan-afghanistan-talks']);
      }),
      { numRuns: 300 },
    );
  });

  it('starts from a tree that is valid, so the problems found are the random ones', () => {
    expect(checkFiles(BASE).problems).toEqual([]);
  });
});
