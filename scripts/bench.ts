/**
 * `npm run bench [-- options]`: build synthetic corpora with Claimline and, side by side, with a
 * plain Astro site of the same pages (scripts/bench/baseline.ts), and print what each costs and
 * what each page weighs. Figures, not pass/fail. The last line is always
 * `N articles, C claims: build X s, baseline Y s, ratio R, peak M MiB, largest page B bytes`.
 *
 * Options:
 *   --articles N     one size (repeat it or give `1,100,1000` for several). Default: 1, 100, 1000.
 *   --claims N       claims an article, on average. Default: 20 (one long article: `--articles 1 --claims 2000`).
 *   --claims-in-one N,M,...   instead of `--articles`: one article of N claims, then one of M..., to see
 *                    what a long article costs (`--claims-in-one 100,500,2000`).
 *   --runs K         cold builds of each site per size; the table shows medians. Default: 1.
 *   --dir PATH       where bench projects are written. Default: /tmp/claimline-bench.
 *   --ref REF        build the site's code as committed at REF (`HEAD`) instead of the working tree.
 *   --profile        one more Claimline build under `node --cpu-prof`, summarised by package and function.
 *   --no-baseline    build Claimline only.
 *   --drop-page P    leave `src/pages/P` out of the Claimline build (`articles/[id]/[facet]`), to see what
 *                    one page family costs. Repeatable.
 *   --drop-integration NAME   leave an integration out (`pagefind`, `@astrojs/sitemap`). Repeatable.
 *   --baseline-cards also build the plain Astro site with a share card per claim and quote, drawn as a
 *                    plain site draws them (satori and resvg in an endpoint, no cache), Claimline without
 *                    its cards (the `claimline-cards` integration left out of its config), and Claimline
 *                    again with its caches kept from the cold build; the summary then gives the three
 *                    ratios the project holds itself to, and `dist/`'s size against GitHub Pages' 1 GB.
 *                    The last line still compares with the plain site without cards.
 *   --warm           time Claimline rebuilds with the share-card and layout caches (node_modules/.cache) kept from
 *                    one untimed cold build, as an editor's second build meets it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { baselineProject } from './bench/baseline.ts';
import { countOf, generateCorpus, writeCorpus } from './bench/corpus.ts';
import { measure, median, type Measurement } from './bench/measure.ts';
import { analyseSite, PAGE_BUDGET_BYTES, pageKind, weightPerClaim, type SiteReport } from './bench/pages.ts';
import { summariseProfiles } from './bench/profile.ts';
import { BENCH_CONFIG, claimlineProject, cleanBuild } from './bench/project.ts';

interface Options {
  sizes: number[];
  /** With `--claims-in-one`: the claims of the one article at each size. */
  claimsInOne: number[];
  claims: number;
  runs: number;
  dir: string;
  ref: string | undefined;
  profile: boolean;
  baseline: boolean;
  dropPages: string[];
  dropIntegrations: string[];
  warm: boolean;
  baselineCards: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    sizes: [],
    claimsInOne: [],
    claims: 20,
    runs: 1,
    dir: '/tmp/claimline-bench',
    ref: undefined,
    profile: false,
    baseline: true,
    dropPages: [],
    dropIntegrations: [],
    warm: false,
    baselineCards: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--articles') options.sizes.push(...value().split(',').map(Number));
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--claims') options.claims = Number(value());
    else if (arg === '--claims-in-one') options.claimsInOne.push(...value().split(',').map(Number));
    else if (arg === '--dir') options.dir = resolve(value());
    else if (arg === '--ref') options.ref = value();
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--no-baseline') options.baseline = false;
    else if (arg === '--drop-page') options.dropPages.push(value());
    else if (arg === '--drop-integration') options.dropIntegrations.push(value());
    else if (arg === '--warm') options.warm = true;
    else if (arg === '--baseline-cards') options.baselineCards = true;
    else throw new Error(`Unknown option ${arg}. See the comment at the top of scripts/bench.ts.`);
  }
  if (options.claimsInOne.some((n) => !Number.isInteger(n) || n < 4)) throw new Error('--claims-in-one takes whole numbers of at least 4.');
  if (options.claimsInOne.length > 0 && options.sizes.length > 0) throw new Error('Give --articles or --claims-in-one, not both.');
  if (options.sizes.length === 0 && options.claimsInOne.length === 0) options.sizes = [1, 100, 1000];
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--articles takes whole numbers of at least 1.');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs takes a whole number of at least 1.');
  if (!Number.isInteger(options.claims) || options.claims < 4) throw new Error('--claims takes a whole number of at least 4.');
  return options;
}

interface SiteResult {
  runs: Built[];
  site: SiteReport;
}

interface SizeResult {
  articles: number;
  counts: ReturnType<typeof countOf>;
  check: { wallSeconds: number; cpuSeconds: number; ownSeconds: number };
  claimline: SiteResult;
  baseline: SiteResult | undefined;
  baselineCards: SiteResult | undefined;
  /** With `--baseline-cards`: Claimline without its share cards, and rebuilt with its caches kept. */
  noCards: SiteResult | undefined;
  rebuild: Built[];
  /** The share cards in Claimline's `dist/`. */
  cards: CardFiles;
}

/** The integration a build without share cards leaves out (src/build/integrations/cards.ts). */
const CARDS_INTEGRATION = 'claimline-cards';

const repo = resolve(import.meta.dirname, '..');
const options = parseArgs(process.argv.slice(2));
const node = process.execPath;
const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env['BASE_PATH'];
delete env['SITE_URL'];

const say = (text: string) => process.stderr.write(`${text}\n`);
const seconds = (s: number) => (Number.isNaN(s) ? '–' : s.toFixed(1));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A build's measures, and what it wrote to its log (the log file keeps every build of a size). */
type Built = Measurement & { log: string };

async function build(dir: string, label: string, extraNodeArgs: string[] = [], warm = false): Promise<Built> {
  cleanBuild(dir, warm);
  const log = join(dir, 'build.log');
  const before = existsSync(log) ? statSync(log).size : 0;
  const measured = await measure(node, [...extraNodeArgs, astro, 'build', '--config', BENCH_CONFIG], { cwd: dir, env, log });
  const result = { ...measured, log: readFileSync(log).subarray(before).toString('utf8') };
  if (result.exitCode !== 0) {
    const tail = result.log.split('\n').slice(-40).join('\n');
    throw new Error(`The ${label} build failed (exit ${result.exitCode}). The end of ${log}:\n${tail}`);
  }
  say(`  ${label}: ${seconds(result.wallSeconds)} s wall, ${seconds(result.cpuSeconds)} s CPU, ${result.peakMiB.toFixed(0)} MiB`);
  return result;
}

async function runSize(articles: number, claims = options.claims): Promise<SizeResult> {
  const root = join(options.dir, articles === 1 && options.claimsInOne.length > 0 ? `1-article-${claims}-claims` : `${articles}-articles`);
  const claimlineDir = join(root, 'claimline');
  const baselineDir = join(root, 'baseline');
  const baselineCardsDir = join(root, 'baseline-cards');
  const noCardsDir = join(root, 'claimline-no-cards');
  say(`\n${articles} article${articles === 1 ? '' : 's'}: generating…`);
  const corpus = generateCorpus({ articles, claimsPerArticle: claims });
  const counts = countOf(corpus);
  claimlineProject(repo, claimlineDir, options.ref, { pages: options.dropPages, integrations: options.dropIntegrations });
  writeCorpus(corpus, join(claimlineDir, 'content'));
  if (options.baseline) baselineProject(repo, baselineDir, corpus);
  if (options.baselineCards) {
    baselineProject(repo, baselineCardsDir, corpus, { cards: true });
    claimlineProject(repo, noCardsDir, options.ref, { pages: options.dropPages, integrations: [...options.dropIntegrations, CARDS_INTEGRATION] });
    writeCorpus(corpus, join(noCardsDir, 'content'));
  }
  say(`  ${counts.articles} articles, ${counts.claims} claims, ${counts.quotes} quotes, ${counts.events} events, ${counts.sources} sources`);

  // The content check on its own, as an editor runs it: `npm run check:content`.
  const checkLog = join(root, 'check.log');
  mkdirSync(root, { recursive: true });
  // A fresh log: the check's own time is read from it, and an earlier run's would be found first.
  rmSync(checkLog, { force: true });
  const check = await measure(node, ['scripts/check-content.ts', '.'], { cwd: claimlineDir, env, log: checkLog });
  const reported = /checked in ([\d.]+) s/.exec(readFileSync(checkLog, 'utf8'));
  if (check.exitCode !== 0) throw new Error(`The generated content does not pass the content check; see ${checkLog}.`);
  say(`  check:content: ${seconds(check.wallSeconds)} s wall, ${seconds(check.cpuSeconds)} s CPU`);

  if (options.warm) await build(claimlineDir, 'claimline (cold, to fill the caches; not counted)');
  const claimlineRuns: Built[] = [];
  const baselineRuns: Built[] = [];
  const baselineCardsRuns: Built[] = [];
  const noCardsRuns: Built[] = [];
  const rebuildRuns: Built[] = [];
  for (let run = 0; run < options.runs; run++) {
    // Alternate which goes first, so neither always meets a warmer or busier machine.
    const order = ['claimline', 'baseline', 'baseline-cards', 'no-cards'];
    for (const which of run % 2 === 0 ? order : order.reverse()) {
      if (which === 'claimline') {
        claimlineRuns.push(await build(claimlineDir, options.warm ? 'claimline (warm)' : 'claimline', [], options.warm));
        // A rebuild as CI and an editor's second build meet it: the share-card and layout caches kept.
        if (options.baselineCards) rebuildRuns.push(await build(claimlineDir, 'claimline rebuilt, caches kept', [], true));
      } else if (which === 'baseline' && options.baseline) baselineRuns.push(await build(baselineDir, 'baseline'));
      else if (which === 'baseline-cards' && options.baselineCards) baselineCardsRuns.push(await build(baselineCardsDir, 'baseline with share cards'));
      else if (which === 'no-cards' && options.baselineCards) noCardsRuns.push(await build(noCardsDir, `claimline without ${CARDS_INTEGRATION}`));
    }
  }
  if (options.profile) {
    const profileDir = join(root, 'profile');
    rmSync(profileDir, { recursive: true, force: true });
    await build(claimlineDir, 'claimline (profiled)', ['--cpu-prof', `--cpu-prof-dir=${profileDir}`], options.warm);
    printProfile(profileDir);
  }
  return {
    articles,
    counts,
    check: { wallSeconds: check.wallSeconds, cpuSeconds: check.cpuSeconds, ownSeconds: reported ? Number(reported[1]) : Number.NaN },
    claimline: { runs: claimlineRuns, site: analyseSite(join(claimlineDir, 'dist')) },
    baseline: options.baseline ? { runs: baselineRuns, site: analyseSite(join(baselineDir, 'dist')) } : undefined,
    baselineCards: options.baselineCards ? { runs: baselineCardsRuns, site: analyseSite(join(baselineCardsDir, 'dist')) } : undefined,
    noCards: options.baselineCards ? { runs: noCardsRuns, site: analyseSite(join(noCardsDir, 'dist')) } : undefined,
    rebuild: rebuildRuns,
    cards: cardFiles(join(claimlineDir, 'dist', 'cards')),
  };
}

interface CardFiles {
  count: number;
  bytes: number;
  largest: number;
}

/** The PNG files under a built site's `cards/`. */
function cardFiles(dir: string): CardFiles {
  const files = { count: 0, bytes: 0, largest: 0 };
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.png')) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    files.count++;
    files.bytes += size;
    files.largest = Math.max(files.largest, size);
  }
  return files;
}

function printProfile(dir: string): void {
  const summary = summariseProfiles(dir);
  const share = (ms: number) => `${(ms / 1000).toFixed(2)} s (${((100 * ms) / summary.totalMs).toFixed(1)}%)`;
  console.log(`\nCPU profile of the Claimline build, self time (${(summary.totalMs / 1000).toFixed(1)} s sampled) — by package or file:`);
  for (const { name, ms } of summary.byOwner) console.log(`  ${share(ms).padEnd(18)} ${name}`);
  console.log('By function:');
  for (const { name, ms } of summary.byFunction) console.log(`  ${share(ms).padEnd(18)} ${name}`);
}

/**
 * What the share cards cost, from the log of the last timed Claimline build of each size: one
 * `[cards] <path> <ms> ms (rendered)` line a card drawn (src/build/card-cache.ts), and the cards
 * integration's count of those it took from the cache.
 */
function printCards(results: SizeResult[]): void {
  const rows = results.flatMap((result) => {
    const log = result.claimline.runs.at(-1)?.log ?? '';
    const summary = /share cards in cards\/ \((\d+) drawn, (\d+) from the cache\)/.exec(log);
    if (!summary) return [];
    const cached = Number(summary[2]);
    const drawn = [...log.matchAll(/\[cards\] \S+ ([\d.]+) ms \(rendered\)/g)].map((line) => Number(line[1]));
    const drawnSeconds = drawn.reduce((sum, ms) => sum + ms, 0) / 1000;
    const cpu = median(result.claimline.runs.map((r) => r.cpuSeconds));
    const mean = drawn.length > 0 ? (1000 * drawnSeconds) / drawn.length : Number.NaN;
    return [
      `| ${result.articles} | ${drawn.length} | ${cached} | ${Number.isNaN(mean) ? '–' : mean.toFixed(1)} | ${drawnSeconds.toFixed(1)} | ${((100 * drawnSeconds) / cpu).toFixed(0)}% |`,
    ];
  });
  if (rows.length === 0) return;
  console.log('\nShare cards, from the build log (each card drawn once, unless cached):');
  console.log("| articles | cards drawn | cards from the cache | ms a card drawn (mean) | drawing, s of CPU | share of the build's CPU |");
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const row_ of rows) console.log(row_);
}

/** The pages a reader needs no script for: all but the search page. */
const readingPages = (site: SiteReport) => site.pages.filter((page) => !page.path.startsWith('/search/'));

function row(result: SizeResult, label: string, site: SiteResult): string {
  const wall = median(site.runs.map((r) => r.wallSeconds));
  const cpu = median(site.runs.map((r) => r.cpuSeconds));
  const peak = Math.max(...site.runs.map((r) => r.peakMiB));
  const largest = site.site.pages.reduce((max, page) => (page.bytes > max.bytes ? page : max));
  const over = site.site.pages.filter((page) => page.bytes > PAGE_BUDGET_BYTES).length;
  const js = Math.max(0, ...readingPages(site.site).map((page) => page.jsBytes));
  return `| ${result.articles} | ${result.counts.claims} | ${label} | ${seconds(wall)} | ${seconds(cpu)} | ${peak.toFixed(0)} | ${site.site.pages.length} | ${mb(site.site.bytes)} | ${largest.bytes} (${largest.path}) | ${over} | ${js} |`;
}

function overBudget(result: SizeResult): void {
  const over = result.claimline.site.pages.filter((page) => page.bytes > PAGE_BUDGET_BYTES);
  const kinds = new Map<string, { count: number; total: number; largest: (typeof over)[number] }>();
  for (const page of result.claimline.site.pages) {
    const kind = pageKind(page.path);
    const entry = kinds.get(kind) ?? { count: 0, total: 0, largest: page };
    entry.count++;
    entry.total += page.bytes;
    if (page.bytes > entry.largest.bytes) entry.largest = page;
    kinds.set(kind, entry);
  }
  const overByKind = new Map<string, number>();
  for (const page of over) overByKind.set(pageKind(page.path), (overByKind.get(pageKind(page.path)) ?? 0) + 1);
  console.log(`\nClaimline pages at ${result.articles} article(s), HTML + CSS (budget ${kib(PAGE_BUDGET_BYTES)}):`);
  console.log('| page | pages | over budget | mean | largest |');
  console.log('|---|---:|---:|---:|---|');
  for (const [kind, entry] of [...kinds.entries()].sort((a, b) => b[1].largest.bytes - a[1].largest.bytes)) {
    console.log(
      `| ${kind} | ${entry.count} | ${overByKind.get(kind) ?? 0} | ${kib(entry.total / entry.count)} | ${kib(entry.largest.bytes)} ${entry.largest.path} |`,
    );
  }
  console.log(`\nWeight per claim shown (least squares over the pages of each family; the budget is ${kib(PAGE_BUDGET_BYTES)}):`);
  console.log('| page | fixed | per claim | claims that fit the budget | most claims on one page |');
  console.log('|---|---:|---:|---:|---:|');
  for (const kind of kinds.keys()) {
    const fit = weightPerClaim(result.claimline.site.pages.filter((page) => pageKind(page.path) === kind));
    if (fit && fit.perClaim > 50) console.log(`| ${kind} | ${kib(fit.fixed)} | ${Math.round(fit.perClaim)} bytes | ${fit.fit} | ${fit.most} |`);
  }
  const scripted = readingPages(result.claimline.site).filter((page) => page.scripts.length > 0);
  if (scripted.length > 0) console.log(`Pages that load a script: ${scripted.map((p) => p.path).join(', ')}`);
}

const results: SizeResult[] = [];
for (const size of options.sizes) results.push(await runSize(size));
for (const claims of options.claimsInOne) results.push(await runSize(1, claims));

const dropped = [...options.dropPages.map((p) => `src/pages/${p}`), ...options.dropIntegrations.map((i) => `the ${i} integration`)];
if (dropped.length > 0) console.log(`\nClaimline was built without ${dropped.join(', ')}.`);
if (options.ref) console.log(`\nClaimline's code as committed at ${options.ref}.`);
if (options.warm) console.log('\nClaimline builds are warm: the share-card and layout caches were kept from an untimed cold build.');
console.log(
  '\n| articles | claims | site | build (s) | CPU (s) | peak (MiB) | pages | dist | largest page, HTML+CSS bytes | pages > 50 KB | JS to read (bytes) |',
);
console.log('|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|');
for (const result of results) {
  console.log(row(result, 'Claimline', result.claimline));
  if (result.baseline) console.log(row(result, 'plain Astro', result.baseline));
  if (result.baselineCards) console.log(row(result, 'plain Astro with share cards', result.baselineCards));
  if (result.noCards) console.log(row(result, `Claimline without ${CARDS_INTEGRATION}`, result.noCards));
}
console.log(
  '\n| articles | claims | ratio (Claimline / plain Astro wall) | CPU ratio | check:content wall (s) | check:content CPU (s) | the check itself, wall (s) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const result of results) {
  const ratio = result.baseline ? median(result.claimline.runs.map((r) => r.wallSeconds)) / median(result.baseline.runs.map((r) => r.wallSeconds)) : Number.NaN;
  const cpuRatio = result.baseline
    ? median(result.claimline.runs.map((r) => r.cpuSeconds)) / median(result.baseline.runs.map((r) => r.cpuSeconds))
    : Number.NaN;
  console.log(
    `| ${result.articles} | ${result.counts.claims} | ${Number.isNaN(ratio) ? '–' : ratio.toFixed(2)} | ${Number.isNaN(cpuRatio) ? '–' : cpuRatio.toFixed(2)} | ${result.check.wallSeconds.toFixed(2)} | ${result.check.cpuSeconds.toFixed(2)} | ${result.check.ownSeconds.toFixed(2)} |`,
  );
}
const withCards = results.filter((result) => result.baselineCards);
if (withCards.length > 0) {
  console.log('\nAgainst plain Astro with the same share cards (a card per claim and per quote, drawn in an endpoint):');
  console.log('| articles | cards | ratio, wall | ratio, CPU |');
  console.log('|---:|---:|---:|---:|');
  for (const result of withCards) {
    const cards = result.baselineCards as SiteResult;
    const ratio = (pick: (r: Built) => number) => (median(result.claimline.runs.map(pick)) / median(cards.runs.map(pick))).toFixed(2);
    console.log(`| ${result.articles} | ${result.counts.claims + result.counts.quotes} | ${ratio((r) => r.wallSeconds)} | ${ratio((r) => r.cpuSeconds)} |`);
  }
}
for (const result of results) overBudget(result);
printCards(results);

/** Claimline's targets (issue 13), each a ratio of wall times within this run. */
function printTargets(result: SizeResult): void {
  const wall = (runs: readonly Built[]) => median(runs.map((r) => r.wallSeconds));
  const line = (what: string, ours: readonly Built[], theirs: readonly Built[] | undefined, target: number) => {
    if (!theirs || ours.length === 0 || theirs.length === 0) return;
    const ratio = wall(ours) / wall(theirs);
    console.log(
      `  ${what}: ${seconds(wall(ours))} s against ${seconds(wall(theirs))} s, ratio ${ratio.toFixed(2)} (target at most ${target}: ${ratio <= target ? 'met' : 'NOT met'})`,
    );
  };
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`\nSummary at ${result.articles} articles, ${result.counts.claims} claims (wall time, median of ${options.runs} run(s)):`);
  line('Claimline against plain Astro with the same share cards', result.claimline.runs, result.baselineCards?.runs, 1.2);
  line(
    `Claimline without its share cards (config without the ${CARDS_INTEGRATION} integration) against plain Astro`,
    result.noCards?.runs ?? [],
    result.baseline?.runs,
    1.5,
  );
  line('Claimline rebuilt with its caches kept (share cards, thread paths’ layouts) against plain Astro', result.rebuild, result.baseline?.runs, 1.5);
  const { count, bytes, largest } = result.cards;
  const dist = result.claimline.site.bytes;
  console.log(
    `  dist/: ${mib(dist)}, ${dist.toLocaleString('en')} bytes, of which ${count} share cards ${mib(bytes)}` +
      (count > 0 ? `, ${(bytes / count / 1024).toFixed(1)} KiB a card, the largest ${(largest / 1024).toFixed(1)} KiB` : ''),
  );
  console.log(`  dist/ at 1,000 articles: ${sizeAtThousand(result.articles, dist)}`);
}

/**
 * `dist/` at 1,000 articles against the limit: measured at that size, estimated from 100 articles or
 * more (this run's bytes scaled, the files every site has with the rest: at 1,000 articles the
 * measured size has come out 1 to 2% below it), and not guessed from fewer.
 */
function sizeAtThousand(articles: number, bytes: number): string {
  // GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB". Its deploy action
  // warns past 1,073,741,824 bytes of the uploaded artifact (actions/deploy-pages,
  // src/internal/deployment.js), a zip of a tar of dist/, which is smaller than dist/'s files.
  const verdict = (n: number) => `${n < 1024 ** 3 ? 'under' : 'OVER'} GitHub Pages' 1 GB (1,073,741,824 bytes, as its deploy action reads it)`;
  if (articles >= 1000) return `${bytes.toLocaleString('en')} bytes at ${articles} articles, ${verdict(bytes)}`;
  if (articles < 100) return '`--articles 100` estimates it, `--articles 1000` measures it';
  const scaled = Math.round((bytes * 1000) / articles);
  return `about ${scaled.toLocaleString('en')} bytes, scaled from this run, ${verdict(scaled)}; \`--articles 1000\` measures it`;
}
for (const result of results) printTargets(result);

const last = results[results.length - 1] as SizeResult;
const build_ = median(last.claimline.runs.map((r) => r.wallSeconds));
const baseline = last.baseline ? median(last.baseline.runs.map((r) => r.wallSeconds)) : Number.NaN;
const peak = Math.max(...last.claimline.runs.map((r) => r.peakMiB));
const largest = Math.max(...last.claimline.site.pages.map((page) => page.bytes));
console.log(
  `\n${last.articles} articles, ${last.counts.claims} claims: build ${build_.toFixed(1)} s, baseline ${Number.isNaN(baseline) ? '–' : baseline.toFixed(1)} s, ratio ${Number.isNaN(baseline) ? '–' : (build_ / baseline).toFixed(2)}, peak ${peak.toFixed(0)} MiB, largest page ${largest} bytes`,
);
