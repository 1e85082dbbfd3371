import { describe, expect, it } from 'vitest';
import { RatingInputSchema } from './rating.ts';

describe('RatingInputSchema', () => {
  const key = 'k'.repeat(32);
  it.each([
    [{ path: '/gioi-thieu', score: 'hai-long', visitorKey: key }, true],
    [{ path: '/van-ban/43-2011-nd-cp', score: 'chua-hai-long', visitorKey: key }, true],
    [{ path: 'gioi-thieu', score: 'hai-long', visitorKey: key }, false],
    [{ path: '/danh-ba?q=x', score: 'hai-long', visitorKey: key }, false],
    [{ path: '/', score: 'rat-hai-long', visitorKey: key }, false],
    [{ path: '/', score: 'hai-long', visitorKey: 'short' }, false],
  ])('%j → %s', (input, ok) => expect(RatingInputSchema.safeParse(input).success).toBe(ok));
});

describe('RatingInputSchema path (L3: no other host, however written)', () => {
  it.each(['//evil.example/x', '/\\evil.example/x', '/\\\\evil', '/a\\b', '/a b', '/a\u0000', '/x?y', '/#x', `/${'a'.repeat(300)}`])('refuses %j', (path) =>
    expect(RatingInputSchema.safeParse({ path, score: 'hai-long', visitorKey: 'k'.repeat(32) }).success).toBe(false),
  );
});
