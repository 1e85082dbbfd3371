import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './sliding-window';

describe('SlidingWindowLimiter', () => {
  it('lets `limit` events through per window, then says when to come back', () => {
    const limiter = new SlidingWindowLimiter(2, 60_000);
    const t = Date.now();
    for (const dt of [0, 1000]) {
      expect(limiter.retryAfter('k', t + dt)).toBeNull();
      limiter.record('k', t + dt);
    }
    expect(limiter.retryAfter('k', t + 2000)).toBe(58);
    expect(limiter.retryAfter('other', t + 2000)).toBeNull();
    expect(limiter.retryAfter('k', t + 60_001)).toBeNull();
  });

  it('keeps at most maxKeys keys however many arrive (review L11)', () => {
    const limiter = new SlidingWindowLimiter(10, 600_000, 1000);
    for (let i = 0; i < 20_000; i += 1) limiter.record(`nguoi${i}@example.vn`);
    expect(limiter.size).toBe(1000);
    // The newest keys are the ones kept.
    expect(limiter.retryAfter('nguoi19999@example.vn')).toBeNull();
  });
});
