/**
 * State that every site process must see the same way once there are several of them behind a proxy: the public
 * forms' rate limits, the comment form tokens already used, the forms' signing secret. One interface, two
 * backends: memory (one process, what `npm start` runs) and Redis (REDIS_URL: any number of replicas).
 *
 * Keys given here are relative (`limit:question:ip:<hash>`); each backend adds its prefix. Callers pass keyed
 * hashes, never an address or an e-mail in clear.
 */
export interface SharedState {
  /**
   * Records one attempt under `key` if fewer than `limit` were recorded in the last `windowMs` (a sliding
   * window) and answers null; over the limit, the attempt is not recorded and the answer is the seconds until
   * the oldest one leaves the window (≥ 1). Never throws: with its store unreachable it lets the attempt pass.
   */
  hit(key: string, limit: number, windowMs: number): Promise<number | null>;
  /**
   * Stores `value` under `key` for `ttlMs` unless something is stored there already: true the first time, false
   * while the first one lives. Unreachable store: true (let the submission through; the CMS has its own guards).
   */
  claimOnce(key: string, ttlMs: number, value?: string): Promise<boolean>;
  /** What claimOnce stored under `key`, or null (also when the store is unreachable). */
  recall(key: string): Promise<string | null>;
  /**
   * A secret of 32 random bytes (hex) that every process sharing this store gets the same: the first one to ask
   * creates it. Throws when the store cannot be reached (start-up decides what to do).
   */
  sharedSecret(name: string): Promise<string>;
  /** Closes connections (tests, shutdown). */
  close(): Promise<void>;
}

/** The prefix every Redis key of the site starts with (REDIS_PREFIX): several sites, or tests, share one Redis. */
export { DEFAULT_REDIS_PREFIX as DEFAULT_PREFIX } from '@cong/content';

/**
 * A relative key from its parts, the same on every replica: each part in Unicode NFC, without what would make a
 * key ambiguous or unreadable in `redis-cli` (a colon inside a part, spaces, control characters), so
 * `limit` + `question` + `ip` + hash is always `limit:question:ip:<hash>`. Case is kept: the hashes are base64url.
 */
export function stateKey(...parts: string[]): string {
  if (parts.length === 0 || parts.some((part) => part.trim() === '')) throw new Error(`stateKey: empty part in ${JSON.stringify(parts)}`);
  return parts.map((part) => part.normalize('NFC').trim().replace(/[\s:\p{Cc}]/gu, '_')).join(':');
}
