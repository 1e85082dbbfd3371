import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The comment API's anti-automation token. `GET /api/v1/drafts/<slug>` carries one (`commentToken`); a
 * `POST /api/v1/drafts/<slug>/comments` must send it back. It proves the client read the draft recently from this
 * site, it cannot be reused for another draft, and it is not unique per request: it names a 15-minute bucket and
 * is the same for everyone in it, so the draft's JSON (and the pages, once cached) can be shared by caches. It
 * lives 24 hours, so a resend with the same idempotency key works with the same token. Rotating the secret
 * (COMMENT_FORM_SECRET) voids every token at once.
 */
export const BUCKET_MS = 15 * 60_000;
export const VALID_BUCKETS = 96;

export type ApiTokenCheck = 'ok' | 'missing' | 'invalid' | 'expired';

export class CommentApiTokens {
  readonly #secret: string;
  constructor(secret: string) {
    this.#secret = secret;
  }

  issue(slug: string, now: number = Date.now()): string {
    const bucket = Math.floor(now / BUCKET_MS);
    return `${bucket.toString(36)}.${this.#sign(slug, bucket)}`;
  }

  check(slug: string, token: unknown, now: number = Date.now()): ApiTokenCheck {
    if (typeof token !== 'string' || token === '') return 'missing';
    const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return 'invalid';
    const bucket = Number.parseInt(match[1]!, 36);
    const expected = Buffer.from(this.#sign(slug, bucket));
    const given = Buffer.from(match[2]!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    const age = Math.floor(now / BUCKET_MS) - bucket;
    if (age < 0) return 'invalid';
    return age >= VALID_BUCKETS ? 'expired' : 'ok';
  }

  #sign(slug: string, bucket: number): string {
    return createHmac('sha256', this.#secret).update(`comment-api|${slug}|${bucket}`).digest('base64url');
  }
}
