import { describe, expect, it } from 'vitest';
import { CONFIRMATION_TTL_MS, newLinkToken, parseLinkToken } from '@cong/content';
import { confirmationExpired, secretHash, secretMatches, UNSUBSCRIBE_LINKS_KEPT, unsubscribeSecretMatches, withUnsubscribeHash } from './subscription-tokens';

const secretOf = () => parseLinkToken(newLinkToken('abcdefghij0123456789abcd'))!.secret;

describe('subscription link secrets', () => {
  it('stores a hash, never the secret, and matches only the secret it was made from', () => {
    const secret = secretOf();
    const hash = secretHash(secret);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(secretOf(), hash)).toBe(false);
  });
  it.each([null, undefined, '', 42, ['x']])('a missing hash (%j) matches nothing', (hash) => {
    expect(secretMatches(secretOf(), hash)).toBe(false);
  });
  it('keeps the newest unsubscribe hashes, up to the limit', () => {
    let stored: string[] = [];
    const secrets = Array.from({ length: UNSUBSCRIBE_LINKS_KEPT + 2 }, secretOf);
    for (const secret of secrets) stored = withUnsubscribeHash(stored, secretHash(secret));
    expect(stored).toHaveLength(UNSUBSCRIBE_LINKS_KEPT);
    expect(unsubscribeSecretMatches(secrets.at(-1)!, stored)).toBe(true);
    expect(unsubscribeSecretMatches(secrets[2]!, stored)).toBe(true);
    expect(unsubscribeSecretMatches(secrets[1]!, stored)).toBe(false);
    expect(unsubscribeSecretMatches(secrets[0]!, 'not a list')).toBe(false);
  });
  it.each<[string | null, number, boolean]>([
    ['2026-12-01T00:00:00.000Z', Date.parse('2026-12-07T23:59:59.000Z'), false],
    ['2026-12-01T00:00:00.000Z', Date.parse('2026-12-08T00:00:01.000Z'), true],
    [null, Date.parse('2026-12-01T00:00:00.000Z'), true],
  ])('a confirmation sent at %s, used at %d: expired %s', (sentAt, now, expired) => {
    expect(confirmationExpired(sentAt, new Date(now), CONFIRMATION_TTL_MS)).toBe(expired);
  });
});
