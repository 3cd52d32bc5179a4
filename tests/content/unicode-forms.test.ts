import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { uncoveredCharacters } from '../../src/content/font-coverage.ts';
import { parseMarkdownFile } from '../../src/content/frontmatter.ts';
import { corpusLoader } from '../../src/content/loader.ts';
import type { Problem } from '../../src/content/problems.ts';
import { BROKEN, check, checkCase, scratchProject } from './support.ts';

/**
 * tests/fixtures/broken/decomposed-accents: a shortened Vietnamese article and its records, every
 * file saved decomposed (NFD, `a` + U+0306 + U+0301 for `ắ`), as text copied on macOS often is.
 */
const CASE = 'decomposed-accents';
const LOADED = {
  articles: ['metro-nhon-ga-ha-noi'],
  sources: ['ky-su-nha-thau', 'nguyen-thi-hang', 'tuoi-tre', 'ubnd-ha-noi'],
  claims: ['cham-tre-do-thieu-thiet-bi', 'chay-toan-tuyen-thang-6-2026', 'khong-danh-doi-an-toan'],
  quotes: ['hang-an-toan-tien-do'],
  events: ['hop-bao-14-thang-11'],
  stories: [],
};

/** A scratch copy of the case with the named files saved again in `form`. */
function resaved(files: readonly string[], form: 'NFC' | 'NFD', edit = (text: string) => text) {
  const project = scratchProject(join(BROKEN, CASE, 'content'));
  for (const file of files) {
    const path = join(project.root, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8').normalize('NFC')).normalize(form));
  }
  return project;
}

describe('accented letters pasted in either Unicode form are read as the same text', () => {
  it('the fixture really is decomposed, so the tests below test something', () => {
    const claim = readFileSync(join(BROKEN, CASE, 'content/claims/cham-tre-do-thieu-thiet-bi.md'), 'utf8');
    expect(claim).toContain('cho ra\u0306\u0300ng');
    expect(claim).not.toBe(claim.normalize('NFC'));
  });

  it('a whole article and its records saved as NFD pass, and load as NFC: no anchor is missed, no accent blamed on the fonts', () => {
    const result = checkCase(CASE);
    expect(result.lines).toBe('');
    expect(result.loaded).toEqual(LOADED);
    const claim = result.corpus.claims.find((entry) => entry.id === 'cham-tre-do-thieu-thiet-bi');
    expect(claim?.data.statement).toBe('Việc chậm trễ là do thiếu thiết bị nhập khẩu từ Pháp.'.normalize('NFC'));
    expect(claim?.data.attribution?.map((link) => link.verb)).toEqual(['dẫn lời', 'cho rằng'].map((verb) => verb.normalize('NFC')));
    expect(result.corpus.sources.find((entry) => entry.id === 'nguyen-thi-hang')?.data.name).toBe('Nguyễn Thị Hằng'.normalize('NFC'));
    const text = result.analysis.texts.get('metro-nhon-ga-ha-noi') ?? '';
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Chúng tôi không thể đánh đổi an toàn lấy tiến độ.'.normalize('NFC'));
    const range = result.analysis.ranges.get('quotes/hang-an-toan-tien-do');
    expect(range && text.slice(range.start, range.end)).toBe('Chúng tôi không thể đánh đổi an toàn lấy tiến độ.'.normalize('NFC'));
  });

  it('an article saved as NFC with the editor’s anchors, verbs and quote pasted as NFD passes, and loads the same values', () => {
    const article = 'content/articles/metro-nhon-ga-ha-noi.md';
    const project = resaved([article], 'NFC');
    try {
      expect(readFileSync(join(project.root, article), 'utf8')).toContain('Chúng tôi'.normalize('NFC'));
      const result = check(project.root);
      expect(result.lines).toBe('');
      expect(result.loaded).toEqual(LOADED);
      const decomposed = checkCase(CASE);
      expect(result.corpus).toEqual(decomposed.corpus);
      expect(result.analysis.ranges).toEqual(decomposed.analysis.ranges);
    } finally {
      project.cleanup();
    }
  });

  it('a mistake in an NFD file is still reported on its own line and field', () => {
    const claim = 'content/claims/cham-tre-do-thieu-thiet-bi.md';
    const project = resaved([claim], 'NFD', (text) => text.replace('thiếu thiết bị nhập khẩu từ Pháp\n', 'thiếu máy móc nhập khẩu từ Pháp\n'));
    try {
      const result = check(project.root);
      expect(result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`)).toEqual([`${claim}:17 anchor.exact`]);
      expect(readFileSync(join(project.root, claim), 'utf8').split('\n')[16]).toMatch(/^ {2}exact: /);
    } finally {
      project.cleanup();
    }
  });

  it('the Astro loader stores the NFC values the check read', async () => {
    const stored: { id: string; data: Record<string, unknown>; body?: string }[] = [];
    const ctx = {
      store: { clear: () => stored.splice(0), set: (entry: (typeof stored)[number]) => stored.push(entry) },
      config: { root: pathToFileURL(`${join(BROKEN, CASE)}/`) },
      renderMarkdown: async () => ({ html: '' }),
      generateDigest: (value: string) => value,
      logger: { error: () => {}, warn: () => {}, info: () => {}, fork: () => ctx.logger },
    };
    await corpusLoader('articles').load(ctx as unknown as LoaderContext);
    const article = stored.find((entry) => entry.id === 'metro-nhon-ga-ha-noi');
    expect(article?.data['title']).toBe('Hà Nội nói tuyến metro Nhổn – ga Hà Nội sẽ chạy toàn tuyến chậm sáu tháng'.normalize('NFC'));
    expect(article?.body).toContain('Báo Tuổi Trẻ dẫn lời'.normalize('NFC'));
    expect(article?.body).toBe(article?.body?.normalize('NFC'));
  });

  it('a combining mark with no precomposed letter is kept as written, and a card font draws it', () => {
    // Yoruba ọ̀ (ọ + grave: no single character), a Latin letter with a macron below, and Devanagari.
    const names = ['Ọ̀ṣun Adébáyọ̀', 'Ka̱ta̱', 'क्षितिज'];
    for (const name of names) {
      const problems: Problem[] = [];
      const parsed = parseMarkdownFile('content/sources/a.md', `---\nname: ${name.normalize('NFD')}\n---\n`, problems);
      expect(problems).toEqual([]);
      expect((parsed?.data as { name: string }).name).toBe(name.normalize('NFC'));
      expect(uncoveredCharacters(name.normalize('NFC'))).toEqual([]);
    }
    expect('Ọ̀ṣun'.normalize('NFC')).toContain('\u0300');
    expect('Ka̱ta̱'.normalize('NFC')).toContain('\u0331');
  });
});
