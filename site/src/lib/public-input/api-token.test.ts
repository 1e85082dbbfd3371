import { describe, expect, it } from 'vitest';
import { BUCKET_MS, CommentApiTokens, VALID_BUCKETS } from './api-token.ts';

describe('CommentApiTokens (H1)', () => {
  const tokens = new CommentApiTokens('a'.repeat(32));
  const now = Date.UTC(2026, 11, 4, 10, 0, 0);
  const token = tokens.issue('du-thao-a', now);

  it('is the same for everyone within a bucket, so a cached draft can carry it', () => {
    expect(tokens.issue('du-thao-a', now + 1000)).toBe(token);
  });

  it.each<[string, unknown, number, string]>([
    ['the token it issued', token, now, 'ok'],
    ['a day less one bucket later', token, now + (VALID_BUCKETS - 1) * BUCKET_MS, 'ok'],
    ['a day later', token, now + VALID_BUCKETS * BUCKET_MS, 'expired'],
    ['for another draft', tokens.issue('du-thao-b', now), now, 'invalid'],
    ['from another secret', new CommentApiTokens('b'.repeat(32)).issue('du-thao-a', now), now, 'invalid'],
    ['from the future', tokens.issue('du-thao-a', now + 2 * BUCKET_MS), now, 'invalid'],
    ['garbage', 'x.y', now, 'invalid'],
    ['tampered bucket', `${(Math.floor(now / BUCKET_MS) + 1).toString(36)}.${token.split('.')[1]}`, now + 2 * BUCKET_MS, 'invalid'],
    ['absent', undefined, now, 'missing'],
    ['empty', '', now, 'missing'],
    ['not a string', 42, now, 'missing'],
  ])('%s → %s', (_label, given, at, expected) => expect(tokens.check('du-thao-a', given, at)).toBe(expected));
});
