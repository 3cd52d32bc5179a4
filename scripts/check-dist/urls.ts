/**
 * Every URL the build publishes, in HTML (inline SVG and JSON-LD included), SVG, XML, JSON and CSS: each must be http
 * or https (or relative), and nothing a page loads may come from another origin. A second wall
 * behind the content check and the sanitiser: whatever got through them is caught here, on the
 * files as a host serves them, with the same parsing a browser or a feed reader does (entities
 * decoded, tabs and newlines removed from URLs, leading control characters trimmed).
 * @see https://url.spec.whatwg.org/#concept-basic-url-parser
 * @see https://html.spec.whatwg.org/multipage/urls-and-fetching.html
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Attributes whose value is a URL, or a list of them (`srcset`, `ping`). */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'ping', 'manifest']);

/** `<link rel>` values that make the browser fetch what the link names. */
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\b/i;

/** Which of an element's URL attributes the browser loads as part of the page (not links a reader follows). */
function loads(tag: string, attr: string, attrs: ReadonlyMap<string, string>): boolean {
  switch (tag) {
    case 'script':
    case 'iframe':
    case 'frame':
    case 'embed':
    case 'audio':
    case 'track':
    case 'input':
      return attr === 'src' || attr === 'href' || attr === 'xlink:href';
    case 'img':
    case 'source':
    case 'video':
      return ['src', 'srcset', 'poster'].includes(attr);
    case 'object':
      return attr === 'data';
    case 'link':
      return attr === 'href' && LOADING_RELS.test(attrs.get('rel') ?? '');
    case 'image':
    case 'use':
    case 'feimage':
      return attr === 'href' || attr === 'xlink:href';
    default:
      return attr === 'background';
  }
}

/** The URLs of an attribute's value: one, or the candidates of a `srcset`, or the list of `ping`. */
function urlsOf(attr: string, value: string): string[] {
  if (attr === 'srcset') return value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  if (attr === 'ping') return value.split(/\s+/).filter(Boolean);
  return [value];
}

/** The scheme a browser reads from a URL, lower-cased; undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the URL parser trims C0 controls and spaces and drops tabs and newlines
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

export interface UrlContext {
  /** The site's origin: resources from any other are reported. */
  origin: string;
  /** The site's address, for relative URLs. */
  root: string;
}

/** What is wrong with one URL, or nothing. `css` allows the `data:` images the CSP allows (Pagefind's icons). */
export function urlProblem(url: string, { load, css = false }: { load: boolean; css?: boolean }, ctx: UrlContext): string | undefined {
  const scheme = schemeOf(url);
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    if (css && scheme === 'data' && /^\s*data:image\//i.test(url)) return undefined;
    return `a \`${scheme}:\` URL (\`${url.trim().slice(0, 60)}\`): only http and https are published`;
  }
  if (!load) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), ctx.root);
  } catch {
    return `a URL that does not parse (\`${url.slice(0, 60)}\`)`;
  }
  return resolved.origin === ctx.origin
    ? undefined
    : `a resource from another origin (\`${resolved.origin}\`): every script, style, image and font must come from the site`;
}

/** CSS `url()` and `@import` targets, with CSS escapes undone as the CSS parser does. */
export function cssUrls(css: string): string[] {
  const unescaped = css.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))).replace(/\\(.)/g, '$1');
  const urls: string[] = [];
  for (const m of unescaped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of unescaped.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2] ?? '');
  return urls;
}

function cssProblems(css: string, ctx: UrlContext): string[] {
  // Everything CSS fetches is a resource of the page: images, fonts, imported sheets.
  return cssUrls(css).flatMap((url) => urlProblem(url, { load: true, css: true }, ctx) ?? []);
}

/** Keys whose string values are URLs in the site's JSON (JSON-LD, Web Annotation, the data export). */
const JSON_URL_KEYS = new Set([
  'url',
  '@id',
  'id',
  'href',
  'sameAs',
  'image',
  'logo',
  'contentUrl',
  'embedUrl',
  'source',
  'page',
  'data',
  'first',
  'last',
  'next',
  'prev',
  'partOf',
]);

/** URLs in parsed JSON, by the keys that hold them: a `javascript:` URL is one whatever reads it. */
export function jsonUrlProblems(value: unknown, ctx: UrlContext, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonUrlProblems(item, ctx, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    if (typeof item === 'string' && JSON_URL_KEYS.has(key)) {
      const problem = urlProblem(item, { load: false }, ctx);
      return problem ? [`${path}.${key}: ${problem}`] : [];
    }
    return jsonUrlProblems(item, ctx, `${path}.${key}`);
  });
}

// ---------------------------------------------------------------------------------------------

function attributesOf(element: Element): Map<string, string> {
  return new Map(element.attrs.map((a) => [(a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), a.value]));
}

/** Problems in one HTML page, inline SVG included; `line` numbers from parse5's locations. */
export function htmlUrlProblems(html: string, ctx: UrlContext): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const tag = node.tagName.toLowerCase();
      const line = node.sourceCodeLocation?.startLine ?? 0;
      const attrs = attributesOf(node);
      for (const [name, value] of attrs) {
        if (URL_ATTRIBUTES.has(name)) {
          for (const url of urlsOf(name, value)) {
            const problem = urlProblem(url, { load: loads(tag, name, attrs) }, ctx);
            if (problem) out.push({ line, message: `<${tag} ${name}>: ${problem}` });
          }
        }
        if (name === 'style') for (const problem of cssProblems(value, ctx)) out.push({ line, message: `<${tag} style>: ${problem}` });
      }
      if (tag === 'meta' && /^refresh$/i.test(attrs.get('http-equiv') ?? '')) {
        const target = /url\s*=\s*['"]?([^'"]*)/i.exec(attrs.get('content') ?? '')?.[1];
        const problem = target === undefined ? undefined : urlProblem(target, { load: false }, ctx);
        if (problem) out.push({ line, message: `<meta http-equiv="refresh">: ${problem}` });
      }
      if (tag === 'script' && /^application\/ld\+json$/i.test(attrs.get('type') ?? '')) {
        const json = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        try {
          for (const problem of jsonUrlProblems(JSON.parse(json), ctx)) out.push({ line, message: `JSON-LD ${problem}` });
        } catch {
          out.push({ line, message: 'a JSON-LD block that is not JSON' });
        }
      }
      if (tag === 'style') {
        const css = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        for (const problem of cssProblems(css, ctx)) out.push({ line, message: `<style>: ${problem}` });
      }
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return out;
}

// ---------------------------------------------------------------------------------------------

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** RSS and sitemap elements whose text is a URL. */
const URL_TEXT = new Set(['link', 'loc', 'comments', 'docs', 'url']);

/** Problems in one SVG or XML file (feeds, sitemaps, the attribution map): URLs, loaded resources, markup in feed HTML. */
export function xmlUrlProblems(xml: string, ctx: UrlContext): string[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const out: string[] = [];
  const textOf = (children: XmlNode[]): string => children.map((c) => (typeof c['#text'] === 'string' ? decodeXML(c['#text']) : '')).join('');
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@');
      if (!tag || tag === '#text') continue;
      const children = (node[tag] as XmlNode[] | undefined) ?? [];
      const local = tag.replace(/^.*:/, '').toLowerCase();
      const attrs = new Map(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k.toLowerCase(), decodeXML(String(v))]));
      for (const [name, value] of attrs) {
        if (URL_ATTRIBUTES.has(name) || (local === 'enclosure' && name === 'url')) {
          const problem = urlProblem(value, { load: loads(local, name, attrs) }, ctx);
          if (problem) out.push(`<${tag} ${name}>: ${problem}`);
        }
        if (name === 'style') for (const problem of cssProblems(value, ctx)) out.push(`<${tag} style>: ${problem}`);
      }
      if (URL_TEXT.has(local) || (local === 'guid' && attrs.get('ispermalink') !== 'false')) {
        const url = textOf(children).trim();
        const problem = url ? urlProblem(url, { load: false }, ctx) : undefined;
        if (problem) out.push(`<${tag}>: ${problem}`);
      }
      if (local === 'style') for (const problem of cssProblems(textOf(children), ctx)) out.push(`<${tag}>: ${problem}`);
      // Feed readers render an RSS description (and content:encoded) as HTML: the site's are text,
      // so any markup in them came from the content and would be rendered by the reader.
      if (local === 'description' || tag === 'content:encoded') {
        const html = textOf(children);
        if (/<[a-zA-Z!/?]/.test(html)) out.push(`<${tag}>: markup (\`${/<[^>]{0,40}/.exec(html)?.[0] ?? '<'}\`), which feed readers render as HTML`);
      }
      visit(children);
    }
  };
  visit(parser.parse(xml) as XmlNode[]);
  return out;
}

// ---------------------------------------------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML, SVG, XML, JSON and CSS file of a build: its URLs, and whether its SVG, XML and JSON parse. */
export function distUrlProblems(dir: string, ctx: UrlContext): { urls: string[]; wellFormed: string[] } {
  const urls: string[] = [];
  const wellFormed: string[] = [];
  for (const file of walk(dir).sort()) {
    const name = relative(dir, file);
    if (file.endsWith('.html')) {
      for (const { line, message } of htmlUrlProblems(readFileSync(file, 'utf8'), ctx)) urls.push(`${name}:${line}: ${message}`);
    } else if (file.endsWith('.svg') || file.endsWith('.xml')) {
      const text = readFileSync(file, 'utf8');
      const valid = XMLValidator.validate(text);
      if (valid !== true) {
        wellFormed.push(`${name}:${valid.err.line}:${valid.err.col}: ${valid.err.msg}`);
        continue;
      }
      for (const message of xmlUrlProblems(text, ctx)) urls.push(`${name}: ${message}`);
    } else if (file.endsWith('.json') || file.endsWith('.jsonld')) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        wellFormed.push(`${name}: not JSON`);
        continue;
      }
      for (const message of jsonUrlProblems(json, ctx)) urls.push(`${name}: ${message}`);
    } else if (file.endsWith('.css')) {
      for (const message of cssProblems(readFileSync(file, 'utf8'), ctx)) urls.push(`${name}: ${message}`);
    }
  }
  return { urls, wellFormed };
}
