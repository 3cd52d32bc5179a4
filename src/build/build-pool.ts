import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { CardInput } from '../model/cards.ts';
import { localEngine, type LayoutEngine } from '../render/graph-layout.ts';
import { wholeNumberSetting } from './settings.ts';
import { cachedLayouts } from './layout-cache.ts';
import type { BuildJob, BuildJobResult } from './build-worker.ts';

/**
 * Worker threads for the two pieces of a build that take a core's time and need nothing of Astro:
 * laying out the attribution graphs (elkjs, 10 to 20 ms a graph) and drawing the share cards
 * (satori and resvg, 20 to 30 ms a card). Astro renders every page in one thread, so the routes
 * hand this pool all their work as soon as their paths are known, the workers do it on the other
 * cores, and each page or endpoint waits for its own result while others render (`build.concurrency`
 * in astro.config.ts). Results are the same as done in the build's
 * own thread: the pool only changes where and when.
 *
 * Layouts go before cards: the graph and article pages that need them are rendered first, the
 * cards last. `BUILD_WORKERS=0 npm run build` does everything in the build's own thread; any other
 * number sets how many workers there can be (default: one per core), started as the work needs them.
 */

const WORKER_FILE = join(process.cwd(), 'src', 'build', 'build-worker.ts');

/** Layouts a worker takes at once: while one waits on elkjs's timers, the next one runs. A card is taken alone. */
const LAYOUTS_IN_FLIGHT = 2;

export interface DrawnCard {
  ms: number;
  cached: boolean;
}

type Job = BuildJob extends infer J ? (J extends { id: number } ? Omit<J, 'id'> : never) : never;

interface Task {
  job: Job;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs waiting for each worker running, past which the pool starts another. A fresh worker spends
 * about half a second loading elkjs and the card fonts, the time of some twenty cards: a small
 * site's few cards are done sooner by one warm worker than by two, a large site's by all of them.
 */
const JOBS_PER_WORKER = 40;

/** Workers taking jobs from two queues: layouts first, then cards, each in the order asked. */
export class BuildPool {
  readonly #layouts: Task[] = [];
  readonly #cards: Task[] = [];
  readonly #live = new Set<Worker>();
  readonly #running = new Map<number, { task: Task; worker: Worker }>();
  readonly #size: number;
  #started = 0;
  #next = 0;

  /** Up to `size` workers: one to begin with, more as jobs queue up (see JOBS_PER_WORKER). */
  constructor(size: number) {
    this.#size = size;
    if (size > 0) this.#start();
  }

  #start(): void {
    this.#started++;
    const worker = new Worker(WORKER_FILE);
    // Idle workers do not keep the build's process alive.
    worker.unref();
    worker.on('message', (result: BuildJobResult) => {
      const task = this.#running.get(result.id)?.task;
      this.#running.delete(result.id);
      if (task) {
        if (result.ok) task.resolve(result.value);
        else task.reject(new Error(result.error));
      }
      this.#pump();
    });
    // A worker that dies fails its jobs; when none is left, so does every job still queued, and
    // each page or endpoint does its own (a build never waits on work no one will do).
    worker.on('error', (error) => this.#lost(worker, error));
    worker.on('exit', () => this.#lost(worker, new Error('A build worker stopped.')));
    this.#live.add(worker);
  }

  /** Workers running now. */
  get workers(): number {
    return this.#live.size;
  }

  /** Draw a card into the cache; resolves when it is there. */
  draw(input: CardInput, cacheDir?: string): Promise<DrawnCard> {
    return this.#ask(this.#cards, { kind: 'card', input, cacheDir }) as Promise<DrawnCard>;
  }

  /** Lay out a graph with elkjs, as `new ELK().layout(graph)` would. */
  layout(graph: ElkNode): Promise<ElkNode> {
    return this.#ask(this.#layouts, { kind: 'layout', graph }) as Promise<ElkNode>;
  }

  #ask(queue: Task[], job: Job): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.#live.size === 0) return reject(new Error('No build worker is running.'));
      queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    const waiting = this.#layouts.length + this.#cards.length;
    while (this.#started < this.#size && this.#live.size > 0 && waiting > JOBS_PER_WORKER * this.#live.size) this.#start();
    for (;;) {
      const queue = this.#layouts.length > 0 ? this.#layouts : this.#cards;
      if (queue.length === 0) return;
      const kind = queue === this.#layouts ? 'layout' : 'card';
      // What each worker is doing; a worker takes a card only when idle, a layout beside other layouts.
      const busy = new Map<Worker, Job['kind'][]>([...this.#live].map((w) => [w, []]));
      for (const { task, worker } of this.#running.values()) busy.get(worker)?.push(task.job.kind);
      const free = ([, kinds]: [Worker, Job['kind'][]]) =>
        kinds.length === 0 || (kind === 'layout' && kinds.length < LAYOUTS_IN_FLIGHT && kinds.every((k) => k === 'layout'));
      const worker = [...busy].filter(free).sort((a, b) => a[1].length - b[1].length)[0]?.[0];
      if (!worker) return;
      const task = queue.shift() as Task;
      const id = this.#next++;
      this.#running.set(id, { task, worker });
      worker.postMessage({ ...task.job, id } as BuildJob);
    }
  }

  #lost(worker: Worker, error: Error): void {
    if (!this.#live.delete(worker)) return;
    for (const [id, running] of this.#running) {
      if (running.worker !== worker) continue;
      running.task.reject(error);
      this.#running.delete(id);
    }
    if (this.#live.size === 0) for (const task of [...this.#layouts.splice(0), ...this.#cards.splice(0)]) task.reject(error);
  }

  /** Stop the workers (tests; a build simply ends). */
  async close(): Promise<void> {
    await Promise.all([...this.#live].map((worker) => worker.terminate()));
  }
}

/** How many build workers: `BUILD_WORKERS`, or one per core; 0 when the worker cannot start. */
export function buildWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (!existsSync(WORKER_FILE)) return 0;
  return wholeNumberSetting(env, 'BUILD_WORKERS', 0, availableParallelism(), "workers (0 to do everything in the build's own thread)");
}

/**
 * Where the build's pool is kept, on `globalThis`: it is started by an integration
 * (src/build/integrations/build-workers.ts) in Astro's own modules and used by the routes in its
 * prerendering modules, which share no module with them.
 */
const BUILD_POOL = Symbol.for('claimline.build-pool');

/**
 * The build's pool, started on first use; undefined when there are to be no workers. Decided once a
 * build: the card routes ask for it for each of thousands of cards.
 */
export function buildPool(): BuildPool | undefined {
  const host = globalThis as { [BUILD_POOL]?: BuildPool | undefined };
  if (!(BUILD_POOL in host)) {
    const size = buildWorkers();
    host[BUILD_POOL] = size === 0 ? undefined : new BuildPool(size);
  }
  return host[BUILD_POOL];
}

/**
 * What lays out the build's graphs, for `prefetchLayouts`: elkjs in the build's workers, or in this
 * thread when there are none, with every answer kept between builds (src/build/layout-cache.ts). A
 * layout a worker fails is done again in this thread, which reports its error.
 */
export function buildLayoutEngine(): LayoutEngine {
  return cachedLayouts((graph) => {
    // The workers start with the first layout not in the cache.
    const pool = buildPool();
    return pool ? pool.layout(graph).catch(() => localEngine(graph)) : localEngine(graph);
  });
}
