import { describe, expect, it } from 'vitest';
import { editDistance, typoTolerant, withinOneEdit } from './edit-distance.ts';

describe('editDistance and withinOneEdit agree', () => {
  it.each([
    ['dinh', 'dinh', 0],
    ['dinh', 'ding', 1],
    ['dinh', 'dinhh', 1],
    ['dinh', 'din', 1],
    ['nghi', 'ngih', 1],
    ['thong', 'thnog', 1],
    ['sach', 'sahc', 1],
    ['dinh', 'dung', 2],
    ['quyet', 'quyen', 1],
    ['abc', 'xyzw', 4],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(Math.min(d, 4));
    expect(withinOneEdit(a, b)).toBe(d <= 1);
    expect(withinOneEdit(b, a)).toBe(d <= 1);
  });

  it('tolerates typos in syllables of four letters or more, never in numbers', () => {
    expect(typoTolerant('dinh')).toBe(true);
    expect(typoTolerant('dan')).toBe(false);
    expect(typoTolerant('2011')).toBe(false);
  });
});
