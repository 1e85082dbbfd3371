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
