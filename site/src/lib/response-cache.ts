/**
 * The in-memory cache in front of the CMS: one entry per request URL, bounded (least recently used goes first),
 * concurrent identical requests share one load, and everything becomes stale at once when the CMS's change
 * counter moves. Pure (no network, clock injectable) so the invalidation rules are unit-tested.
 *
 * Freshness rules:
 * - while the change feed is readable, an entry is fresh until the feed's version changes (no TTL: a page view
 *   costs no CMS round-trip however old the entry is);
 * - while the CMS answers but has no change feed, entries live `ttlWithoutFeedMs`, so edits still show up;
 * - while the CMS is unreachable, every entry is served, stale or not ("serve from cache if present").
 * A stale entry is also the fallback when its reload fails.
 */

export type FeedState =
  /** Version read successfully: invalidate on change only. */
  | 'tracking'
  /** The CMS answers but has no `/api/site-sync/version`: fall back to a short TTL. */
  | 'no-feed'
  /** The last read failed (CMS down or unreachable): serve what we have. */
  | 'offline';

interface Entry<V> {
  value: V;
  generation: number;
  storedAt: number;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Lifetime of an entry while the CMS has no change feed. */
  ttlWithoutFeedMs?: number;
  now?: () => number;
  /** Told when a stale entry stood in for a failed load (for logging). */
  onStaleServed?: (key: string, error: unknown) => void;
}

export class ResponseCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #inflight = new Map<string, Promise<V>>();
  readonly #maxEntries: number;
  readonly #ttlWithoutFeedMs: number;
  readonly #now: () => number;
  readonly #onStaleServed: ((key: string, error: unknown) => void) | undefined;
  #generation = 0;
  #version: string | null = null;
  #feed: FeedState = 'no-feed';

  constructor(options: ResponseCacheOptions) {
    this.#maxEntries = options.maxEntries;
    this.#ttlWithoutFeedMs = options.ttlWithoutFeedMs ?? 2_000;
    this.#now = options.now ?? Date.now;
    this.#onStaleServed = options.onStaleServed;
  }

  get size(): number {
    return this.#entries.size;
  }

  get version(): string | null {
    return this.#version;
  }

  get feed(): FeedState {
    return this.#feed;
  }

  /**
   * The cached value for `key`, or the result of `load()` (stored for next time). Concurrent calls with the
   * same key while a load runs share it. If `load` fails and an older value exists, that value is returned.
   */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const entry = this.#entries.get(key);
    if (entry && this.#isServable(entry)) {
      this.#touch(key, entry);
      return entry.value;
    }
    const pending = this.#inflight.get(key);
    if (pending) return pending;

    const promise = this.#load(key, load, this.#generation);
    this.#inflight.set(key, promise);
    const settled = () => {
      if (this.#inflight.get(key) === promise) this.#inflight.delete(key);
    };
    promise.then(settled, settled);
    return promise;
  }

  async #load(key: string, load: () => Promise<V>, generation: number): Promise<V> {
    try {
      const value = await load();
      // A load that began before an invalidation may carry pre-change data: hand it to its callers only.
      if (generation === this.#generation) this.#store(key, { value, generation, storedAt: this.#now() });
      return value;
    } catch (error) {
      const fallback = this.#entries.get(key);
      if (fallback) {
        this.#onStaleServed?.(key, error);
        return fallback.value;
      }
      throw error;
    }
  }

  /**
   * Records the CMS's current change counter. Returns true when it differs from the last one seen, in which
   * case every entry became stale. The first version seen also invalidates: entries loaded before it may
   * predate it.
   */
  observeVersion(version: string): boolean {
    this.#feed = 'tracking';
    if (version === this.#version) return false;
    const first = this.#version === null;
    this.#version = version;
    if (first && this.#entries.size === 0 && this.#inflight.size === 0) return false;
    this.invalidate();
    return true;
  }

  /** The CMS answered but has no change feed: entries now expire after the short TTL. */
  observeNoFeed(): void {
    this.#feed = 'no-feed';
    this.#version = null;
  }

  /** The CMS did not answer: keep serving everything cached until it is back. */
  observeOffline(): void {
    this.#feed = 'offline';
  }

  /** Makes every entry stale and detaches running loads, so the next request reloads. */
  invalidate(): void {
    this.#generation += 1;
    this.#inflight.clear();
  }

  #isServable(entry: Entry<V>): boolean {
    if (this.#feed === 'offline') return true;
    if (entry.generation !== this.#generation) return false;
    if (this.#feed === 'tracking') return true;
    return this.#now() - entry.storedAt < this.#ttlWithoutFeedMs;
  }

  #touch(key: string, entry: Entry<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }

  #store(key: string, entry: Entry<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
