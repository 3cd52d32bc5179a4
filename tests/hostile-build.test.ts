/**
 * A build of unusual content that the check accepts (tests/fixtures/hostile-build): markup-looking
 * text (`a < b & "c"`, `]]>`, `-->`, `${x}`, `{{y}}`) in every kind of field, a name in Arabic
 * script, emoji, long text, a URL with `&` in it. Every text must reach every output as the words
 * written, never as markup (pages, JSON-LD, data, feeds, the map image, the search index), cards
 * must be drawn, and `dist/` must stay valid: check:dist's URL and well-formedness checks and the
 * W3C Nu checker pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML, decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNu, checkUrls, htmlFiles, pathOf } from '../scripts/check-dist.ts';
import type { ArticleExport } from '../src/publish/export-schema.ts';
import { buildEnv } from './support/build-env.ts';
import { BENCH_CONFIG, projectCopy } from './support/project-copy.ts';

type Node = DefaultTreeAdapterMap['node'];

const FIXTURE = join(process.cwd(), 'tests/fixtures/hostile-build/content');
const ARTICLE = 'unusual-fees-story';
const STATEMENT = `For the port's fees, a < b & "c" holds; ]]> and --> are only characters.`;
const PLACEHOLDERS = '${x} and {{y}} are placeholders, not values.';
const GAZETTE = 'A < B & "C" Gazette';

const work = mkdtempSync(join(tmpdir(), 'claimline-hostile-'));
const project = join(work, 'site');
const dist = join(project, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));
let buildLog = '';

beforeAll(() => {
  projectCopy(project, FIXTURE);
  const root = process.cwd();
  const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', BENCH_CONFIG], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      BASE_PATH: '/analysis/',
      SITE_URL: 'https://example.org',
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
    },
    timeout: 300_000,
  });
  buildLog = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) throw new Error(`The build of the hostile-build fixture failed (status ${build.status}):\n${build.stdout}\n${build.stderr}`);
}, 320_000);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The text a reader sees on a page: every text node of its body, entities decoded by the HTML parser. */
function visibleText(html: string): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) return;
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return parts.join('');
}

/** The elements of a page, by tag name. */
/** Attributes whose names no template writes: `&`, `"c"`, the rest of a sentence taken for a tag. */
function oddAttributes(html: string): string[] {
  const odd: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) for (const { name } of node.attrs) if (!/^[a-zA-Z][a-zA-Z0-9:_.-]*$/.test(name)) odd.push(`<${node.tagName} ${name}>`);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return odd;
}

const jsonLdBlocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

describe('a build of unusual content', () => {
  it("passes check:dist's URL, resource and well-formedness checks, and the W3C Nu checker", async () => {
    expect(checkUrls(dist).flatMap((result) => result.problems)).toEqual([]);
    expect((await checkNu(dist)).problems).toEqual([]);
  }, 120_000);

  it('says once, in one line, that without git history no page gets a last-changed date', () => {
    const warnings = buildLog.split('\n').filter((line) => line.includes('[claimline] No git history'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('(the project is not a git repository)');
  });

  it('shows every markup-looking text on its pages as the words written', () => {
    const claim = visibleText(read('claims/a-less-than-b/index.html'));
    expect(claim).toContain(STATEMENT);
    expect(claim).toContain(GAZETTE);
    expect(claim).toContain('تمیم باحث');
    expect(visibleText(read('claims/placeholders/index.html'))).toContain(PLACEHOLDERS);
    // The quote's words reach the article through the gazette, and its card says so.
    expect(claim).toContain(`(said), via ${GAZETTE}.`);
    expect(visibleText(read('sources/a-b-c-gazette/index.html'))).toContain(GAZETTE);
    // The article is long: its text has pages of its own.
    const text = visibleText(read(`articles/${ARTICLE}/text/1/index.html`));
    expect(text).toContain('According to the A < B & "C" Gazette, the harbour official تمیم باحث said that a < b & "c" holds');
    expect(text).toContain('🙂, and that ]]> and --> are only characters');
    expect(visibleText(read('events/official-remark/index.html'))).toContain(`The official's remark: ]]> --> "quoted"`);
  });

  it('adds no element to any page from the content', () => {
    // `a < b & "c"` written out unescaped would open a `<b & "c"…>` element (the site's own `<b>` labels have no attributes).
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html, pathOf(dist, file)).not.toMatch(/<b\s+&/);
      // Nor any element with an attribute the site's markup would never write, as text taken for a tag has.
      expect(oddAttributes(html), pathOf(dist, file)).toEqual([]);
    }
  });

  it('gives every page JSON-LD that parses and carries the text exactly, and cannot close its script early', () => {
    for (const file of htmlFiles(dist)) {
      for (const block of jsonLdBlocks(readFileSync(file, 'utf8'))) {
        expect(block, pathOf(dist, file)).not.toMatch(/<\/?script/i);
        expect(() => JSON.parse(block), pathOf(dist, file)).not.toThrow();
      }
    }
    const [claim] = jsonLdBlocks(read('claims/a-less-than-b/index.html')).map((b) => JSON.parse(b) as Record<string, unknown>);
    expect(claim).toMatchObject({ '@type': 'Claim', text: STATEMENT });
    expect(JSON.stringify(claim)).toContain('Tameem Bahiss (“تمیم باحث” in the article) said');
    expect(claim?.['correction']).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', datePublished: '2025-11-05' })]);
  });

  it('exports the text exactly, and notes only as sanitised HTML and plain text', () => {
    const data = JSON.parse(read(`data/${ARTICLE}.json`)) as ArticleExport;
    const claim = data.claims.find((c) => c.id === 'a-less-than-b');
    expect(claim?.statement).toBe(STATEMENT);
    expect(claim?.noteText).toContain('A long note with emoji 🙂, a name in Arabic script (تمیم باحث) and markup-looking text: a < b & "c", ]]> and -->.');
    expect(claim?.note).toContain('<a href="https://gazette.example.org/?q=a&#x26;r=b">the paper</a>');
    expect(claim?.note).toContain('<a href="https://example.org/analysis/claims/placeholders/" class="xref xref--claim">the placeholders</a>');
    expect(data.article).toMatchObject({ agency: 'Averin Press Agency', publisher: 'Northcoast News & "Wire"' });
    expect(data.sources.find((s) => s.id === 'a-b-c-gazette')?.name).toBe(GAZETTE);
  });

  it('publishes well-formed feeds whose items read as written, the correction in the corrections feed', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const feed of ['feed.xml', 'corrections.xml']) expect(XMLValidator.validate(read(feed)), feed).toBe(true);
    type Item = { title: string; link: string; description: string };
    const items = (feed: string) => {
      const channel = (parser.parse(read(feed)) as { rss: { channel: { item: Item | Item[] } } }).rss.channel;
      return [channel.item].flat();
    };
    const claimItem = items('feed.xml').find((item) => item.link === 'https://example.org/analysis/claims/a-less-than-b/');
    expect(decodeXML(claimItem?.title ?? '')).toBe(`According to Tameem Bahiss, via ${GAZETTE}: ${STATEMENT}`);
    // A description is HTML to a feed reader: no element in it, the words as written once read.
    const description = decodeXML(claimItem?.description ?? '');
    expect(description).not.toMatch(/<[a-z]/i);
    expect(decodeHTML(description)).toContain(`According to ${GAZETTE} → Tameem Bahiss (“تمیم باحث” in the article) said`);
    const corrections = items('corrections.xml');
    expect(corrections.map((item) => item.link)).toEqual([
      'https://example.org/analysis/claims/a-less-than-b/',
      `https://example.org/analysis/articles/${ARTICLE}/`,
    ]);
    expect(decodeHTML(decodeXML(corrections[0]?.description ?? ''))).toContain(`Was: The claim was given to the ${GAZETTE} alone.`);
  });

  it("draws the map with the source's name as text, and a card for every claim and quote", () => {
    const map = read(`articles/${ARTICLE}/map.svg`);
    expect(XMLValidator.validate(map)).toBe(true);
    expect(decodeXML(map)).toContain('A < B & "C"');
    for (const card of ['cards/claims/a-less-than-b.png', 'cards/claims/placeholders.png', 'cards/quotes/a-less-than-b.png']) {
      expect(readFileSync(join(dist, card)).subarray(1, 4).toString(), card).toBe('PNG');
    }
  });

  it('indexes the text for search as text', () => {
    const fragments = join(dist, 'pagefind', 'fragment');
    expect(existsSync(fragments)).toBe(true);
    const texts = readdirSync(fragments).map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'));
    const claim = texts.find((text) => text.includes('claims/a-less-than-b/'));
    expect(claim).toBeDefined();
    const json = JSON.parse(claim!.slice(claim!.indexOf('{'))) as { content: string };
    expect(json.content).toContain('a < b & "c"');
    for (const text of texts) expect(text).not.toMatch(/<\/?(script|img|iframe|svg)\b/i);
  });
});
