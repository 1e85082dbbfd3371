import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';

/**
 * The rendered-page cache's memory: each cacheable GET answer as bytes — identity, gzip and brotli variants made
 * once when stored — with its headers, tags and age. Bounded by total bytes (lru-cache, least recently used out
 * first). An invalidated entry is kept and marked stale: the next request renders it again while others still get
 * the stale bytes, and if that render fails because the CMS is unavailable the stale bytes answer (200).
 */
export type StoredPage = {
  key: string;
  /** Response headers as sent on a hit (security, Content-Type, Cache-Control, …), without length/coding/validators. */
  headers: Record<string, string>;
  identity: Buffer;
  gzip: Buffer;
  /** Filled in the background after storing (brotli at a useful quality takes a few ms): gzip answers meanwhile. */
  br: Buffer | null;
  /** Strong validator of the identity bytes; `-gz`/`-br` suffixed for the other codings. */
  etag: string;
  /** The request path the page was rendered for. */
  path: string;
  tags: ReadonlySet<string>;
  storedAt: number;
  /** Fresh for this long, then rendered again on the next request (the stale copy answers meanwhile). */
  maxAgeMs: number;
  /** Invalidated (tags or 'all') or aged out: to be rendered again. */
  stale: boolean;
  /** A render of this key is under way: other requests get this copy, not a second render. */
  revalidating: boolean;
  size: number;
};

export type StoreOptions = { maxBytes: number; brotliQuality?: number; gzipLevel?: number; now?: () => number };

export type NewPage = { key: string; path: string; body: Buffer; headers: Record<string, string>; tags: Iterable<string>; maxAgeMs: number };

export class PageStore {
  readonly #entries: LRUCache<string, StoredPage>;
  readonly #brotliQuality: number;
  readonly #gzipLevel: number;
  readonly #now: () => number;
  /** Moves on every invalidation; a render notes it when it starts. */
  #epoch = 0;
  /**
   * The latest invalidations, newest last: a render that overlapped one of them is stored stale only if it shows
   * what that one named (the same matching as for stored entries), so an unrelated publish during a spike does not
   * send every page being rendered at that moment round again. Bounded: a render older than the list is stale.
   */
  readonly #recent: Array<{ epoch: number; tags: ReadonlySet<string> | 'all' }> = [];

  constructor(options: StoreOptions) {
    this.#entries = new LRUCache<string, StoredPage>({ maxSize: options.maxBytes, sizeCalculation: (page) => page.size });
    this.#brotliQuality = options.brotliQuality ?? 6;
    this.#gzipLevel = options.gzipLevel ?? 6;
    this.#now = options.now ?? Date.now;
  }

  get epoch(): number {
    return this.#epoch;
  }

  /** The entry for a key, fresh or stale (the caller decides); marks it stale when it has aged out. */
  get(key: string): StoredPage | undefined {
    const page = this.#entries.get(key);
    if (page && !page.stale && this.#now() - page.storedAt > page.maxAgeMs) page.stale = true;
    return page;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Stores a rendered 200; `startedEpoch` is `epoch` read before the render began. */
  put(page: NewPage, startedEpoch: number): StoredPage {
    const stored: StoredPage = {
      key: page.key,
      headers: page.headers,
      identity: page.body,
      gzip: gzipSync(page.body, { level: this.#gzipLevel }),
      br: null,
      etag: `"${createHash('sha1').update(page.body).digest('base64url')}"`,
      path: page.path,
      tags: new Set(page.tags),
      storedAt: this.#now(),
      maxAgeMs: page.maxAgeMs,
      stale: false,
      revalidating: false,
      size: 0,
    };
    stored.stale = this.#overlapped(startedEpoch, stored.tags);
    stored.size = sizeOf(stored);
    if (stored.size > this.#entries.maxSize) return stored; // larger than the whole cache: answer it, keep nothing
    this.#entries.set(page.key, stored);
    if (page.body.length > 256) {
      brotliCompress(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: this.#brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } }, (error, br) => {
        // Only if this entry is still the one stored (a newer render may have replaced it meanwhile).
        if (error || this.#entries.peek(page.key) !== stored || br.length >= stored.gzip.length) return;
        stored.br = br;
        stored.size = sizeOf(stored);
        this.#entries.set(page.key, stored); // re-set: lru-cache recounts the size
      });
    }
    return stored;
  }

  /** Marks the entries showing any of `tags` (or every entry) stale; they stay to answer while the CMS cannot. */
  invalidate(tags: readonly string[] | 'all'): number {
    this.#epoch++;
    this.#recent.push({ epoch: this.#epoch, tags: tags === 'all' ? 'all' : new Set(tags) });
    if (this.#recent.length > RECENT_INVALIDATIONS) this.#recent.shift();
    let marked = 0;
    for (const page of this.#entries.values()) {
      if (page.stale) continue;
      if (tags === 'all' || tags.some((tag) => page.tags.has(tag))) {
        page.stale = true;
        marked++;
      }
    }
    return marked;
  }

  /** Whether an invalidation since `startedEpoch` names what a page with `tags` shows. */
  #overlapped(startedEpoch: number, tags: ReadonlySet<string>): boolean {
    if (startedEpoch === this.#epoch) return false;
    const oldest = this.#recent[0];
    if (!oldest || oldest.epoch > startedEpoch + 1) return true; // the list no longer reaches back to the render's start
    return this.#recent.some(
      (change) => change.epoch > startedEpoch && (change.tags === 'all' || [...tags].some((tag) => (change.tags as ReadonlySet<string>).has(tag))),
    );
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#entries.calculatedSize };
  }
}

const RECENT_INVALIDATIONS = 256;

function sizeOf(page: StoredPage): number {
  return page.identity.length + page.gzip.length + (page.br?.length ?? 0) + page.key.length * 2 + 512;
}
