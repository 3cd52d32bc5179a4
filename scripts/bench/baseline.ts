/**
 * The baseline: the site a user would otherwise build with plain Astro from the same corpus. The
 * glob loader, Astro's own Markdown, zod schemas with `reference()`, and the same page families
 * as Claimline (home, article, one page per filter value, claim, source list, source, quote,
 * event, about, 404, JSON data), so both build the same number of pages from the same files.
 * What it lacks is what Claimline adds: the whole-tree content check, verified anchors, the
 * annotated article text, attribution chains and the timeline.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { GeneratedRecord, SyntheticCorpus } from './corpus.ts';
import { BENCH_CONFIG, linkModules } from './project.ts';

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'baseline', private: true, type: 'module' }, null, 2),
  [BENCH_CONFIG]: `import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  cacheDir: './.bench-cache/astro',
  vite: { cacheDir: './.bench-cache/vite' },
});
`,
  'src/content.config.ts': `import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const md = (folder: string) => glob({ pattern: '**/*.md', base: \`./content/\${folder}\` });

export const collections = {
  articles: defineCollection({
    loader: md('articles'),
    schema: z.object({ title: z.string(), summary: z.string(), published: z.coerce.string(), publisher: z.string().nullable() }),
  }),
  sources: defineCollection({
    loader: md('sources'),
    schema: z.object({ name: z.string(), kind: z.string(), description: z.string(), partOf: reference('sources').optional() }),
  }),
  claims: defineCollection({
    loader: md('claims'),
    schema: z.object({
      article: reference('articles'),
      statement: z.string(),
      kind: z.string(),
      status: z.string(),
      sources: z.array(reference('sources')),
      events: z.array(reference('events')),
    }),
  }),
  quotes: defineCollection({
    loader: md('quotes'),
    schema: z.object({ article: reference('articles'), text: z.string(), speaker: reference('sources'), claims: z.array(reference('claims')) }),
  }),
  events: defineCollection({
    loader: md('events'),
    schema: z.object({ article: reference('articles'), title: z.string(), date: z.coerce.string().optional() }),
  }),
};
`,
  // What a careful Astro user writes once pages look records up by article and by source.
  'src/lib.ts': `import { getCollection } from 'astro:content';

async function load() {
  const [articles, sources, claims, quotes, events] = await Promise.all([
    getCollection('articles'), getCollection('sources'), getCollection('claims'), getCollection('quotes'), getCollection('events'),
  ]);
  const group = <T>(list: T[], key: (item: T) => string[]) => {
    const out = new Map<string, T[]>();
    for (const item of list) for (const k of key(item)) out.set(k, [...(out.get(k) ?? []), item]);
    return out;
  };
  return {
    articles, sources, claims, quotes, events,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claimsByArticle: group(claims, (c) => [c.data.article.id]),
    quotesByArticle: group(quotes, (q) => [q.data.article.id]),
    eventsByArticle: group(events, (e) => [e.data.article.id]),
    claimsBySource: group(claims, (c) => c.data.sources.map((s) => s.id)),
  };
}
let cached: ReturnType<typeof load> | undefined;
export const data = () => (cached ??= load());
export const voice = (claim: { data: { sources: unknown[] } }) => ['article', 'reported', 'relayed'][Math.min(2, claim.data.sources.length)];
export const FACETS = ['voice', 'kind', 'status', 'source'] as const;
export const facetValues = (claim: { data: { kind: string; status: string; sources: { id: string }[] } }) => ({
  voice: [voice(claim)], kind: [claim.data.kind], status: [claim.data.status], source: claim.data.sources.map((s) => s.id),
});
`,
  'src/styles.css': `body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
.wrap { max-width: 70rem; margin: 0 auto; padding: 1rem; }
.claim { border-left: 4px solid #555; padding: 0.5rem 1rem; margin: 1rem 0; }
.meta { color: #555; font-size: 0.9rem; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } .meta { color: #bbb; } }
`,
  'src/layouts/Base.astro': `---
import '../styles.css';
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title><meta name="description" content={title} /></head>
  <body><header class="wrap"><a href="/">Baseline</a> · <a href="/sources/">Sources</a> · <a href="/about/">About</a></header><main class="wrap"><slot /></main></body>
</html>
`,
  'src/components/ArticlePage.astro': `---
import { render } from 'astro:content';
import { data, facetValues, FACETS } from '../lib';
const { article, facet, value } = Astro.props;
const d = await data();
const { Content } = await render(article);
const all = d.claimsByArticle.get(article.id) ?? [];
const claims = facet ? all.filter((c) => (facetValues(c) as Record<string, string[]>)[facet]?.includes(value)) : all;
const options = FACETS.map((f) => [f, [...new Set(all.flatMap((c) => facetValues(c)[f]))]] as const);
---
<h1>{article.data.title}</h1>
<p class="meta">{article.data.publisher ?? 'Publisher not named'} · {article.data.published}</p>
<nav>{options.map(([f, values]) => <p>{f}: {values.map((v) => <a href={\`/articles/\${article.id}/\${f}/\${v}/\`}>{v} </a>)}</p>)}</nav>
<h2>Claims</h2>
{claims.map((claim) => (
  <article class="claim">
    <h3><a href={\`/claims/\${claim.id}/\`}>{claim.data.statement}</a></h3>
    <p class="meta">{claim.data.kind} · {claim.data.status} · {claim.data.sources.map((s) => d.sourceById.get(s.id)?.data.name).join(' → ') || 'the article itself'}</p>
  </article>
))}
{!facet && <h2>Events</h2>}
{!facet && <ul>{(d.eventsByArticle.get(article.id) ?? []).map((e) => <li><a href={\`/events/\${e.id}/\`}>{e.data.title}</a> {e.data.date}</li>)}</ul>}
{!facet && <h2>Quotes</h2>}
{!facet && <ul>{(d.quotesByArticle.get(article.id) ?? []).map((q) => <li><a href={\`/quotes/\${q.id}/\`}>“{q.data.text}”</a></li>)}</ul>}
<h2>The article</h2>
<Content />
`,
  'src/pages/index.astro': `---
import Base from '../layouts/Base.astro';
import { data } from '../lib';
const d = await data();
---
<Base title="Articles"><h1>Articles</h1><ul>{d.articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a> <span class="meta">{(d.claimsByArticle.get(a.id) ?? []).length} claims</span><p>{a.data.summary}</p></li>)}</ul></Base>
`,
  'src/pages/about.astro': `---
import Base from '../layouts/Base.astro';
---
<Base title="About"><h1>About</h1><p>A plain Astro site of the same content, for comparison.</p></Base>
`,
  'src/pages/404.astro': `---
import Base from '../layouts/Base.astro';
---
<Base title="Not found"><h1>Not found</h1></Base>
`,
  'src/pages/articles/[id]/index.astro': `---
import Base from '../../../layouts/Base.astro';
import ArticlePage from '../../../components/ArticlePage.astro';
import { data } from '../../../lib';
export async function getStaticPaths() {
  const d = await data();
  return d.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}
const { article } = Astro.props;
---
<Base title={article.data.title}><ArticlePage article={article} /></Base>
`,
  'src/pages/articles/[id]/[facet]/[value]/index.astro': `---
import Base from '../../../../../layouts/Base.astro';
import ArticlePage from '../../../../../components/ArticlePage.astro';
import { data, facetValues, FACETS } from '../../../../../lib';
export async function getStaticPaths() {
  const d = await data();
  return d.articles.flatMap((article) => {
    const claims = d.claimsByArticle.get(article.id) ?? [];
    return FACETS.flatMap((facet) => [...new Set(claims.flatMap((c) => facetValues(c)[facet]))].map((value) => ({ params: { id: article.id, facet, value }, props: { article } })));
  });
}
const { article } = Astro.props;
const { facet, value } = Astro.params;
---
<Base title={\`\${article.data.title}: \${facet} \${value}\`}><ArticlePage article={article} facet={facet} value={value} /></Base>
`,
  'src/pages/claims/[id].astro': `---
import { getCollection, getEntry, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('claims')).map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}
const { claim } = Astro.props;
const article = await getEntry(claim.data.article);
const sources = await Promise.all(claim.data.sources.map((s) => getEntry(s)));
const { Content } = await render(claim);
---
<Base title={claim.data.statement}>
  <h1>{claim.data.statement}</h1>
  <p class="meta">{claim.data.kind} · {claim.data.status} · in <a href={\`/articles/\${article?.id}/\`}>{article?.data.title}</a></p>
  <ol>{sources.map((s) => <li><a href={\`/sources/\${s?.id}/\`}>{s?.data.name}</a></li>)}</ol>
  <Content />
</Base>
`,
  'src/pages/sources/index.astro': `---
import Base from '../../layouts/Base.astro';
import { data } from '../../lib';
const d = await data();
---
<Base title="Sources"><h1>Sources</h1><ul>{d.sources.map((s) => <li><a href={\`/sources/\${s.id}/\`}>{s.data.name}</a> <span class="meta">{(d.claimsBySource.get(s.id) ?? []).length} claims</span></li>)}</ul></Base>
`,
  'src/pages/sources/[id].astro': `---
import { render } from 'astro:content';
import Base from '../../layouts/Base.astro';
import { data } from '../../lib';
export async function getStaticPaths() {
  const d = await data();
  return d.sources.map((source) => ({ params: { id: source.id }, props: { source } }));
}
const { source } = Astro.props;
const d = await data();
const { Content } = await render(source);
---
<Base title={source.data.name}>
  <h1>{source.data.name}</h1><p>{source.data.description}</p><Content />
  <ul>{(d.claimsBySource.get(source.id) ?? []).map((c) => <li class="claim"><a href={\`/claims/\${c.id}/\`}>{c.data.statement}</a> <span class="meta">{c.data.kind}</span></li>)}</ul>
</Base>
`,
  'src/pages/quotes/[id].astro': `---
import { getCollection, getEntry } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('quotes')).map((quote) => ({ params: { id: quote.id }, props: { quote } }));
}
const { quote } = Astro.props;
const speaker = await getEntry(quote.data.speaker);
---
<Base title={quote.data.text}><blockquote>“{quote.data.text}”</blockquote><p>— <a href={\`/sources/\${speaker?.id}/\`}>{speaker?.data.name}</a></p></Base>
`,
  'src/pages/events/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('events')).map((event) => ({ params: { id: event.id }, props: { event } }));
}
const { event } = Astro.props;
const { Content } = await render(event);
---
<Base title={event.data.title}><h1>{event.data.title}</h1><p class="meta">{event.data.date ?? 'date not given'}</p><Content /></Base>
`,
  'src/pages/data/[id].json.ts': `import type { APIRoute } from 'astro';
import { data } from '../../lib';
export async function getStaticPaths() {
  const d = await data();
  return d.articles.map((article) => ({ params: { id: article.id } }));
}
export const GET: APIRoute = async ({ params }) => {
  const d = await data();
  const id = String(params.id);
  const pick = <T extends { id: string; data: unknown }>(list: T[]) => list.map((e) => ({ id: e.id, ...(e.data as object) }));
  return new Response(JSON.stringify({
    article: d.articles.find((a) => a.id === id)?.data,
    claims: pick(d.claimsByArticle.get(id) ?? []),
    quotes: pick(d.quotesByArticle.get(id) ?? []),
    events: pick(d.eventsByArticle.get(id) ?? []),
  }));
};
`,
};

/**
 * With `--baseline-cards`: a share card per claim and per quote, 1200 × 630, drawn the way a plain
 * Astro site draws them: satori with fonts from @fontsource, then resvg, in an endpoint per card,
 * in the build's own thread, with no cache. It shows the claim or quote and its sources, as
 * Claimline's cards do, to see what the cards themselves cost a site that has them.
 */
const CARD_FILES: Record<string, string> = {
  'src/card.ts': `import { readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

const font = (file: string) => readFileSync(\`node_modules/@fontsource/noto-sans/files/\${file}\`);
const fonts = [
  { name: 'Noto Sans', data: font('noto-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Noto Sans', data: font('noto-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  { name: 'Noto Sans', data: font('noto-sans-latin-ext-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Noto Sans', data: font('noto-sans-latin-ext-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];
const div = (style: Record<string, unknown>, children: unknown) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

export async function card(label: string, text: string, sources: string[], article: string): Promise<Response> {
  const tree = div({ flexDirection: 'column', width: 1200, height: 630, padding: '44px 60px 36px', background: '#fbfaf7', color: '#1a1a1a', fontFamily: 'Noto Sans', borderTop: '14px solid #8a3b12' }, [
    div({ fontSize: 24, fontWeight: 700, color: '#8a3b12' }, label),
    div({ height: 360, alignItems: 'center', fontSize: text.length > 160 ? 36 : 48, fontWeight: 700, lineHeight: 1.2, borderLeft: '10px solid #b58100', paddingLeft: 28, margin: '22px 0' }, text),
    div({ fontSize: 28, fontWeight: 700 }, ['The article', ...sources].join(' › ')),
    div({ fontSize: 20, color: '#5b5750', marginTop: 10 }, \`In: \${article}\`),
  ]);
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
`,
  'src/pages/cards/[folder]/[id].png.ts': `import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { card } from '../../../card';
import { data } from '../../../lib';
export async function getStaticPaths() {
  const d = await data();
  const titles = new Map(d.articles.map((a) => [a.id, a.data.title]));
  const title = (id: string) => titles.get(id) ?? '';
  const name = (id: string) => d.sourceById.get(id)?.data.name ?? id;
  return [
    ...(await getCollection('claims')).map((c) => ({ params: { folder: 'claims', id: c.id }, props: { label: \`Claim · \${c.data.kind}\`, text: c.data.statement, sources: c.data.sources.map((s) => name(s.id)), article: title(c.data.article.id) } })),
    ...(await getCollection('quotes')).map((q) => ({ params: { folder: 'quotes', id: q.id }, props: { label: 'Quote', text: \`“\${q.data.text}”\`, sources: [name(q.data.speaker.id)], article: title(q.data.article.id) } })),
  ];
}
export const GET: APIRoute = ({ props }) => card(props.label, props.text, props.sources, props.article);
`,
};

/** The corpus in the baseline's simpler shape: the same files, the fields a plain site would keep. */
function baselineRecords(corpus: SyntheticCorpus): Record<keyof SyntheticCorpus, GeneratedRecord[]> {
  const dateValue = (date: unknown) =>
    date === undefined ? undefined : typeof date === 'object' && date !== null ? String((date as { value: unknown }).value) : String(date);
  const defined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return {
    articles: corpus.articles.map(({ id, data, body }) => ({
      id,
      body,
      data: { title: data['title'], summary: data['summary'], published: dateValue(data['published']), publisher: data['publisher'] },
    })),
    sources: corpus.sources.map(({ id, data, body }) => ({
      id,
      body,
      data: defined({ name: data['name'], kind: data['kind'], description: data['description'], partOf: data['partOf'] }),
    })),
    claims: corpus.claims.map(({ id, data, body }) => ({
      id,
      body,
      data: {
        article: data['article'],
        statement: data['statement'],
        kind: data['kind'],
        status: data['status'] ?? 'unverified',
        sources: (data['attribution'] as { source: string; venue?: string }[]).flatMap((link) => (link.venue ? [link.source, link.venue] : [link.source])),
        events: data['events'] ?? [],
      },
    })),
    quotes: corpus.quotes.map(({ id, data, body }) => ({
      id,
      body,
      data: { article: data['article'], text: data['text'], speaker: data['speaker'], claims: data['claims'] ?? [] },
    })),
    events: corpus.events.map(({ id, data, body }) => ({
      id,
      body,
      data: defined({ article: data['article'], title: data['title'], date: dateValue(data['date']) }),
    })),
  };
}

/** Write the baseline project, code and content, at `dir`; with `cards`, a share card per claim and quote. */
export function baselineProject(repo: string, dir: string, corpus: SyntheticCorpus, { cards = false } = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries({ ...FILES, ...(cards ? CARD_FILES : {}) })) write(join(dir, file), text);
  linkModules(repo, dir);
  for (const [collection, records] of Object.entries(baselineRecords(corpus))) {
    for (const record of records) {
      write(join(dir, 'content', collection, `${record.id}.md`), `---\n${stringify(record.data, { lineWidth: 0 })}---\n${record.body}`);
    }
  }
}
