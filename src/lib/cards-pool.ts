import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './cards.ts';
import { cardKey, DEFAULT_CACHE_DIR } from './cards-cache.ts';
import type { CardJob, CardJobResult } from './cards-worker.ts';

/**
 * Share cards drawn in worker threads while the build renders its pages. Astro renders one page
 * at a time; drawing a card takes 20 to 30 ms of one core, most of a cold build. So the card routes
 * hand every card that is not in the cache to this pool as soon as their paths are known, the
 * workers draw them into the cache on the other cores, and each card's endpoint waits for its own
 * card and reads it from there. The cards are the same, byte for byte, as drawn in the build's own
 * thread: the pool only changes where and when.
 *
 * `CARD_WORKERS=0 npm run build` draws every card in the build's own thread, as before; any other
 * number sets how many workers draw (default: one per core).
 */

const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'cards-worker.ts');

export interface DrawnCard {
  ms: number;
  cached: boolean;
}

interface Task {
  job: CardJob;
  resolve: (result: DrawnCard) => void;
  reject: (error: Error) => void;
}

/** A fixed number of workers taking cards from one queue, in the order they were asked for. */
export class CardPool {
  readonly #queue: Task[] = [];
  readonly #idle: Worker[] = [];
  readonly #running = new Map<number, { task: Task; worker: Worker }>();
  readonly #live = new Set<Worker>();
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      // Idle workers do not keep the build's process alive.
      worker.unref();
      worker.on('message', (result: CardJobResult) => {
        const task = this.#running.get(result.id)?.task;
        this.#running.delete(result.id);
        if (task) {
          if (result.ok) task.resolve({ ms: result.ms, cached: result.cached });
          else task.reject(new Error(result.error));
        }
        this.#idle.push(worker);
        this.#pump();
      });
      // A worker that dies fails its card; when none is left, so does every card still queued,
      // and each endpoint draws its own (a build never waits on a card no one will draw).
      worker.on('error', (error) => this.#lost(worker, error));
      worker.on('exit', () => this.#lost(worker, new Error('A card worker stopped.')));
      this.#live.add(worker);
      this.#idle.push(worker);
    }
  }

  /** Draw a card into the cache; resolves when it is there. */
  draw(input: CardInput, cacheDir?: string): Promise<DrawnCard> {
    return new Promise((resolve, reject) => {
      if (this.#live.size === 0) return reject(new Error('No card worker is running.'));
      this.#queue.push({ job: { id: this.#next++, input, cacheDir }, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const task = this.#queue.shift() as Task;
      this.#running.set(task.job.id, { task, worker });
      worker.postMessage(task.job);
    }
  }

  #lost(worker: Worker, error: Error): void {
    if (!this.#live.delete(worker)) return;
    for (const [id, running] of this.#running) {
      if (running.worker !== worker) continue;
      running.task.reject(error);
      this.#running.delete(id);
    }
    const idle = this.#idle.indexOf(worker);
    if (idle !== -1) this.#idle.splice(idle, 1);
    if (this.#live.size === 0) for (const task of this.#queue.splice(0)) task.reject(error);
  }

  /** Stop the workers (tests; a build simply ends). */
  async close(): Promise<void> {
    await Promise.all([...this.#live].map((worker) => worker.terminate()));
  }
}

/** How many workers draw cards: `CARD_WORKERS`, or one per core; 0 when the worker cannot start. */
export function cardWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env['CARD_WORKERS'];
  if (!existsSync(WORKER_FILE)) return 0;
  if (asked !== undefined && asked !== '') {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) throw new Error(`CARD_WORKERS must be a whole number of workers (0 to draw cards in the build's own thread); it is "${asked}".`);
    return n;
  }
  return availableParallelism();
}

/** The host the cards name, as a card endpoint sees it (`site` in astro.config.ts), for the cards asked for ahead. */
export function siteHost(): string {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '';
}

let pool: CardPool | undefined;
const pending = new Map<string, Promise<DrawnCard>>();

/**
 * Start drawing, in workers, every card of `inputs` that the cache does not have yet. Cards already
 * asked for are not asked again. Does nothing when there are no workers.
 */
export function prefetchCards(inputs: readonly CardInput[], cacheDir = DEFAULT_CACHE_DIR): void {
  const size = cardWorkers();
  if (size === 0) return;
  for (const input of inputs) {
    const key = cardKey(input);
    if (pending.has(key) || existsSync(join(cacheDir, `${key}.png`))) continue;
    pool ??= new CardPool(size);
    const drawn = pool.draw(input, cacheDir);
    // A failure is reported by the card's own endpoint, which draws it again in its thread.
    drawn.catch(() => undefined);
    pending.set(key, drawn);
  }
}

/** The card being drawn in a worker, if it was asked for; forgotten once taken. */
export function takePrefetched(input: CardInput): Promise<DrawnCard> | undefined {
  const key = cardKey(input);
  const drawn = pending.get(key);
  pending.delete(key);
  return drawn;
}
