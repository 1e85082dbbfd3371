import { describe, expect, it } from 'vitest';
import { FormSigner, MAX_AGE_MS, MIN_AGE_MS, RateLimiter } from './form-guard.ts';

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

describe('RateLimiter', () => {
  it('allows `limit` per window per key, then frees up', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20), limiter.take('b', 20)]).toEqual([true, true, false, true]);
    expect(limiter.take('a', 1001)).toBe(true);
  });
  it('bounds its memory', () => {
    const limiter = new RateLimiter(1, 1000, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    expect(limiter.take('a', 1)).toBe(true); // forgotten
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

describe('RateLimiter.attempt', () => {
  it('says how long to wait once over the limit', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.attempt('k', 0)).toBeNull();
    expect(limiter.attempt('k', 10_000)).toBeNull();
    expect(limiter.attempt('k', 20_000)).toBe(40);
    expect(limiter.attempt('k', 60_001)).toBeNull();
  });
});
