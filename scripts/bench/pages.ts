/**
 * What a reader downloads to read each page of a built site: the HTML, the stylesheets it links
 * (uncompressed, each counted once a page), and any JavaScript it loads. Shared by the benchmark
 * (`npm run bench`) and the page-budget test (tests/budgets/), so both measure the same thing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { PAGE_BUDGET_BYTES } from '../../src/model/page-sizes.ts';

/** The budget of one page: HTML plus the CSS it links, uncompressed (defined with the page weights). */
export { PAGE_BUDGET_BYTES };

export interface PageReport {
  /** The page's address inside the site, as a reader types it after the base: `/articles/x/`. */
  path: string;
  /** The HTML file, relative to the built folder. */
  file: string;
  htmlBytes: number;
  /** Every stylesheet the page links, counted once, with the ones they `@import`. */
  cssBytes: number;
  /** HTML + CSS: what the budget limits. */
  bytes: number;
  /** Stylesheets the page links, relative to the built folder. */
  css: string[];
  /** Scripts the page loads or carries: a file relative to the built folder, an address, or `inline`. */
  scripts: string[];
  /** Bytes of JavaScript the page loads or carries inline. */
  jsBytes: number;
  /** Stylesheets and scripts the page refers to that are not in the built folder. */
  missing: string[];
  /** Distinct claim pages the page links to: how many claims it shows, for fitting weight per claim. */
  claims: number;
}

export interface SiteReport {
  pages: PageReport[];
  /** Every file of the built folder. */
  files: number;
  bytes: number;
}

const TAG = /<(link|script)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CLAIM_LINK = /href="[^"]*\/claims\/([a-z0-9-]+)\/"/g;
const IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g;
/** Script types that carry data, not code (structured data, JSON islands). */
const DATA_SCRIPT = /^(application\/(ld\+)?json|application\/json)$/i;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    out.set(name, value.replaceAll('&amp;', '&'));
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** The address of a page inside the site: `articles/x/index.html` → `/articles/x/`. */
export function pagePath(file: string): string {
  const path = `/${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Where a reference from a page points in the built folder, or an `external` address. The site's
 * `base` (`/` or `/analysis/`) is what absolute paths start with.
 */
function resolveRef(ref: string, pageFile: string, base: string): { file: string } | { external: string } | { outside: string } {
  const clean = ref.replace(/[?#].*$/, '');
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return { external: ref };
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return { outside: ref };
    return { file: posix.normalize(decodeURIComponent(clean.slice(base.length))) };
  }
  return { file: posix.normalize(posix.join(posix.dirname(pageFile), decodeURIComponent(clean))) };
}

/** Measure every HTML page of a built site. `base` is the path the site is served under. */
export function analyseSite(dir: string, base = '/'): SiteReport {
  const prefix = base.replace(/\/?$/, '/');
  const all = walk(dir).map((full) => relative(dir, full).split(sep).join('/'));
  const sizes = new Map<string, number>();
  const size = (file: string): number | undefined => {
    if (!sizes.has(file)) {
      const full = join(dir, file);
      sizes.set(file, existsSync(full) && statSync(full).isFile() ? statSync(full).size : -1);
    }
    const value = sizes.get(file) as number;
    return value < 0 ? undefined : value;
  };
  let bytes = 0;
  for (const file of all) bytes += size(file) ?? 0;

  /** A stylesheet and everything it imports, each once. */
  const stylesheets = (file: string, seen: Set<string>, missing: string[], ref: string) => {
    if (seen.has(file)) return;
    if (size(file) === undefined) {
      missing.push(ref);
      return;
    }
    seen.add(file);
    const css = readFileSync(join(dir, file), 'utf8');
    for (const match of css.matchAll(IMPORT)) {
      const target = resolveRef(match[1] ?? '', file, prefix);
      if ('file' in target) stylesheets(target.file, seen, missing, match[1] ?? '');
    }
  };

  const pages: PageReport[] = [];
  for (const file of all.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    const css = new Set<string>();
    const scripts: string[] = [];
    const missing: string[] = [];
    let jsBytes = 0;
    for (const match of html.matchAll(TAG)) {
      const tag = (match[1] ?? '').toLowerCase();
      const attrs = attributes(match[2] ?? '');
      if (tag === 'script') {
        if (DATA_SCRIPT.test(attrs.get('type') ?? '')) continue;
        const src = attrs.get('src');
        if (src === undefined) {
          const end = html.indexOf('</script>', (match.index ?? 0) + match[0].length);
          const code = end === -1 ? '' : html.slice((match.index ?? 0) + match[0].length, end);
          if (code.trim() !== '') {
            scripts.push('inline');
            jsBytes += Buffer.byteLength(code);
          }
          continue;
        }
        const target = resolveRef(src, file, prefix);
        if ('file' in target) {
          scripts.push(target.file);
          const found = size(target.file);
          if (found === undefined) missing.push(src);
          else jsBytes += found;
        } else if ('external' in target) scripts.push(target.external);
        else {
          scripts.push(src);
          missing.push(src);
        }
        continue;
      }
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (href === undefined) continue;
      const as = (attrs.get('as') ?? '').toLowerCase();
      const isCss = rel.includes('stylesheet') || (rel.includes('preload') && as === 'style');
      const isJs = rel.includes('modulepreload') || (rel.includes('preload') && as === 'script');
      if (!isCss && !isJs) continue;
      const target = resolveRef(href, file, prefix);
      if (!('file' in target)) {
        if (isJs) scripts.push(href);
        // A path outside the site's base is a file this site does not have.
        if ('outside' in target) missing.push(href);
        continue;
      }
      if (isJs) {
        scripts.push(target.file);
        const found = size(target.file);
        if (found === undefined) missing.push(href);
        else jsBytes += found;
      } else if (rel.includes('stylesheet')) stylesheets(target.file, css, missing, href);
      else if (size(target.file) === undefined) missing.push(href);
    }
    const htmlBytes = Buffer.byteLength(html);
    let cssBytes = 0;
    for (const sheet of css) cssBytes += size(sheet) ?? 0;
    const claims = new Set([...html.matchAll(CLAIM_LINK)].map((match) => match[1])).size;
    pages.push({ path: pagePath(file), file, htmlBytes, cssBytes, bytes: htmlBytes + cssBytes, css: [...css], scripts, jsBytes, missing, claims });
  }
  return { pages, files: all.length, bytes };
}

/**
 * The kind of page, for grouping a report: `/articles/[id]/[facet]/[value]/`, `/claims/[id]/`,
 * `/sources/[id]/page/[n]/`. Pages of a paginated list are grouped by what they list.
 */
export function pageKind(path: string): string {
  if (!path.endsWith('/')) return path;
  let parts = path.split('/').filter(Boolean);
  let paged = '';
  if (parts.length >= 2 && parts[parts.length - 2] === 'page' && /^\d+$/.test(parts[parts.length - 1] as string)) {
    parts = parts.slice(0, -2);
    paged = 'page/[n]/';
  }
  const [first] = parts;
  let family: string;
  if (first === undefined) family = '/';
  else if (!['articles', 'claims', 'sources', 'quotes', 'events'].includes(first) || parts.length === 1) family = `/${parts.join('/')}/`;
  else if (first === 'articles' && parts.length === 4) family = '/articles/[id]/[facet]/[value]/';
  else if (parts.length === 2) family = `/${first}/[id]/`;
  else family = `/${first}/[id]/${parts.slice(2).join('/')}/`;
  return family + paged;
}

/**
 * A page family's weight as a straight line in the claims it shows, `bytes = fixed + perClaim × n`
 * (least squares), and how many claims fit in the budget: where to cut pages into pages.
 */
export function weightPerClaim(pages: readonly PageReport[]): { fixed: number; perClaim: number; fit: number; pages: number; most: number } | undefined {
  const points = pages.filter((page) => page.claims > 0);
  if (points.length < 2) return undefined;
  const n = points.length;
  const mx = points.reduce((sum, p) => sum + p.claims, 0) / n;
  const my = points.reduce((sum, p) => sum + p.bytes, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.claims - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  const perClaim = points.reduce((sum, p) => sum + (p.claims - mx) * (p.bytes - my), 0) / sxx;
  const fixed = my - perClaim * mx;
  const fit = perClaim > 0 ? Math.max(0, Math.floor((PAGE_BUDGET_BYTES - fixed) / perClaim)) : Number.POSITIVE_INFINITY;
  return { fixed, perClaim, fit, pages: n, most: Math.max(...points.map((p) => p.claims)) };
}
