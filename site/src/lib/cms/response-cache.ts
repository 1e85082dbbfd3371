/**
 * The in-memory cache in front of the CMS: one entry per request URL, bounded (least recently used goes first),
 * concurrent identical requests share one load, and each entry is kept with the cache tags of what it holds
 * (content/src/cache-tags.ts), so a change announced by the CMS's change feed makes only the entries that showed it
 * stale. Pure (no network, clock injectable) so the invalidation rules are unit-tested.
 *
 * Freshness rules:
 * - while the change feed is readable, an entry is fresh until a change names one of its tags, or everything is
 *   invalidated (the CMS restarted, or the feed lost track) — no TTL: a page view costs no CMS round-trip however
 *   old the entry is;
 * - while the CMS answers but has no change feed, entries live `ttlWithoutFeedMs`, so edits still show up;
 * - while the CMS is unreachable, every entry is served, stale or not ("serve from cache if present").
 * A stale entry is kept (not dropped) as the fallback when its reload fails.
 */

export type FeedState =
  /** The change feed answers: invalidate on announced changes only. */
  | 'tracking'
  /** The CMS answers but has no change feed: fall back to a short TTL. */
  | 'no-feed'
  /** The last read failed (CMS down or unreachable): serve what we have. */
  | 'offline';

interface Entry<V> {
  value: V;
  tags: ReadonlySet<string>;
  stale: boolean;
  storedAt: number;
}

/** What was invalidated while a load ran: its answer may predate those changes. */
interface LoadWatch {
  tags: Set<string>;
  all: boolean;
}

export interface ResponseCacheOptions<V> {
  maxEntries: number;
  /** Lifetime of an entry while the CMS has no change feed. */
  ttlWithoutFeedMs?: number;
  now?: () => number;
  /** The tags a value carries (content/src/cache-tags.ts); without it only a full invalidation reaches an entry. */
  tagsOf?: (value: V) => Iterable<string>;
  /** Told when a stale entry stood in for a failed load (for logging). */
  onStaleServed?: (key: string, error: unknown) => void;
}

export class ResponseCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #inflight = new Map<string, Promise<V>>();
  readonly #watches = new Set<LoadWatch>();
  readonly #maxEntries: number;
  readonly #ttlWithoutFeedMs: number;
  readonly #now: () => number;
  readonly #tagsOf: (value: V) => Iterable<string>;
  readonly #onStaleServed: ((key: string, error: unknown) => void) | undefined;
  #version: string | null = null;
  #feed: FeedState = 'no-feed';

  constructor(options: ResponseCacheOptions<V>) {
    this.#maxEntries = options.maxEntries;
    this.#ttlWithoutFeedMs = options.ttlWithoutFeedMs ?? 2_000;
    this.#now = options.now ?? Date.now;
    this.#tagsOf = options.tagsOf ?? (() => []);
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

    const promise = this.#load(key, load);
    this.#inflight.set(key, promise);
    const settled = () => {
      if (this.#inflight.get(key) === promise) this.#inflight.delete(key);
    };
    promise.then(settled, settled);
    return promise;
  }

  async #load(key: string, load: () => Promise<V>): Promise<V> {
    const watch: LoadWatch = { tags: new Set(), all: false };
    this.#watches.add(watch);
    try {
      const value = await load();
      const tags = new Set(this.#tagsOf(value));
      // A load that ran across an invalidation of one of its tags may carry pre-change data: its callers get it,
      // the cache does not keep it.
      if (!watch.all && !intersects(tags, watch.tags)) this.#store(key, { value, tags, stale: false, storedAt: this.#now() });
      return value;
    } catch (error) {
      const fallback = this.#entries.get(key);
      if (fallback) {
        this.#onStaleServed?.(key, error);
        return fallback.value;
      }
      throw error;
    } finally {
      this.#watches.delete(watch);
    }
  }

  /**
   * Makes the entries carrying any of these tags stale ('all': every entry), keeping them as the fallback for a
   * failed reload. Running loads are detached, so a request after the change never joins a load that began before.
   */
  invalidate(tags: readonly string[] | 'all' = 'all'): void {
    const all = tags === 'all';
    const named = new Set(all ? [] : tags);
    if (!all && named.size === 0) return;
    // A linear pass: a few thousand entries (CMS_CACHE_MAX_ENTRIES) take well under a millisecond, and a tag index
    // would have to be kept right through every eviction.
    for (const entry of this.#entries.values()) {
      if (all || intersects(entry.tags, named)) entry.stale = true;
    }
    for (const watch of this.#watches) {
      if (all) watch.all = true;
      else for (const tag of named) watch.tags.add(tag);
    }
    this.#inflight.clear();
  }

  /**
   * For a CMS that only has the opaque counter (GET /api/site-sync/version): records it and returns true when it
   * differs from the last one seen, in which case every entry became stale. The first version seen also
   * invalidates: entries loaded before it may predate it.
   */
  observeVersion(version: string): boolean {
    this.#feed = 'tracking';
    if (version === this.#version) return false;
    const first = this.#version === null;
    this.#version = version;
    if (first && this.#entries.size === 0 && this.#inflight.size === 0) return false;
    this.invalidate('all');
    return true;
  }

  /** The change feed answered: entries stay fresh until a change names them. */
  observeTracking(): void {
    this.#feed = 'tracking';
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

  #isServable(entry: Entry<V>): boolean {
    if (this.#feed === 'offline') return true;
    if (entry.stale) return false;
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

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const tag of small) if (large.has(tag)) return true;
  return false;
}
