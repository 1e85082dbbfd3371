import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A subscription's link secrets (content's `newLinkToken`: `<id>.<secret>`) are stored only as hashes: whoever
 * reads the database (a backup, a dump) cannot confirm or cancel anyone's subscription with what is in it. The
 * secret is 32 random bytes, so a plain SHA-256 is enough (nothing to brute-force, no need for a slow hash).
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Whether a secret is the one a stored hash was made from (compared in constant time). */
export function secretMatches(secret: string, hash: unknown): boolean {
  if (typeof hash !== 'string' || hash.length === 0) return false;
  const a = Buffer.from(secretHash(secret));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Each digest carries a fresh unsubscribe link, and the subscription keeps the hashes of the last
 * UNSUBSCRIBE_LINKS_KEPT: the link in any of the recent mails (one a day at most: two months) still works, and
 * the stored list stays small. Newest first.
 */
export const UNSUBSCRIBE_LINKS_KEPT = 60;

export function withUnsubscribeHash(stored: unknown, hash: string): string[] {
  const previous = Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
  return [hash, ...previous.filter((h) => h !== hash)].slice(0, UNSUBSCRIBE_LINKS_KEPT);
}

/** Whether a secret matches any of a subscription's stored unsubscribe hashes. */
export function unsubscribeSecretMatches(secret: string, stored: unknown): boolean {
  return Array.isArray(stored) && stored.some((hash) => secretMatches(secret, hash));
}

/** A pending subscription's confirmation link works for CONFIRMATION_TTL_MS after it was sent. */
export function confirmationExpired(sentAt: string | null, now: Date, ttlMs: number): boolean {
  return sentAt === null || now.getTime() - Date.parse(sentAt) > ttlMs;
}
