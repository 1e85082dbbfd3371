import { describe, expect, it } from 'vitest';
import { MemoryState } from './memory.ts';
import { stateKey } from './types.ts';

describe('MemoryState.hit: a sliding window per key', () => {
  it('allows `limit` per window per key, then frees up', () => {
    const state = new MemoryState();
    expect([state.hitSync('a', 2, 1000, 0), state.hitSync('a', 2, 1000, 10), state.hitSync('a', 2, 1000, 20), state.hitSync('b', 2, 1000, 20)]).toEqual([null, null, 1, null]);
    expect(state.hitSync('a', 2, 1000, 1001)).toBeNull();
  });
  it('says how long to wait once over the limit, and does not count a refused attempt', () => {
    const state = new MemoryState();
    expect(state.hitSync('k', 2, 60_000, 0)).toBeNull();
    expect(state.hitSync('k', 2, 60_000, 10_000)).toBeNull();
    expect(state.hitSync('k', 2, 60_000, 20_000)).toBe(40);
    expect(state.hitSync('k', 2, 60_000, 30_000)).toBe(30);
    // The refused attempts at 20 s and 30 s were not recorded: at 60.001 s only the one at 10 s is left.
    expect(state.hitSync('k', 2, 60_000, 60_001)).toBeNull();
    expect(state.hitSync('k', 2, 60_000, 60_002)).toBe(10);
  });
  it('bounds its memory: the oldest key goes first', () => {
    const state = new MemoryState({ maxKeys: 2 });
    state.hitSync('a', 1, 1000, 0);
    state.hitSync('b', 1, 1000, 0);
    state.hitSync('c', 1, 1000, 0);
    expect(state.hitSync('a', 1, 1000, 1)).toBeNull(); // forgotten
    expect(state.hitSync('c', 1, 1000, 1)).toBe(1); // remembered
  });
  it('answers through the async interface the same', async () => {
    const state = new MemoryState();
    expect(await state.hit('x', 1, 60_000)).toBeNull();
    expect(await state.hit('x', 1, 60_000)).toBe(60);
  });
});

describe('MemoryState.claimOnce and recall', () => {
  it('is true once while the claim lives, and keeps the first value', async () => {
    let now = 0;
    const state = new MemoryState({ now: () => now });
    expect(await state.claimOnce('t', 1000, 'first')).toBe(true);
    expect(await state.claimOnce('t', 1000, 'second')).toBe(false);
    expect(await state.recall('t')).toBe('first');
    expect(await state.recall('other')).toBeNull();
    now = 1000;
    expect(await state.recall('t')).toBeNull();
    expect(await state.claimOnce('t', 1000, 'third')).toBe(true);
    expect(await state.recall('t')).toBe('third');
  });
});

describe('MemoryState.sharedSecret', () => {
  it('is the same for a name, different between names, 32 random bytes in hex', async () => {
    const state = new MemoryState();
    const forms = await state.sharedSecret('forms');
    expect(forms).toMatch(/^[0-9a-f]{64}$/);
    expect(await state.sharedSecret('forms')).toBe(forms);
    expect(await state.sharedSecret('other')).not.toBe(forms);
  });
});

describe('stateKey', () => {
  it.each([
    [['limit', 'question', 'ip', 'AbC-_x'], 'limit:question:ip:AbC-_x'],
    [[' limit ', 'a b', 'x:y'], 'limit:a_b:x_y'],
    [['used-token', 'comment', 'e\u0301'], 'used-token:comment:\u00e9'],
    [['a\nb', 'c\u0000'], 'a_b:c_'],
  ])('%j → %s', (parts, key) => {
    expect(stateKey(...parts)).toBe(key);
  });
  it('refuses an empty part (two keys must never collapse into one)', () => {
    expect(() => stateKey('limit', '', 'x')).toThrow();
    expect(() => stateKey()).toThrow();
  });
});
