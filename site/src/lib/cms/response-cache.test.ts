import { describe, expect, it, vi } from 'vitest';
import { ResponseCache } from './response-cache.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function tracking(maxEntries = 10) {
  const cache = new ResponseCache<string>({ maxEntries });
  cache.observeVersion('v1');
  return cache;
}

describe('ResponseCache', () => {
  it('loads once and then answers from memory while the version holds', async () => {
    const cache = tracking();
    const load = vi.fn(async () => 'A');
    expect(await cache.get('/a', load)).toBe('A');
    expect(await cache.get('/a', load)).toBe('A');
    expect(cache.observeVersion('v1')).toBe(false);
    expect(await cache.get('/a', load)).toBe('A');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('coalesces concurrent identical requests into one load', async () => {
    const cache = tracking();
    const pending = deferred<string>();
    const load = vi.fn(() => pending.promise);
    const all = Promise.all([cache.get('/a', load), cache.get('/a', load), cache.get('/a', load)]);
    pending.resolve('A');
    expect(await all).toEqual(['A', 'A', 'A']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('invalidates everything when the version changes', async () => {
    const cache = tracking();
    await cache.get('/a', async () => 'old a');
    await cache.get('/b', async () => 'old b');
    expect(cache.observeVersion('v2')).toBe(true);
    expect(await cache.get('/a', async () => 'new a')).toBe('new a');
    expect(await cache.get('/b', async () => 'new b')).toBe('new b');
  });

  it('does not store a load that began before an invalidation', async () => {
    const cache = tracking();
    const pending = deferred<string>();
    const before = cache.get('/a', () => pending.promise);
    cache.observeVersion('v2');
    // A request after the change does not join the stale load.
    const after = cache.get('/a', async () => 'fresh');
    pending.resolve('stale');
    expect(await before).toBe('stale');
    expect(await after).toBe('fresh');
    expect(await cache.get('/a', async () => 'unexpected')).toBe('fresh');
  });

  it('evicts the least recently used entry beyond its bound', async () => {
    const cache = tracking(2);
    await cache.get('/a', async () => 'A');
    await cache.get('/b', async () => 'B');
    await cache.get('/a', async () => 'unused'); // touch /a: /b is now the oldest
    await cache.get('/c', async () => 'C');
    expect(cache.size).toBe(2);
    expect(await cache.get('/a', async () => 'reloaded a')).toBe('A');
    expect(await cache.get('/b', async () => 'reloaded b')).toBe('reloaded b');
  });

  it('serves the stale copy when reloading fails, and rethrows when there is none', async () => {
    const onStaleServed = vi.fn();
    const cache = new ResponseCache<string>({ maxEntries: 10, onStaleServed });
    cache.observeVersion('v1');
    await cache.get('/a', async () => 'A');
    cache.observeVersion('v2');
    const failure = new Error('CMS down');
    expect(await cache.get('/a', async () => Promise.reject(failure))).toBe('A');
    expect(onStaleServed).toHaveBeenCalledWith('/a', failure);
    await expect(cache.get('/b', async () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('survives a loader that throws synchronously', async () => {
    const cache = tracking();
    const load = (() => {
      throw new Error('sync');
    }) as () => Promise<string>;
    await expect(cache.get('/a', load)).rejects.toThrow('sync');
    expect(await cache.get('/a', async () => 'A')).toBe('A');
  });

  it('does not cache failures', async () => {
    const cache = tracking();
    await expect(cache.get('/a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('/a', async () => 'A')).toBe('A');
  });

  it('serves everything it has, without trying the CMS, while the CMS is offline', async () => {
    const cache = tracking();
    await cache.get('/a', async () => 'A');
    cache.invalidate();
    cache.observeOffline();
    const load = vi.fn(async () => 'new');
    expect(await cache.get('/a', load)).toBe('A');
    expect(load).not.toHaveBeenCalled();
    // Back online with a new version: reload.
    cache.observeVersion('v2');
    expect(await cache.get('/a', load)).toBe('new');
  });

  it('falls back to a short TTL when the CMS has no change feed', async () => {
    let now = 1_000;
    const cache = new ResponseCache<string>({ maxEntries: 10, ttlWithoutFeedMs: 2_000, now: () => now });
    cache.observeNoFeed();
    await cache.get('/a', async () => 'A1');
    now += 1_999;
    expect(await cache.get('/a', async () => 'A2')).toBe('A1');
    now += 1;
    expect(await cache.get('/a', async () => 'A2')).toBe('A2');
  });

  it('treats entries loaded before the first version as possibly stale', async () => {
    const cache = new ResponseCache<string>({ maxEntries: 10 });
    await cache.get('/a', async () => 'early');
    expect(cache.observeVersion('v1')).toBe(true);
    expect(await cache.get('/a', async () => 'current')).toBe('current');
  });

  describe('precise invalidation by tags', () => {
    type Read = { body: string; tags: string[] };
    const read = (body: string, ...tags: string[]): Read => ({ body, tags });
    function tagged() {
      const cache = new ResponseCache<Read>({ maxEntries: 10, tagsOf: (value) => value.tags });
      cache.observeTracking();
      return cache;
    }

    it('makes stale only the entries that carry a named tag', async () => {
      const cache = tagged();
      await cache.get('/articles', async () => read('list', 'kind:articles', 'entry:a1'));
      await cache.get('/documents/d1', async () => read('doc', 'kind:legal-documents', 'entry:d1'));
      cache.invalidate(['kind:articles', 'entry:a2', 'search']);
      expect((await cache.get('/articles', async () => read('new list', 'kind:articles'))).body).toBe('new list');
      const untouched = vi.fn(async () => read('reloaded', 'entry:d1'));
      expect((await cache.get('/documents/d1', untouched)).body).toBe('doc');
      expect(untouched).not.toHaveBeenCalled();
    });

    it('reaches an entry through a relation it populated', async () => {
      const cache = tagged();
      await cache.get('/documents/d1', async () => read('doc with its issuer', 'entry:d1', 'entry:issuer'));
      cache.invalidate(['entry:issuer']);
      expect((await cache.get('/documents/d1', async () => read('renamed issuer', 'entry:d1', 'entry:issuer'))).body).toBe('renamed issuer');
    });

    it("'all' makes every entry stale", async () => {
      const cache = tagged();
      await cache.get('/a', async () => read('A', 'kind:a'));
      await cache.get('/b', async () => read('B'));
      cache.invalidate('all');
      expect((await cache.get('/a', async () => read('A2'))).body).toBe('A2');
      expect((await cache.get('/b', async () => read('B2'))).body).toBe('B2');
    });

    it('keeps an entry invalidated by a tag as the fallback when its reload fails', async () => {
      const cache = tagged();
      await cache.get('/a', async () => read('A', 'kind:a'));
      cache.invalidate(['kind:a']);
      expect((await cache.get('/a', async () => Promise.reject(new Error('CMS down')))).body).toBe('A');
    });

    it('does not keep a load that ran across an invalidation of one of its tags, and keeps one that did not', async () => {
      const cache = tagged();
      const touched = deferred<Read>();
      const untouched = deferred<Read>();
      const a = cache.get('/a', () => touched.promise);
      const b = cache.get('/b', () => untouched.promise);
      cache.invalidate(['entry:x']);
      touched.resolve(read('old a', 'entry:x'));
      untouched.resolve(read('b', 'entry:y'));
      expect((await a).body).toBe('old a');
      expect((await b).body).toBe('b');
      expect((await cache.get('/a', async () => read('new a', 'entry:x'))).body).toBe('new a');
      expect((await cache.get('/b', async () => read('unexpected'))).body).toBe('b');
    });

    it('ignores an empty list of tags', async () => {
      const cache = tagged();
      const pending = deferred<Read>();
      const first = cache.get('/a', () => pending.promise);
      cache.invalidate([]);
      const second = cache.get('/a', async () => read('second'));
      pending.resolve(read('first'));
      expect((await first).body).toBe('first');
      expect((await second).body).toBe('first'); // still joined the running load
    });
  });
});

