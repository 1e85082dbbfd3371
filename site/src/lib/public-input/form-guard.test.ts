import { describe, expect, it } from 'vitest';
import { FormSigner, MAX_AGE_MS, MIN_AGE_MS, SigningKeys } from './form-guard.ts';

describe('FormSigner', () => {
  const signer = new FormSigner('a-secret-of-sixteen+');
  const t0 = 1_800_000_000_000;
  it.each([
    ['too fast', MIN_AGE_MS - 1, 'too-fast'],
    ['in time', MIN_AGE_MS, null],
    ['an hour later', 3600_000, null],
    ['expired', MAX_AGE_MS + 1, 'expired'],
  ])('%s', (_name, age, reason) => {
    const result = signer.check(signer.issue(t0), t0 + age);
    expect(result.ok ? null : result.reason).toBe(reason);
  });
  it('refuses a forged or foreign token', () => {
    const token = signer.issue(t0);
    const [issued, nonce] = token.split('.');
    expect(signer.check(`${issued}.${nonce}.AAAA`, t0 + 10_000)).toEqual({ ok: false, reason: 'malformed' });
    expect(new FormSigner('another-secret-123').check(token, t0 + 10_000)).toEqual({ ok: false, reason: 'malformed' });
    expect(signer.check('', t0)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('gives the nonce as the idempotency key', () => {
    const token = signer.issue(t0);
    const result = signer.check(token, t0 + 5000);
    expect(result.ok && result.nonce).toBe(token.split('.')[1]);
  });
});

describe('a token bound to what its form was served for (the rating form: its page, M5)', () => {
  const signer = new FormSigner('s'.repeat(32), { minAgeMs: 1_000, maxAgeMs: 86_400_000 });
  const t0 = Date.parse('2026-12-04T03:00:00Z');
  it('is valid for that page only', () => {
    const token = signer.issue(t0, 'rate|/thong-ke');
    expect(signer.check(token, t0 + 5_000, 'rate|/thong-ke').ok).toBe(true);
    expect(signer.check(token, t0 + 5_000, 'rate|/trang-khong-co')).toEqual({ ok: false, reason: 'malformed' });
    expect(signer.check(token, t0 + 5_000)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('SigningKeys: a process adopting the secret every replica shares (shared-state/form-secret.ts)', () => {
  const t0 = 1_800_000_000_000;
  it('signs with the adopted secret, as another replica with that secret does', () => {
    const keys = new SigningKeys();
    const replica = new FormSigner('the-shared-secret-of-32-characters');
    keys.adopt('the-shared-secret-of-32-characters');
    const signer = new FormSigner(keys);
    expect(replica.check(signer.issue(t0), t0 + 10_000).ok).toBe(true);
    expect(signer.check(replica.issue(t0), t0 + 10_000).ok).toBe(true);
    expect(signer.key('203.0.113.9')).toBe(replica.key('203.0.113.9'));
  });
  it('still accepts a form served with its own secret before, but not one two secrets back', () => {
    const keys = new SigningKeys('the-process-own-secret-0000');
    const signer = new FormSigner(keys);
    const before = signer.issue(t0);
    keys.adopt('the-shared-secret-of-32-characters');
    expect(signer.check(before, t0 + 10_000).ok).toBe(true);
    keys.adopt('the-shared-secret-of-32-characters'); // the same again: nothing moves
    expect(signer.check(before, t0 + 10_000).ok).toBe(true);
    keys.adopt('a-third-secret-000000000000000');
    expect(signer.check(before, t0 + 10_000)).toEqual({ ok: false, reason: 'malformed' });
  });
});
