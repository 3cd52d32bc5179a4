import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GUIDE, updateGuide } from '../../scripts/docs-fields.ts';
import { coverageOf } from '../../src/content/coverage-report.ts';
import { FIELD_BOUNDS } from '../../src/content/schemas/common.ts';
import { runNew, type Io } from '../../src/content/scaffold.ts';
import { check, PROJECT, scratchProject } from './support.ts';

const guide = readFileSync(GUIDE, 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The words of a shell command line as the shell would pass them: quotes removed, `\` continuations joined. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let inWord = false;
  const text = command.replace(/\\\n\s*/g, ' ');
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The fenced blocks of one section of the guide, with their language. */
function blocks(section: string): { lang: string; body: string }[] {
  const start = guide.indexOf(`## ${section}`);
  const end = guide.indexOf('\n## ', start + 1);
  const text = guide.slice(start, end === -1 ? undefined : end);
  return [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

describe('docs/editing-guide.md', () => {
  it('has field tables that match the schemas (run `npm run docs:fields` after changing a schema)', () => {
    expect(updateGuide(guide)).toBe(guide);
  });

  it('gives each text field its limit in characters, as the check enforces it', () => {
    expect(guide).toContain(`| \`name\` | yes | text, at most ${FIELD_BOUNDS.name} characters |`);
    expect(guide).toContain(`| \`aliases\` | no (default: none) | list of texts, each at most ${FIELD_BOUNDS.name} characters |`);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(5);
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).toContain(name);
  });

  it('links only to headings it has', () => {
    const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1] as string)));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect([...anchors], `#${link}`).toContain(link);
  });

  it('is linked from the check’s own output, at a heading that exists', () => {
    const script = readFileSync(join(PROJECT, 'scripts/check-content.ts'), 'utf8');
    const [, anchor] = /docs\/editing-guide\.md#([\w-]+)/.exec(script) ?? [];
    expect(anchor).toBeDefined();
    expect(guide).toMatch(new RegExp(`^## ${anchor?.replace(/-/g, ' ')}$`, 'im'));
  });
});

describe('the walk-through of docs/editing-guide.md, followed to the letter', () => {
  let project: ReturnType<typeof scratchProject>;
  beforeEach(() => {
    project = scratchProject();
  });
  afterEach(() => project.cleanup());

  it('ends with a second article on the site, valid and fully covered', async () => {
    const steps = blocks('A new article, step by step');
    const articleText = steps.find((block) => block.lang === '')?.body ?? '';
    expect(articleText).toContain('Doha');
    const textFile = join(project.root, 'article.txt');
    writeFileSync(textFile, articleText);

    const commands = steps
      .filter((block) => block.lang === 'sh')
      .flatMap((block) => block.body.replace(/\\\n\s*/g, ' ').split('\n'))
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line.startsWith('npm run new -- '));
    expect(commands.length).toBeGreaterThanOrEqual(7);
    const before = new Set(check(project.root).loaded['articles']);
    const said: string[] = [];
    const io: Io = { interactive: false, ask: async () => '', say: (line) => said.push(line) };
    for (const command of commands) {
      const args = shellWords(command)
        .slice(4)
        .map((word) => (word === 'article.txt' ? textFile : word));
      const code = await runNew([...args, '--root', project.root], io);
      expect(code, `${command}\n${said.join('\n')}`).toBe(0);
    }

    const result = check(project.root);
    expect(result.lines).toBe('');
    const added = result.loaded['articles']?.filter((id) => !before.has(id));
    expect(added).toEqual(['qatar-says-pakistani-and-afghan-officials']);
    const [articleId] = added ?? [];
    const coverage = coverageOf(result).find((article) => article.id === articleId);
    expect(coverage?.uncovered).toEqual([]);

    // The claim file the guide shows is the one the scaffold wrote, comments aside.
    const shown = steps.find((block) => block.lang === 'yaml' && block.body.includes('statement:'))?.body ?? '';
    const written = readFileSync(join(project.root, 'content/claims/pakistani-and-afghan-officials-will-meet.md'), 'utf8');
    const fields = (text: string) => parse(text.split('---\n')[1] ?? '') as unknown;
    expect(fields(shown)).toEqual(fields(written));
  });
});
