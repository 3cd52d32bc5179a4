/**
 * A worker thread of the build pool (src/lib/build-pool.ts): lays out graphs with elkjs and draws
 * share cards into the card cache. Node runs it from its source file (type stripping), outside
 * Vite: it imports only plain modules, each the first time it is needed.
 */
import { parentPort } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { CardInput } from './cards.ts';

export type BuildJob =
  | { id: number; kind: 'card'; input: CardInput; cacheDir?: string | undefined }
  | { id: number; kind: 'layout'; graph: ElkNode };

export type BuildJobResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

let elk: { layout: (graph: ElkNode) => Promise<ElkNode> } | undefined;

async function run(job: BuildJob): Promise<unknown> {
  if (job.kind === 'layout') {
    if (!elk) {
      const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
      elk = new ELK();
    }
    return elk.layout(job.graph);
  }
  const { cachedCard } = await import('./cards-cache.ts');
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
