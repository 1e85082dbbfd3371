import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { HmacSha256 } from './hmac.ts';

/**
 * Anti-spam for the public forms (questions, ratings, comments on drafts), without JavaScript, CAPTCHAs or
 * cookies:
 * - a honeypot field a person never sees or fills;
 * - a signed timing token issued with the form: a post sooner than MIN_AGE after the form was served is a bot,
 *   one older than MAX_AGE must be sent again; its nonce is the submission's idempotency key, so pressing
 *   "Gửi" twice files one question;
 * - sliding-window rate limits per client address and per e-mail address.
 */
export const HONEYPOT_FIELD = 'website';
export const TOKEN_FIELD = 'form-token';
export const MIN_AGE_MS = 3_000;
export const MAX_AGE_MS = 2 * 3600_000;

export type TokenCheck = { ok: true; nonce: string } | { ok: false; reason: 'malformed' | 'too-fast' | 'expired' };

export type FormAges = { minAgeMs?: number; maxAgeMs?: number };

export class FormSigner {
  /** HMAC-SHA256 over the secret, pads prepared once: a cached page with a form signs a token per view (hmac.ts). */
  readonly #hmac: HmacSha256;
  readonly #minAgeMs: number;
  readonly #maxAgeMs: number;
  /** Each form may set its own ages: a comment takes longer to write than a question, and may stay open a day. */
  constructor(secret: string | undefined, ages: FormAges = {}) {
    this.#hmac = new HmacSha256(secret ? Buffer.from(secret) : randomBytes(32));
    this.#minAgeMs = ages.minAgeMs ?? MIN_AGE_MS;
    this.#maxAgeMs = ages.maxAgeMs ?? MAX_AGE_MS;
  }

  /**
   * `bound` ties the token to what the form was served for (the rating form: its page's path), so it is valid
   * for that only.
   */
  issue(now: number = Date.now(), bound = ''): string {
    const payload = `${now.toString(36)}.${randomUUID()}`;
    return `${payload}.${this.#sign(bound ? `${payload}|${bound}` : payload)}`;
  }

  check(token: string | null | undefined, now: number = Date.now(), bound = ''): TokenCheck {
    const parts = (token ?? '').split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [issued, nonce, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.#sign(bound ? `${issued}.${nonce}|${bound}` : `${issued}.${nonce}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'malformed' };
    const age = now - Number.parseInt(issued, 36);
    if (!Number.isFinite(age) || age < this.#minAgeMs) return { ok: false, reason: 'too-fast' };
    if (age > this.#maxAgeMs) return { ok: false, reason: 'expired' };
    return { ok: true, nonce };
  }

  /** A stable, non-reversible key for a client address or e-mail (what the CMS stores as `senderKey`). */
  key(value: string): string {
    return this.#sign(`key:${value.toLowerCase()}`).slice(0, 32);
  }

  #sign(payload: string): string {
    return this.#hmac.sign(payload);
  }
}

/** Sliding-window counter: at most `limit` events per key per `windowMs`. In memory: one site process. */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly maxKeys = 50_000,
  ) {}

  /** Records an attempt; false when the key is over its limit (the attempt is not recorded then). */
  take(key: string, now: number = Date.now()): boolean {
    return this.attempt(key, now) === null;
  }

  /** Records an attempt and answers null; or, over the limit, the seconds until the oldest attempt expires. */
  attempt(key: string, now: number = Date.now()): number | null {
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.#hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
    }
    recent.push(now);
    this.#hits.delete(key);
    this.#hits.set(key, recent);
    // Oldest keys go first when memory is bounded (Map keeps insertion order).
    while (this.#hits.size > this.maxKeys) this.#hits.delete(this.#hits.keys().next().value!);
    return null;
  }
}
