import { LRUCache } from 'lru-cache';

/**
 * At most `limit` events per key per `windowMs`, in memory, with a bounded number of keys (review L11): a key
 * is forgotten once its window has passed (lru-cache's TTL) or, past `maxKeys`, when it is the least recently
 * used, so a flood of new keys (unique e-mail addresses, spread client addresses) cannot grow the heap.
 * Forgetting a key early only ever lets its owner through sooner; it never refuses anyone wrongly.
 */
export class SlidingWindowLimiter {
  private readonly hits: LRUCache<string, number[]>;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    maxKeys = 50_000,
  ) {
    this.hits = new LRUCache<string, number[]>({ max: maxKeys, ttl: windowMs });
  }

  /** Seconds until `key` may act again, or null when it may act now. Records nothing. */
  retryAfter(key: string, now: number = Date.now()): number | null {
    const times = this.recent(key, now);
    if (times.length < this.limit) return null;
    return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000));
  }

  /** Records one event for `key`; the key lives as long as its newest event counts. */
  record(key: string, now: number = Date.now()): void {
    this.hits.set(key, [...this.recent(key, now), now], { ttl: this.windowMs });
  }

  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
}
