import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_PREFIX, type SharedState } from './types.ts';

/**
 * The sliding window, atomically in Redis: one sorted set per key, one member per attempt scored by its time.
 *
 * Why a Lua script and not MULTI (ZREMRANGEBYSCORE/ZADD/ZCARD): a refused attempt must not be recorded (else a
 * client that keeps retrying is locked out for ever, and the memory backend does not record it either), and a
 * transaction cannot decide between its commands; MULTI would have to add, count, then remove again, and two
 * replicas racing in between both see each other's extra member and both refuse. The script runs alone, in one
 * round trip. The time is Redis's own (TIME), so replicas whose clocks differ still agree on the window.
 * Answers 0 when the attempt is recorded, else the seconds until the oldest attempt leaves the window.
 */
const SLIDING_WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, math.ceil((tonumber(oldest[2]) + window - now) / 1000))
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

/** During an incident on a connection that stays open (a hung Redis), one command is tried this often. */
const PROBE_MS = 2_000;

type WithScripts = Redis & { congSlidingWindow(key: string, limit: number, windowMs: number, member: string): Promise<number> };

export type RedisStateOptions = {
  /** Key prefix (REDIS_PREFIX); `cong:` by default. */
  prefix?: string;
  /** Milliseconds a command may take before it counts as failed: a hung Redis must not hang a form post. */
  commandTimeoutMs?: number;
  /** Where the once-per-incident warnings go (tests listen). */
  log?: (line: string) => void;
};

/**
 * Shared state in Redis (REDIS_URL), for any number of site processes. Redis unreachable or hung: limits and
 * claims let the submission through (fail open: the CMS still applies its own limits and idempotency), with one
 * warning line when the incident starts and one when Redis answers again — never one per request, never a 500.
 */
export class RedisState implements SharedState {
  readonly #redis: WithScripts;
  readonly #prefix: string;
  readonly #log: (line: string) => void;
  readonly #url: string;
  #incident = false;
  #failedAt = 0;

  constructor(url: string, options: RedisStateOptions = {}) {
    this.#prefix = options.prefix ?? DEFAULT_PREFIX;
    this.#url = redactedUrl(url);
    this.#log = options.log ?? ((line) => console.warn(line));
    this.#redis = new Redis(url, {
      // Fail fast rather than queue for ever: a command waits at most for one reconnection attempt and
      // commandTimeoutMs, then its caller fails open.
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    }) as WithScripts;
    this.#redis.defineCommand('congSlidingWindow', { numberOfKeys: 1, lua: SLIDING_WINDOW });
    // Without a listener, ioredis prints every failed reconnection; one line per incident is enough.
    this.#redis.on('error', (error: Error) => this.#failed(error));
    this.#redis.on('ready', () => this.#answered());
  }

  async hit(key: string, limit: number, windowMs: number): Promise<number | null> {
    const wait = await this.#attempt(() => this.#redis.congSlidingWindow(this.#prefix + key, limit, windowMs, randomUUID()), 0);
    return wait > 0 ? wait : null;
  }

  async claimOnce(key: string, ttlMs: number, value = '1'): Promise<boolean> {
    return this.#attempt(async () => (await this.#redis.set(this.#prefix + key, value, 'PX', ttlMs, 'NX')) === 'OK', true);
  }

  recall(key: string): Promise<string | null> {
    return this.#attempt(() => this.#redis.get(this.#prefix + key), null);
  }

  /** SET NX then GET: whichever replica comes first writes the secret, every one reads the same; no expiry. */
  async sharedSecret(name: string): Promise<string> {
    const key = `${this.#prefix}secret:${name}`;
    await this.#redis.set(key, randomBytes(32).toString('hex'), 'NX');
    const secret = await this.#redis.get(key);
    if (!secret) throw new Error(`Redis lost ${key} between SET NX and GET`);
    return secret;
  }

  async close(): Promise<void> {
    this.#redis.disconnect();
  }

  /** One command; when Redis cannot answer it, the fail-open `fallback` instead of an error. */
  async #attempt<T>(command: () => Promise<T>, fallback: T): Promise<T> {
    // During an incident, do not make every form post wait for a reconnection attempt or a command time-out: fail
    // open at once while ioredis reconnects, and let one command try every PROBE_MS on a connection that hangs.
    if (this.#incident && (this.#redis.status !== 'ready' || Date.now() - this.#failedAt < PROBE_MS)) return fallback;
    try {
      const result = await command();
      this.#answered();
      return result;
    } catch (error) {
      this.#failed(error as Error);
      return fallback;
    }
  }

  #failed(error: Error): void {
    this.#failedAt = Date.now();
    if (this.#incident) return;
    this.#incident = true;
    this.#log(
      `[site] shared state: Redis at ${this.#url} does not answer (${error.message}); rate limits and used-token checks ` +
        'let submissions through until it does. Hint: check REDIS_URL and that Redis runs.',
    );
  }

  #answered(): void {
    if (!this.#incident) return;
    this.#incident = false;
    this.#log(`[site] shared state: Redis at ${this.#url} answers again; limits are shared again`);
  }
}

/** The URL without its password, for a log line. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
