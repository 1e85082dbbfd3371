import { describe, expect, it } from 'vitest';
import { CommentRateLimits } from './comment-rate-limits';

describe('comment rate limits', () => {
  it('admit up to the per-mailbox limit, then say how long to wait', () => {
    const limits = new CommentRateLimits({ windowMs: 600_000, perEmail: 2, perAddress: 100 });
    expect(limits.admit('dan@example.vn', 'a1', 0)).toBe(0);
    expect(limits.admit('dan@example.vn', 'a2', 1000)).toBe(0);
    expect(limits.admit('dan@example.vn', 'a3', 2000)).toBe(598);
    // Once the first comment's window has passed, the mailbox may comment again.
    expect(limits.admit('dan@example.vn', 'a3', 600_001)).toBe(0);
  });

  it('admit up to the per-address limit across mailboxes (an office behind one address)', () => {
    const limits = new CommentRateLimits({ windowMs: 60_000, perEmail: 10, perAddress: 2 });
    expect(limits.admit('a@example.vn', 'office', 0)).toBe(0);
    expect(limits.admit('b@example.vn', 'office', 0)).toBe(0);
    expect(limits.admit('c@example.vn', 'office', 0)).toBe(60);
    expect(limits.admit('c@example.vn', 'home', 0)).toBe(0);
  });

  it('count a refused comment against neither limit', () => {
    const limits = new CommentRateLimits({ windowMs: 60_000, perEmail: 1, perAddress: 2 });
    expect(limits.admit('a@example.vn', 'office', 0)).toBe(0);
    expect(limits.admit('a@example.vn', 'office', 1000)).toBeGreaterThan(0);
    expect(limits.admit('b@example.vn', 'office', 2000)).toBe(0);
  });

  it('wait for the later of the two limits', () => {
    const limits = new CommentRateLimits({ windowMs: 60_000, perEmail: 1, perAddress: 1 });
    expect(limits.admit('a@example.vn', 'x', 0)).toBe(0);
    expect(limits.admit('b@example.vn', 'y', 30_000)).toBe(0);
    expect(limits.admit('a@example.vn', 'y', 40_000)).toBe(50);
  });
});
