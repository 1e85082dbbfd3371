import { describe, expect, it } from 'vitest';
import { EMPTY, fromSorted, has, intersect, readBits, size, toArray, union } from './doc-set.ts';

const U = 1000;
const ids = (...list: number[]) => fromSorted(list, U);
const dense = (step: number) => fromSorted(Array.from({ length: Math.floor(U / step) }, (_, i) => i * step), U);

describe('document sets', () => {
  it('stores small sets as arrays and large ones as bitmaps', () => {
    expect(ids(1, 5, 9).kind).toBe('sorted');
    expect(dense(2).kind).toBe('bits');
  });

  it.each([
    ['array ∩ array', ids(1, 2, 3, 500), ids(2, 3, 4, 500), [2, 3, 500]],
    ['array ∩ bitmap', ids(2, 3, 4, 998), dense(2), [2, 4, 998]],
    ['bitmap ∩ bitmap', dense(2), dense(3), Array.from({ length: 167 }, (_, i) => i * 6)],
  ])('intersects %s', (_name, a, b, expected) => {
    expect([...toArray(intersect(a, b))]).toEqual(expected);
    expect([...toArray(intersect(b, a))]).toEqual(expected);
  });

  it('unites arrays and bitmaps', () => {
    expect([...toArray(union([ids(1, 5), ids(3, 5)], U))]).toEqual([1, 3, 5]);
    expect(size(union([dense(2), ids(1, 3)], U))).toBe(502);
    expect(union([], U)).toBe(EMPTY);
  });

  it('answers membership and gives a readable bitmap', () => {
    expect(has(ids(4, 8), 8)).toBe(true);
    expect(has(dense(2), 7)).toBe(false);
    const bits = readBits(ids(0, 33), U);
    expect(bits.length).toBe(Math.ceil(U / 32));
    expect(bits[0]).toBe(1);
    expect(bits[1]).toBe(2);
  });
});
