import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Anti-spam for the public forms (questions, ratings, comments on drafts), without JavaScript, CAPTCHAs or
 * cookies:
 * - a honeypot field a person never sees or fills;
 * - a signed timing token issued when the form's page is rendered (shared by everyone who sees that page from the
 *   rendered-page cache): a post sooner than MIN_AGE after it is a bot, one older than MAX_AGE must be sent again;
 *   what a submission's token and content decide together (its idempotency key, one per sender) is
 *   public-input/form-use.ts;
 * - sliding-window rate limits per client address and per e-mail address (shared-state/: in memory, or in Redis
 *   for several site processes).
 */
export const HONEYPOT_FIELD = 'website';
export const TOKEN_FIELD = 'form-token';
export const MIN_AGE_MS = 3_000;
export const MAX_AGE_MS = 2 * 3600_000;

export type TokenCheck = { ok: true; nonce: string } | { ok: false; reason: 'malformed' | 'too-fast' | 'expired' };

export type FormAges = { minAgeMs?: number; maxAgeMs?: number };

/**
 * The key a FormSigner signs with, and the one before it. Held apart from the signers so start-up can replace a
 * process's own random key by the one every replica shares (shared-state/form-secret.ts) without making issue()
 * and check() wait for anything: they stay synchronous. The previous key still checks tokens: a form served
 * with it just before the change is not refused.
 */
export class SigningKeys {
  #keys: Buffer[];
  constructor(secret?: string) {
    this.#keys = [secret ? Buffer.from(secret) : randomBytes(32)];
  }

  get current(): Buffer {
    return this.#keys[0]!;
  }

  /** The current key first, then the previous one. */
  get accepted(): readonly Buffer[] {
    return this.#keys;
  }

  adopt(secret: string): void {
    const key = Buffer.from(secret);
    if (key.equals(this.current)) return;
    this.#keys = [key, this.current];
  }
}

export class FormSigner {
  readonly #keys: SigningKeys;
  readonly #minAgeMs: number;
  readonly #maxAgeMs: number;
  /** Each form may set its own ages: a comment takes longer to write than a question, and may stay open a day. */
  constructor(secret: string | undefined | SigningKeys, ages: FormAges = {}) {
    this.#keys = secret instanceof SigningKeys ? secret : new SigningKeys(secret);
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
    const signed = bound ? `${issued}.${nonce}|${bound}` : `${issued}.${nonce}`;
    const given = Buffer.from(signature);
    const genuine = this.#keys.accepted.some((key) => {
      const expected = Buffer.from(this.#sign(signed, key));
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
    if (!genuine) return { ok: false, reason: 'malformed' };
    const age = now - Number.parseInt(issued, 36);
    if (!Number.isFinite(age) || age < this.#minAgeMs) return { ok: false, reason: 'too-fast' };
    if (age > this.#maxAgeMs) return { ok: false, reason: 'expired' };
    return { ok: true, nonce };
  }

  /** A stable, non-reversible key for a client address or e-mail (what the CMS stores as `senderKey`). */
  key(value: string): string {
    return this.#sign(`key:${value.toLowerCase()}`).slice(0, 32);
  }

  #sign(payload: string, key: Buffer = this.#keys.current): string {
    return createHmac('sha256', key).update(payload).digest('base64url');
  }
}
