/**
 * Sets of document ids (small integers), the currency of the embedded engine's query evaluation. A set is a
 * sorted array while small and a bitmap when large: "văn bản" matches most of a 100,000-document archive,
 * and intersecting, counting and scanning 100,000 members as bits takes well under a millisecond, while
 * moving them through SQL row by row takes tens.
 */
export type DocSet =
  | { kind: 'sorted'; ids: Int32Array }
  | { kind: 'bits'; bits: Uint32Array; count: number };

export const EMPTY: DocSet = { kind: 'sorted', ids: new Int32Array(0) };

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many documents a bitmap holds (facet-counts.ts counts its scopes with it too). */
export function countBits(bits: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) count += popcount(bits[i]!);
  return count;
}

export function size(set: DocSet): number {
  return set.kind === 'sorted' ? set.ids.length : set.count;
}

/** Words of a bitmap able to hold ids below `universe`. */
export function wordsFor(universe: number): number {
  return (universe + 31) >>> 5;
}

/** A set from ids in ascending order; stored as bits when that is smaller. */
export function fromSorted(ids: Int32Array | readonly number[], universe: number): DocSet {
  if (ids.length * 32 <= universe) return { kind: 'sorted', ids: ids instanceof Int32Array ? ids : Int32Array.from(ids) };
  const bits = new Uint32Array(wordsFor(universe));
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    bits[id >>> 5]! |= 1 << (id & 31);
  }
  return { kind: 'bits', bits, count: ids.length };
}

function toBits(set: DocSet, words: number): Uint32Array {
  if (set.kind === 'bits') {
    if (set.bits.length === words) return set.bits;
    const copy = new Uint32Array(words);
    copy.set(set.bits.subarray(0, words));
    return copy;
  }
  const bits = new Uint32Array(words);
  for (let i = 0; i < set.ids.length; i++) {
    const id = set.ids[i]!;
    if (id >>> 5 < words) bits[id >>> 5]! |= 1 << (id & 31);
  }
  return bits;
}

export function has(set: DocSet, id: number): boolean {
  if (set.kind === 'bits') return ((set.bits[id >>> 5] ?? 0) >>> (id & 31)) & 1 ? true : false;
  let lo = 0;
  let hi = set.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = set.ids[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function intersect(a: DocSet, b: DocSet): DocSet {
  if (a.kind === 'sorted' && b.kind === 'sorted') {
    const [small, large] = a.ids.length <= b.ids.length ? [a.ids, b.ids] : [b.ids, a.ids];
    const out = new Int32Array(small.length);
    let n = 0;
    let j = 0;
    for (let i = 0; i < small.length; i++) {
      const id = small[i]!;
      while (j < large.length && large[j]! < id) j++;
      if (j < large.length && large[j] === id) out[n++] = id;
    }
    return { kind: 'sorted', ids: out.subarray(0, n) };
  }
  if (a.kind === 'sorted' || b.kind === 'sorted') {
    const [sorted, bits] = a.kind === 'sorted' ? [a, b as Extract<DocSet, { kind: 'bits' }>] : [b as Extract<DocSet, { kind: 'sorted' }>, a];
    const out = new Int32Array(sorted.ids.length);
    let n = 0;
    for (let i = 0; i < sorted.ids.length; i++) {
      const id = sorted.ids[i]!;
      if (((bits.bits[id >>> 5] ?? 0) >>> (id & 31)) & 1) out[n++] = id;
    }
    return { kind: 'sorted', ids: out.subarray(0, n) };
  }
  const words = Math.min(a.bits.length, b.bits.length);
  const bits = new Uint32Array(words);
  let count = 0;
  for (let i = 0; i < words; i++) {
    const w = a.bits[i]! & b.bits[i]!;
    bits[i] = w;
    if (w !== 0) count += popcount(w);
  }
  return compact({ kind: 'bits', bits, count });
}

export function union(sets: readonly DocSet[], universe: number): DocSet {
  if (sets.length === 0) return EMPTY;
  if (sets.length === 1) return sets[0]!;
  const total = sets.reduce((sum, set) => sum + size(set), 0);
  if (total * 32 <= universe && sets.every((set) => set.kind === 'sorted')) {
    const merged = new Int32Array(total);
    let offset = 0;
    for (const set of sets) {
      merged.set((set as Extract<DocSet, { kind: 'sorted' }>).ids, offset);
      offset += size(set);
    }
    merged.sort();
    let m = 0;
    for (let i = 0; i < merged.length; i++) if (i === 0 || merged[i] !== merged[i - 1]) merged[m++] = merged[i]!;
    return { kind: 'sorted', ids: merged.subarray(0, m) };
  }
  const words = wordsFor(universe);
  const bits = new Uint32Array(words);
  for (const set of sets) {
    if (set.kind === 'bits') {
      const n = Math.min(words, set.bits.length);
      for (let i = 0; i < n; i++) bits[i]! |= set.bits[i]!;
    } else {
      for (let i = 0; i < set.ids.length; i++) {
        const id = set.ids[i]!;
        if (id >>> 5 < words) bits[id >>> 5]! |= 1 << (id & 31);
      }
    }
  }
  return compact({ kind: 'bits', bits, count: countBits(bits) });
}

/** Bitmaps that became sparse (after an intersection) are turned back into arrays. */
function compact(set: Extract<DocSet, { kind: 'bits' }>): DocSet {
  // An id in an array takes one word, so the array is smaller once there are fewer ids than bitmap words.
  return set.count < set.bits.length ? { kind: 'sorted', ids: toArray(set) } : set;
}

export function toArray(set: DocSet): Int32Array {
  if (set.kind === 'sorted') return set.ids;
  const out = new Int32Array(set.count);
  let n = 0;
  forEach(set, (id) => {
    out[n++] = id;
  });
  return out;
}

/** Calls `visit` for every member in ascending order. */
export function forEach(set: DocSet, visit: (id: number) => void): void {
  if (set.kind === 'sorted') {
    for (let i = 0; i < set.ids.length; i++) visit(set.ids[i]!);
    return;
  }
  const bits = set.bits;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

/**
 * A membership test for ids asked in ascending order (the order `forEach` visits): O(1) on bitmaps and
 * amortised O(1) on arrays, instead of a binary search per call.
 */
export function ascendingProbe(set: DocSet): (id: number) => boolean {
  if (set.kind === 'bits') {
    const bits = set.bits;
    return (id) => (((bits[id >>> 5] ?? 0) >>> (id & 31)) & 1) === 1;
  }
  const ids = set.ids;
  let i = 0;
  return (id) => {
    while (i < ids.length && ids[i]! < id) i++;
    return i < ids.length && ids[i] === id;
  };
}

/** A copy of a bitmap-or-array set as a bitmap (for sets kept and updated in a cache). */
export function asBits(set: DocSet, universe: number): Extract<DocSet, { kind: 'bits' }> {
  const bits = toBits(set, wordsFor(universe));
  return { kind: 'bits', bits: bits === (set as { bits?: Uint32Array }).bits ? bits.slice() : bits, count: size(set) };
}

/** A set's bitmap for reading, at least `wordsFor(universe)` long; shares the cached array when it can. */
export function readBits(set: DocSet, universe: number): Uint32Array {
  const words = wordsFor(universe);
  if (set.kind === 'bits' && set.bits.length >= words) return set.bits;
  return toBits(set, words);
}
