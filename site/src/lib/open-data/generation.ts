import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { requestContext } from '../server/request-context.ts';

/**
 * The open-data files as one generation: every file and the figures the page and the manifest show about it (size,
 * SHA-256, records) come from one pass over the CMS, written into a folder of its own, and are swapped in together,
 * so the page never describes bytes other than the ones it links to.
 *
 * Regenerated on publish, lazily: a change the CMS announces (the change feed, page-cache/invalidation.ts) to
 * anything a generation read — its cache tags, recorded by the CMS client as for a page — marks it stale; the next
 * request for the page, the manifest or a file starts a new generation and waits for it a moment (`freshWaitMs`),
 * else gets the stale one, which keeps answering until the new one is in. Nothing is generated while nobody asks:
 * an import of thousands of documents does not rebuild the files after every batch.
 */

export type Generation<M> = {
  id: string;
  dir: string;
  /** What the generation produced (the manifest). */
  result: M;
  /** The cache tags of everything it read. */
  tags: ReadonlySet<string>;
  stale: boolean;
};

export interface GenerationsOptions<M> {
  /** Where generations are written; one folder each, only this process's own removed. */
  root: string;
  /** Writes one generation's files into `dir` and returns what describes them. */
  generate: (dir: string) => Promise<M>;
  /** How long a request waits for a generation under way before it takes the stale one. */
  freshWaitMs?: number;
  /** How long a request waits for the very first generation before `notReady` is thrown (a province's takes minutes). */
  firstWaitMs?: number;
  /** The error for a request that found no generation yet (the first one still running). */
  notReady?: () => Error;
  /** After a failed generation, none is tried again for this long (the CMS is down: don't hammer it). */
  retryAfterMs?: number;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
  now?: () => number;
}

/** A generation's folder is removed this long after it was replaced: downloads that started from it finish. */
const KEEP_REPLACED_MS = 60_000;
/** Leftover folders of processes that are gone are removed once this old. */
const LEFTOVER_MS = 24 * 3_600_000;

export class Generations<M> {
  readonly #root: string;
  readonly #generate: (dir: string) => Promise<M>;
  readonly #freshWaitMs: number;
  readonly #firstWaitMs: number;
  readonly #notReady: () => Error;
  readonly #retryAfterMs: number;
  readonly #log: Pick<Console, 'info' | 'warn' | 'error'>;
  readonly #now: () => number;
  #current: Generation<M> | null = null;
  #running: Promise<Generation<M>> | null = null;
  /** What was invalidated while the running generation read the CMS: it may hold the state from before. */
  #invalidatedDuringRun: Set<string> | 'all' | null = null;
  #failedAt = -Infinity;
  #lastError: unknown = null;
  #cleaned = false;
  #count = 0;

  constructor(options: GenerationsOptions<M>) {
    this.#root = options.root;
    this.#generate = options.generate;
    this.#freshWaitMs = options.freshWaitMs ?? 2_000;
    this.#firstWaitMs = options.firstWaitMs ?? 20_000;
    this.#notReady = options.notReady ?? (() => new Error('the first open-data generation is still running'));
    this.#retryAfterMs = options.retryAfterMs ?? 10_000;
    this.#log = options.log ?? console;
    this.#now = options.now ?? Date.now;
  }

  /** A change announced by the CMS: the current generation is stale if it read any of it. */
  invalidate(tags: readonly string[] | 'all'): void {
    const current = this.#current;
    if (current && !current.stale && (tags === 'all' || tags.some((tag) => current.tags.has(tag)))) current.stale = true;
    if (this.#running && this.#invalidatedDuringRun !== 'all') {
      if (tags === 'all') this.#invalidatedDuringRun = 'all';
      else for (const tag of tags) this.#invalidatedDuringRun?.add(tag);
    }
  }

  /**
   * The generation to answer with: the current one when fresh; else a new one, waited for up to `freshWaitMs`,
   * the stale one standing in meanwhile. With none at all: the first, waited for up to `firstWaitMs` (then
   * `notReady`; it goes on, for the next request), or the error that stopped it (the CMS cannot give one).
   */
  async current(): Promise<Generation<M>> {
    const current = this.#current;
    if (current && !current.stale) return current;
    const next = this.#start();
    if (!current) {
      if (!next) throw this.#lastError;
      return within(next, this.#firstWaitMs, () => Promise.reject(this.#notReady()));
    }
    if (!next) return current;
    return within(
      next.catch(() => current),
      this.#freshWaitMs,
      () => Promise.resolve(current),
    );
  }

  /** The running generation, a new one, or null while a failure is fresh. */
  #start(): Promise<Generation<M>> | null {
    if (this.#running) return this.#running;
    if (this.#now() - this.#failedAt < this.#retryAfterMs) return null;
    this.#invalidatedDuringRun = new Set();
    const running = this.#run().finally(() => {
      if (this.#running === running) this.#running = null;
    });
    this.#running = running;
    running.catch(() => {}); // a waiter that timed out must not leave an unhandled rejection
    return running;
  }

  async #run(): Promise<Generation<M>> {
    if (!this.#cleaned) await this.#removeLeftovers();
    const id = `${process.pid}-${this.#now().toString(36)}-${randomBytes(4).toString('hex')}`;
    const dir = join(this.#root, id);
    await mkdir(dir, { recursive: true });
    const context = { requestId: `open-data-${++this.#count}`, tags: new Set<string>() };
    try {
      const result = await requestContext.run(context, () => this.#generate(dir));
      const during = this.#invalidatedDuringRun;
      const stale = during === 'all' || [...(during ?? [])].some((tag) => context.tags.has(tag));
      const generation: Generation<M> = { id, dir, result, tags: context.tags, stale };
      const replaced = this.#current;
      this.#current = generation;
      if (replaced) setTimeout(() => void rm(replaced.dir, { recursive: true, force: true }), KEEP_REPLACED_MS).unref();
      this.#failedAt = -Infinity;
      return generation;
    } catch (error) {
      this.#failedAt = this.#now();
      this.#lastError = error;
      this.#log.warn(`[open-data] could not generate the files: ${error instanceof Error ? error.message : String(error)}`);
      await rm(dir, { recursive: true, force: true });
      throw error;
    } finally {
      this.#invalidatedDuringRun = null;
    }
  }

  /** This process's earlier folders (same pid: a container restarted), and anyone's a day old. */
  async #removeLeftovers(): Promise<void> {
    this.#cleaned = true;
    const names = await readdir(this.#root).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.#root, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isDirectory()) continue;
      if (name.startsWith(`${process.pid}-`) || this.#now() - info.mtimeMs > LEFTOVER_MS) await rm(path, { recursive: true, force: true });
    }
  }
}

/** `promise`, or `fallback()` once `ms` passed first. */
async function within<T>(promise: Promise<T>, ms: number, fallback: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([promise, late]);
    return first === 'late' ? await fallback() : first;
  } finally {
    clearTimeout(timer);
  }
}
