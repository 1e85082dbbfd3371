import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answer } from './answer.ts';
import { PageStore } from './store.ts';

const html = (text: string) => Buffer.from(`<!doctype html><p>${text.repeat(100)}</p>`);
const put = (store: PageStore, key: string, tags: string[], body = html(key), epoch = store.epoch) =>
  store.put({ key, path: key, body, headers: { 'content-type': 'text/html; charset=utf-8' }, tags, maxAgeMs: 60_000 }, epoch);
const get = { method: 'GET', acceptEncoding: 'gzip, br', ifNoneMatch: undefined };

describe('PageStore', () => {
  it('keeps identity and gzip bytes of the same page, with a strong ETag per coding', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    const page = put(store, '/a', ['kind:news']);
    expect(gunzipSync(page.gzip).equals(page.identity)).toBe(true);
    const gz = answer(page, { ...get, acceptEncoding: 'gzip' }, 'HIT');
    const plain = answer(page, { ...get, acceptEncoding: undefined }, 'HIT');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    expect(plain.headers['content-length']).toBe(page.identity.length);
  });

  it('answers 304 to If-None-Match with the current bytes in any coding, and a HEAD without a body', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    const page = put(store, '/a', []);
    const etag = String(answer(page, get, 'HIT').headers.etag);
    expect(answer(page, { ...get, acceptEncoding: undefined, ifNoneMatch: etag }, 'HIT').status).toBe(304);
    expect(answer(page, { ...get, ifNoneMatch: '"other"' }, 'HIT').status).toBe(200);
    const head = answer(page, { ...get, method: 'HEAD' }, 'HIT');
    expect(head.body).toBeNull();
    expect(head.headers['content-length']).toBeGreaterThan(0);
  });

  it('marks what an invalidation names stale, and keeps it', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    put(store, '/van-ban/a', ['entry:a', 'kind:legal-documents']);
    put(store, '/tin-tuc/b', ['entry:b']);
    expect(store.invalidate(['entry:a'])).toBe(1);
    expect(store.get('/van-ban/a')!.stale).toBe(true);
    expect(store.get('/tin-tuc/b')!.stale).toBe(false);
    store.invalidate('all');
    expect(store.get('/tin-tuc/b')!.stale).toBe(true);
  });

  it('stores a render that overlapped an invalidation of what it shows as stale (it may show the old content)', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    const started = store.epoch;
    store.invalidate(['entry:x']);
    expect(put(store, '/a', ['kind:news', 'entry:x'], html('a'), started).stale).toBe(true);
  });

  it('stores a render that overlapped only unrelated invalidations as fresh', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    const started = store.epoch;
    store.invalidate(['entry:x']);
    store.invalidate(['kind:legal-document']);
    expect(put(store, '/a', ['kind:news', 'entry:y'], html('a'), started).stale).toBe(false);
    store.invalidate('all');
    expect(put(store, '/b', ['kind:news'], html('b'), started).stale).toBe(true);
  });

  it('stores a render older than the invalidations it remembers as stale', () => {
    const store = new PageStore({ maxBytes: 1 << 20 });
    const started = store.epoch;
    for (let i = 0; i < 300; i++) store.invalidate([`entry:other-${i}`]);
    expect(put(store, '/a', ['entry:y'], html('a'), started).stale).toBe(true);
    expect(put(store, '/b', ['entry:y'], html('b'), store.epoch - 10).stale).toBe(false);
  });

  it('ages a page out after its max age', () => {
    let now = 1_000;
    const store = new PageStore({ maxBytes: 1 << 20, now: () => now });
    put(store, '/a', []);
    now += 61_000;
    expect(store.get('/a')!.stale).toBe(true);
  });

  it('holds at most its byte budget, least recently used out first', () => {
    const store = new PageStore({ maxBytes: 64 * 1024 });
    for (let i = 0; i < 100; i++) put(store, `/p${i}`, [], Buffer.from(`${i}`.repeat(3000)));
    expect(store.stats.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(store.get('/p99')).toBeDefined();
    expect(store.get('/p0')).toBeUndefined();
  });

  it('adds a brotli variant in the background, then prefers it', async () => {
    const store = new PageStore({ maxBytes: 1 << 20, brotliQuality: 5 });
    const text = Array.from({ length: 400 }, (_, i) => `<li><a href="/van-ban/${i}-qd-ubnd">Quyết định số ${i}/QĐ-UBND về việc ${i % 7 ? 'ban hành quy chế' : 'phê duyệt kế hoạch'} năm ${2000 + (i % 26)}</a></li>`).join('');
    const page = put(store, '/a', [], Buffer.from(`<ul>${text}</ul>`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.br).not.toBeNull();
    expect(answer(page, get, 'HIT').headers['content-encoding']).toBe('br');
  });
});
