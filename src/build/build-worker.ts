/**
 * A worker thread of the build pool (src/build/build-pool.ts): lays out graphs with elkjs and draws
 * share cards into the card cache. Node runs it from its source file (type stripping), outside
 * Vite: it imports only plain modules, each the first time it is needed.
 */
import { parentPort } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { CardInput } from '../model/cards.ts';
import { localEngine as layout } from '../render/graph-layout.ts';

export type BuildJob = { id: number; kind: 'card'; input: CardInput; cacheDir?: string | undefined } | { id: number; kind: 'layout'; graph: ElkNode };

export type BuildJobResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Two small nodes and an edge: enough for elkjs to load and run its layered algorithm once. */
const WARM_GRAPH: ElkNode = {
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
  children: [
    { id: 'a', width: 40, height: 20 },
    { id: 'b', width: 40, height: 20 },
  ],
  edges: [{ id: 'e', sources: ['a'], targets: ['b'], labels: [{ text: 'said', width: 30, height: 14 }] }],
};

/**
 * As it starts, the worker loads elkjs, satori, resvg and the card fonts, and runs each once: the
 * first layout and the first card of a fresh worker would take ten times as long as the next ones
 * (modules to load, WOFF fonts to inflate and parse, code not yet compiled). The first worker starts
 * with the build (src/build/integrations/build-workers.ts), so this happens while Astro checks the content
 * and bundles the site, off the build's path. Jobs that arrive meanwhile wait for it.
 */
async function warm(): Promise<void> {
  await layout(structuredClone(WARM_GRAPH));
  const { renderCard } = await import('../render/cards.ts');
  // Latin and Arabic, regular and bold: every card font is read and parsed.
  await renderCard({
    kind: 'claim',
    id: 'warm-up',
    label: 'Claim',
    kindWords: 'claim',
    text: 'Warm-up',
    chain: [{ name: 'Warm-up', verb: 'said', native: { text: 'حامد', lang: 'ar' } }],
    status: 'Warm-up',
    article: 'Warm-up',
    site: '',
  });
}

// A warm-up that fails (a font gone) leaves the real job to fail and say why.
const warmed = warm().catch(() => undefined);

async function run(job: BuildJob): Promise<unknown> {
  await warmed;
  if (job.kind === 'layout') return layout(job.graph);
  const { cachedCard } = await import('./card-cache.ts');
  const result = await cachedCard(job.input, job.cacheDir === undefined ? {} : { cacheDir: job.cacheDir });
  return { ms: result.ms, cached: result.cached };
}

parentPort?.on('message', async (job: BuildJob) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, value: await run(job) } satisfies BuildJobResult);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies BuildJobResult);
  }
});
