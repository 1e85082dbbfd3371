import { randomBytes } from 'node:crypto';
import type { SharedState } from './types.ts';

/**
 * One process's shared state, in memory: what the site always did (one `npm start`, or one replica per state).
 * Bounded: the oldest keys go first once `maxKeys` are held (a Map keeps insertion order, and a key written is
 * moved to the end), so a flood of addresses costs a fixed amount of memory.
 */
export class MemoryState implements SharedState {
  readonly #hits = new Map<string, number[]>();
  readonly #claims = new Map<string, { value: string; until: number }>();
  readonly #secrets = new Map<string, string>();
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: { maxKeys?: number; now?: () => number } = {}) {
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<number | null> {
    return this.hitSync(key, limit, windowMs);
  }

  /** The sliding window itself (a log of attempt times per key), synchronous for the unit tests. */
  hitSync(key: string, limit: number, windowMs: number, now: number = this.#now()): number | null {
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < windowMs);
    if (recent.length >= limit) {
      this.#hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
    }
    recent.push(now);
    this.#put(this.#hits, key, recent);
    return null;
  }

  async claimOnce(key: string, ttlMs: number, value = '1'): Promise<boolean> {
    const now = this.#now();
    const held = this.#claims.get(key);
    if (held && held.until > now) return false;
    this.#put(this.#claims, key, { value, until: now + ttlMs });
    return true;
  }

  async recall(key: string): Promise<string | null> {
    const held = this.#claims.get(key);
    return held && held.until > this.#now() ? held.value : null;
  }

  async sharedSecret(name: string): Promise<string> {
    let secret = this.#secrets.get(name);
    if (!secret) this.#secrets.set(name, (secret = randomBytes(32).toString('hex')));
    return secret;
  }

  async close(): Promise<void> {}

  #put<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    while (map.size > this.#maxKeys) map.delete(map.keys().next().value!);
  }
}
