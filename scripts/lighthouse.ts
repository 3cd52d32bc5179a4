/**
 * `npm run lighthouse [-- options] [path ...]`: Lighthouse's four scores (performance,
 * accessibility, best practices, SEO) for pages of the built site, each audit that keeps a score
 * under 100 named beneath. Serves `dist/` on loopback as a static host would
 * (tests/support/static-server.ts) and runs Lighthouse's CLI against Debian's Chromium.
 *
 * Paths default to the home page and the first article, claim and source page found in `dist/`.
 *
 * Options:
 *   --dist DIR     the built site. Default: dist.
 *   --desktop      Lighthouse's desktop preset instead of its default (a throttled phone).
 *   --strict       exit 1 when any score is under 100.
 *   --keep DIR     keep each page's full JSON report in DIR.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LABELS: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
}

/** One item of an audit's details, in a line: the URL, message or element it is about. */
function describeItem(item: Record<string, unknown>): string {
  const node = item['node'] as { snippet?: string; nodeLabel?: string } | undefined;
  const parts = [item['url'], item['description'], item['source'], node?.snippet, node?.nodeLabel].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return (parts.length > 0 ? parts.join(' — ') : JSON.stringify(item)).replace(/\s+/g, ' ').slice(0, 240);
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const valued = new Set(['--dist', '--keep']);
const paths = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const dist = resolve(option('--dist') ?? 'dist');
const keep = option('--keep');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`There is no built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Lighthouse needs Chromium at ${CHROMIUM}: install it (\`apt-get install -y chromium\`) or set CHROMIUM_PATH.`);
  process.exit(1);
}

/** The first page below a folder of the built site, as a path: `claims/x/`. */
function firstPage(folder: string): string | undefined {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .sort()
    .find((entry) => existsSync(join(dir, entry, 'index.html')));
  return name ? `${folder}/${name}/` : undefined;
}

/** Flags Chromium needs here (no sandbox as root, no network of its own), whatever else the tests pass. */
const REQUIRED_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const chromeFlags = [...new Set([...REQUIRED_FLAGS, ...CHROMIUM_ARGS])];

const pages =
  paths.length > 0
    ? paths.map((p) => p.replace(/^\//, ''))
    : ['', firstPage('articles'), firstPage('claims'), firstPage('sources')].filter((p): p is string => p !== undefined);
const lighthouse = join(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const out = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'claimline-lighthouse-'));
mkdirSync(out, { recursive: true });
const run = promisify(execFile);

const server = await serveDist(dist);
const rows: string[] = [];
const failing: string[] = [];
let below = false;
try {
  for (const path of pages) {
    const url = server.url + path;
    const file = join(out, `${path.replace(/\/$/, '').replace(/\//g, '_') || 'home'}.json`);
    process.stderr.write(`Lighthouse: ${url}\n`);
    try {
      await run(
        process.execPath,
        [
          lighthouse,
          url,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${chromeFlags.join(' ')}`,
          ...(flag('--desktop') ? ['--preset=desktop'] : []),
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 },
      );
    } catch (error) {
      console.error(`Lighthouse could not run on ${url}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    if (report.runtimeError) {
      console.error(`Lighthouse could not audit ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
      process.exitCode = 1;
      continue;
    }
    const scores = CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      return score === null || score === undefined ? Number.NaN : Math.round(score * 100);
    });
    if (scores.some((score) => !(score >= 100))) below = true;
    rows.push(`| /${path} | ${scores.map((s) => (Number.isNaN(s) ? '–' : String(s))).join(' | ')} |`);
    // Audits that count towards a category and did not pass, with Lighthouse's own figure.
    for (const category of CATEGORIES) {
      for (const ref of report.categories[category]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1 || ['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
        if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
        const weight = ref.weight === 0 ? ', not scored' : '';
        failing.push(
          `- /${path} · ${LABELS[category]} · ${audit.title} (\`${audit.id}\`, score ${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''}${weight})`,
        );
        for (const item of (audit.details?.items ?? []).slice(0, 3)) failing.push(`  - ${describeItem(item)}`);
      }
    }
  }
} finally {
  await server.close();
  if (!keep) rmSync(out, { recursive: true, force: true });
}

console.log(`\nLighthouse ${flag('--desktop') ? 'desktop preset' : 'default (mobile, simulated throttling)'}, headless ${CHROMIUM}:\n`);
console.log(`| page | ${CATEGORIES.map((c) => LABELS[c]).join(' | ')} |`);
console.log(`|---|${CATEGORIES.map(() => '---:').join('|')}|`);
for (const row of rows) console.log(row);
console.log(failing.length > 0 ? `\nAudits that did not pass:\n${failing.join('\n')}` : '\nEvery audit that counts passed.');
if (flag('--strict') && below) process.exitCode = 1;
