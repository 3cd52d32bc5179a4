/**
 * `npm run check:dist [-- <dir>] [--base /analysis/]`: the built site checks itself, and the run
 * fails when any check finds anything.
 *
 * 1. Links: every page is served as a static host would serve it and crawled with linkinator;
 *    every internal `href`/`src` (fragments included) must resolve. Absolute links to the site's
 *    own address (canonical, Open Graph, JSON-LD) are checked against the build too; other hosts
 *    are skipped.
 * 2. HTML: the W3C Nu checker (vnu.jar, errors only) and html-validate (`.htmlvalidate.json`).
 * 3. CSP: no page carries an inline script, event handler, `javascript:` URL, `<style>` or `style=`
 *    that the Content-Security-Policy in `_headers` would block. JSON-LD is a data block, not script.
 * 4. URLs: every URL in HTML (inline SVG included), SVG, XML and CSS is http, https or relative, and
 *    nothing a page loads (script, style, image, font, frame) comes from another origin; every SVG
 *    and XML file is well-formed; no feed description carries markup (scripts/check-dist/urls.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HtmlValidate,
  Rule,
  StaticConfigLoader,
  type ConfigData,
  type DOMReadyEvent,
  type HtmlElement,
  type Plugin,
  type RuleDocumentation,
} from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { serveDist } from '../tests/support/static-server.ts';
import { distUrlProblems } from './check-dist/urls.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

// ---------------------------------------------------------------------------------------------
// _headers: the Netlify / Cloudflare Pages format
// ---------------------------------------------------------------------------------------------

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Rules in file order: a line starting with `/` opens a rule, indented `Name: value` lines add to
 * it, `#` lines are comments.
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${i + 1} is neither a path, a header nor a comment: \`${line.trim()}\`.`);
    rule.headers.push([match[1] as string, (match[2] as string).trim()]);
  });
  return rules;
}

/** Whether a rule's path pattern matches a request path; `*` (a splat) matches anything, even nothing. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/**
 * The headers a request path gets: every matching rule's headers; a header set by two rules is
 * joined with `, ` as Cloudflare Pages does. Names are lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** A Content-Security-Policy as directive name -> source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * Whether the policy lets inline code of a kind run: `'unsafe-inline'` allows it unless a nonce,
 * a hash or `'strict-dynamic'` is present, which makes browsers ignore it. Falls back to `default-src`.
 * @see https://www.w3.org/TR/CSP3/#allow-all-inline
 */
export function allowsInline(csp: Map<string, string[]>, kind: 'script' | 'style'): boolean {
  const sources = csp.get(`${kind}-src-elem`) ?? csp.get(`${kind}-src`) ?? csp.get('default-src');
  if (!sources) return true;
  const overridden = sources.some((s) => /^'(nonce-|sha256-|sha384-|sha512-|strict-dynamic)/.test(s));
  return sources.includes("'unsafe-inline'") && !overridden;
}

// ---------------------------------------------------------------------------------------------
// Files and serving
// ---------------------------------------------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function htmlFiles(dir: string): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The request path a file is served at: `claims/x/index.html` -> `claims/x/`. */
export function pathOf(dir: string, file: string): string {
  return relative(dir, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
}

/** The site's own address, base path included, as the build wrote it into the home page's canonical link. */
export function siteRootOf(dir: string): string | undefined {
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return undefined;
  return /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
}

export interface CheckResult {
  name: string;
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// 1. Links
// ---------------------------------------------------------------------------------------------

/**
 * Crawl every page of `dir` served under `base`; every internal link must resolve. `fragments`
 * (default true) also requires the `id` a `#fragment` names to exist on the page it points to.
 */
export async function checkLinks(dir: string, base = '/', { fragments = true }: { fragments?: boolean } = {}): Promise<CheckResult> {
  const server = await serveDist(dir, base);
  try {
    const local = server.url;
    const origin = new URL(local).origin;
    const site = siteRootOf(dir);
    const pages = htmlFiles(dir).map((file) => local + pathOf(dir, file));
    const checker = new LinkChecker();
    const result = await checker.check({
      path: pages,
      recurse: true,
      checkFragments: fragments,
      concurrency: 20,
      timeout: 20_000,
      redirects: 'error',
      ...(site ? { urlRewriteExpressions: [{ pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local }] } : {}),
      linksToSkip: async (link) => !link.startsWith(origin) && !(site && link.startsWith(site)),
    });
    const shown = (url: string | undefined) => (url ?? '?').replace(local, base);
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    // A page that answers but lacks the `id` a link points at is a missing fragment: grouped per
    // page, since one missing section tends to break many links at once.
    const isFragment = (link: (typeof broken)[number]) => link.url.includes('#') && link.status !== undefined && link.status < 400;
    const problems = broken
      .filter((link) => !isFragment(link))
      .map((link) => `${shown(link.url)} (status ${link.status ?? 'none'}) linked from ${shown(link.parent)}`);
    const missing = new Map<string, string[]>();
    for (const link of broken.filter(isFragment)) {
      const [target] = link.url.split('#');
      const key = target === link.parent ? shown(link.parent) : `${shown(link.parent)} -> ${shown(target)}`;
      missing.set(key, [...(missing.get(key) ?? []), `#${link.url.split('#')[1]}`]);
    }
    for (const [key, ids] of missing)
      problems.push(
        `${key}: ${ids.length} link${ids.length === 1 ? '' : 's'} to an id the page does not have (${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''})`,
      );
    if (pages.length === 0) problems.push(`No HTML pages in \`${dir}\`: build the site first (\`npm run build\`).`);
    return { name: `Links (${pages.length} pages, ${result.links.filter((l) => l.state === LinkState.OK).length} links resolved)`, problems };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. HTML validity
// ---------------------------------------------------------------------------------------------

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolvePromise({ code: 127, output: error.message }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/** The W3C Nu HTML checker, offline. It needs Java 11 or later on PATH. */
export async function checkNu(dir: string): Promise<CheckResult> {
  const jar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const { code, output } = await run('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'gnu', dir]);
  const problems = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(`file:${resolve(dir)}/`, '').replace(/^"|"(?=:)/g, ''));
  if (code === 127) return { name: 'W3C Nu HTML checker', problems: [`Java could not be started (${output.trim()}). Install Java 11 or later.`] };
  if (code !== 0 && problems.length === 0) problems.push(`vnu.jar exited with ${code}.`);
  return { name: 'W3C Nu HTML checker', problems };
}

// ---------------------------------------------------------------------------------------------
// 3. Inline code under the CSP, as an html-validate rule on the parsed pages
// ---------------------------------------------------------------------------------------------

interface CspRuleOptions {
  script: boolean;
  style: boolean;
}

/** Script types that browsers run; anything else is a data block (JSON-LD) that CSP does not govern. */
const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'importmap',
  'speculationrules',
]);

class CspInline extends Rule<void, CspRuleOptions> {
  override documentation(): RuleDocumentation {
    return {
      description:
        "Inline script and style are blocked by the site's Content-Security-Policy (`public/_headers`). Move the code into a file that Astro bundles.",
      url: 'https://www.w3.org/TR/CSP3/#should-block-inline',
    };
  }

  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const visit = (node: HtmlElement) => {
        if (this.options.script && node.is('script') && !node.hasAttribute('src')) {
          const type = (node.getAttributeValue('type') ?? '').trim().toLowerCase();
          if (JS_TYPES.has(type)) this.report(node, `inline <script${type ? ` type="${type}"` : ''}> is blocked by script-src`);
        }
        if (this.options.style && node.is('style')) this.report(node, 'inline <style> is blocked by style-src');
        for (const attr of node.attributes) {
          const key = attr.key.toLowerCase();
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (this.options.style && key === 'style') this.report(node, 'a style="" attribute is blocked by style-src', attr.keyLocation);
          if (this.options.script && key.startsWith('on')) this.report(node, `an inline event handler (${key}) is blocked by script-src`, attr.keyLocation);
          if (this.options.script && ['href', 'src', 'action', 'formaction'].includes(key) && /^\s*javascript:/i.test(value)) {
            this.report(node, 'a javascript: URL is blocked by script-src', attr.keyLocation);
          }
        }
        for (const child of node.childElements) visit(child);
      };
      for (const child of event.document.root.childElements) visit(child);
    });
  }
}

const cspPlugin: Plugin = { name: 'claimline', rules: { 'claimline/csp-inline': CspInline } };

/**
 * html-validate with the project's `.htmlvalidate.json` plus the CSP rule, set from the policy.
 * One static configuration for every file: a config found next to the files (`root: true`) would
 * otherwise replace the CSP rule instead of adding to it.
 */
export async function checkHtmlValidate(dir: string, csp: Map<string, string[]>): Promise<CheckResult> {
  const options: CspRuleOptions = { script: !allowsInline(csp, 'script'), style: !allowsInline(csp, 'style') };
  const project = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData & { $schema?: string };
  delete project.$schema;
  const config: ConfigData = {
    ...project,
    root: true,
    plugins: [...(project.plugins ?? []), cspPlugin],
    rules: { ...project.rules, 'claimline/csp-inline': ['error', options] },
  };
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(dir, file)}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
  }
  return { name: 'html-validate, with the CSP inline-code rule', problems };
}

/** The policy the site ships for its pages, from `_headers` in the build (copied from `public/`). */
export function sitePolicy(dir: string): Map<string, string[]> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) throw new Error(`No \`_headers\` in \`${dir}\`: it is copied from \`public/_headers\` by the build.`);
  const policy = headersFor(parseHeaders(readFileSync(file, 'utf8')), '/')['content-security-policy'];
  if (!policy) throw new Error('`_headers` sets no Content-Security-Policy for `/`.');
  return parseCsp(policy);
}

// ---------------------------------------------------------------------------------------------
// 4. URL schemes, resources from other origins, well-formed SVG and XML
// ---------------------------------------------------------------------------------------------

/** The URL check and the well-formedness check, over every HTML, SVG, XML and CSS file. */
export function checkUrls(dir: string): CheckResult[] {
  const root = siteRootOf(dir);
  if (!root) return [{ name: 'URLs and resources', problems: [`No canonical address in \`${join(dir, 'index.html')}\`: the site's own origin is unknown.`] }];
  const { urls, wellFormed } = distUrlProblems(dir, { root, origin: new URL(root).origin });
  return [
    { name: 'URLs: only http and https, every resource from the site', problems: urls },
    { name: 'SVG, XML and JSON well-formed', problems: wellFormed },
  ];
}

// ---------------------------------------------------------------------------------------------

export async function checkDist(dir: string, base = '/'): Promise<CheckResult[]> {
  const csp = sitePolicy(dir);
  const search: CheckResult = {
    name: 'Search index',
    problems: existsSync(join(dir, 'pagefind', 'pagefind.js')) ? [] : ['No `pagefind/pagefind.js`: Pagefind did not index the build (see the build log).'],
  };
  // The Nu checker runs in its own JVM, alongside the crawl and html-validate.
  const results = await Promise.all([checkLinks(dir, base), checkNu(dir), checkHtmlValidate(dir, csp), Promise.resolve(search)]);
  return [...results, ...checkUrls(dir)];
}

function isMain(): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? (args[baseAt + 1] ?? '/') : '/';
  const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--base') ?? 'dist');
  const results = await checkDist(dir, base);
  let failed = 0;
  for (const { name, problems } of results) {
    console.log(`${problems.length === 0 ? '✓' : '✗'} ${name}${problems.length ? `: ${problems.length} problem${problems.length === 1 ? '' : 's'}` : ''}`);
    for (const problem of problems) console.log(`    ${problem}`);
    failed += problems.length;
  }
  console.log(
    failed === 0 ? `\n${relative(ROOT, dir) || dir} passed every check.` : `\n${failed} problem${failed === 1 ? '' : 's'} in ${relative(ROOT, dir) || dir}.`,
  );
  process.exit(failed === 0 ? 0 : 1);
}
