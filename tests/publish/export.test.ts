import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportArticle, exportIndex, exportJsonSchema } from '../../src/publish/export.ts';
import { ArticleExportSchema } from '../../src/publish/export-schema.ts';
import { safeNote } from '../../src/publish/notes.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';

const SITE = 'https://example.org/analysis/';
const noHistory = { site: SITE, changed: () => undefined };

/** Notes an editor could write, or paste, that would run or mislead if published as written. */
const HOSTILE_NOTES = [
  '<script>alert(1)</script>',
  'Before <img src="x" onerror="alert(1)"> after.',
  '[a link](javascript:alert(1))',
  '[encoded](&#x6A;avascript:alert(1))',
  '<javascript:alert(1)>',
  '![pixel](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<a href="javascript:alert(1)" onclick="alert(1)">raw link</a>',
  '<iframe src="https://evil.example/"></iframe>\n\nText after the frame, with [a real link](https://example.org/).',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
];

function withNotes(notes: readonly string[]) {
  const corpus = makeCorpus({
    body: notes.map((_, i) => `Sentence number ${i} is here.`).join(' '),
    sources: { s: { name: 'Someone' } },
    claims: Object.fromEntries(
      notes.map((_, i) => [`c${i}`, { attribution: [{ source: 's', verb: 'says' }], anchor: { exact: `Sentence number ${i} is here.` } }]),
    ),
  });
  notes.forEach((note, i) => (corpus.claims[i]!.body = note));
  return corpus;
}

describe('notes in the data export', () => {
  const data = exportArticle(indexOf(withNotes(HOSTILE_NOTES)), 'a', noHistory);

  it('never carries a script, an event handler or a URL scheme that runs code, in either form', () => {
    for (const claim of data.claims) {
      for (const form of [claim.note, claim.noteText]) {
        expect(form, claim.id).not.toMatch(/<\s*(script|iframe|svg|style|object|embed)/i);
        expect(form, claim.id).not.toMatch(/\son[a-z]+\s*=/i);
        expect(form, claim.id).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
        expect(form, claim.id).not.toMatch(/style\s*=/i);
      }
    }
  });

  it('keeps the words and the safe links around what it removes', () => {
    const note = (i: number) => data.claims[i]!;
    expect(note(1).noteText).toBe('Before  after.');
    expect(note(2)).toMatchObject({ note: '<p><a>a link</a></p>', noteText: 'a link' });
    expect(note(9).note).toContain('<a href="https://example.org/">a real link</a>');
  });

  it('turns cross-links into absolute links to the site', () => {
    expect(safeNote('See :claim[the pact]{#pact}.', SITE)).toEqual({
      html: `<p>See <a href="${SITE}claims/pact/" class="xref xref--claim">the pact</a>.</p>`,
      text: 'See the pact.',
    });
  });

  it('says in its JSON Schema which form each field is, and how to use it', () => {
    const schema = JSON.stringify(exportJsonSchema());
    expect(schema).toContain('Safe to insert as HTML');
    expect(schema).toContain('For text contexts only');
  });
});

describe('outlet, agency, corrections and last change in the export', () => {
  const corpus = makeCorpus({
    body: 'The port says the fees were paid.',
    sources: { port: { name: 'Port authority', kind: 'organisation' } },
    claims: {
      fees: {
        attribution: [{ source: 'port', verb: 'says' }],
        anchor: { exact: 'the fees were paid' },
        corrections: [{ date: '2025-11-03', kind: 'correction', was: 'Attributed to the city.', now: 'Attributed to the port authority.' }],
      },
    },
    article: {
      publisher: 'Northcoast News',
      agency: 'Averin Press Agency',
      published: '2025-10-28',
      sourceNotes: { port: 'The authority that runs the harbour, as the article describes it.' },
    },
  });
  const index = indexOf(corpus);
  (index.articles.get('a') as { file?: string }).file = 'content/articles/a.md';
  const changed = (files: readonly string[]) => (files.includes('content/articles/a.md') ? new Date('2025-12-01T09:30:00Z') : undefined);
  const data = exportArticle(index, 'a', { site: SITE, changed });

  it('names the outlet and the agency, in the article and in the index', () => {
    expect(data.article).toMatchObject({ publisher: 'Northcoast News', agency: 'Averin Press Agency' });
    expect(data.article.sourceNotes).toEqual({ port: 'The authority that runs the harbour, as the article describes it.' });
    expect(exportIndex(index, { changed }).articles[0]).toMatchObject({ agency: 'Averin Press Agency', dateModified: '2025-12-01T09:30:00.000Z' });
  });

  it('carries each correction, and when each record last changed: its commit, or its newest correction', () => {
    expect(data.article.dateModified).toBe('2025-12-01T09:30:00.000Z');
    expect(data.claims[0]).toMatchObject({
      corrections: [{ date: '2025-11-03', kind: 'correction', was: 'Attributed to the city.', now: 'Attributed to the port authority.' }],
      dateModified: '2025-11-03',
    });
    expect(data.sources[0]).not.toHaveProperty('dateModified');
  });

  it('validates against its own zod schema and the published JSON Schema', () => {
    expect(ArticleExportSchema.safeParse(data).success).toBe(true);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(exportJsonSchema());
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(data) as unknown as { claims: { corrections: unknown }[] };
    broken.claims[0]!.corrections = [{ date: '2025-11-03' }];
    expect(validate(broken)).toBe(false);
  });
});
