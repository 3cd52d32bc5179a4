/**
 * A worker thread that draws share cards into the card cache (src/lib/cards-pool.ts). Node runs it
 * from its source file (type stripping), outside Vite: it imports only plain modules.
 */
import { parentPort } from 'node:worker_threads';
import type { CardInput } from './cards.ts';
import { cachedCard } from './cards-cache.ts';

export interface CardJob {
  id: number;
  input: CardInput;
  cacheDir?: string | undefined;
}

export type CardJobResult = { id: number; ok: true; ms: number; cached: boolean } | { id: number; ok: false; error: string };

parentPort?.on('message', async (job: CardJob) => {
  try {
    const result = await cachedCard(job.input, job.cacheDir === undefined ? {} : { cacheDir: job.cacheDir });
    parentPort?.postMessage({ id: job.id, ok: true, ms: result.ms, cached: result.cached } satisfies CardJobResult);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies CardJobResult);
  }
});
