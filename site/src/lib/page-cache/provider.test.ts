import { describe, expect, it } from 'vitest';
import { pageStore } from './index.ts';
import { invalidateTags } from './invalidation.ts';
import pageCacheProvider from './provider.ts';

/** The provider as Astro 7.3 calls it: onRequest(context, next), next() being the middleware and the page. */
const provider = pageCacheProvider(undefined);
const logger = { info() {}, warn() {}, error() {} };
let renders = 0;
const page = (text: string, status = 200, tags = 'entry:a') => async () => {
  renders++;
  return new Response(`<!doctype html><main>${text}</main>`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(status === 200 ? { 'cdn-cache-control': 'max-age=60', 'cache-tag': tags } : { 'retry-after': '30' }) },
  });
};
const call = (path: string, next: () => Promise<Response>, method = 'GET') => {
  const url = new URL(path, 'http://localhost');
  return provider.onRequest!({ request: new Request(url, { method }), url, logger }, next);
};

describe('the page-cache provider', () => {
  it('renders once, then answers from the store', async () => {
    renders = 0;
    const first = await call('/p1', page('một'));
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await call('/p1', page('hai'));
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toContain('một');
    expect(renders).toBe(1);
  });

  it('renders an invalidated page again, and shows the new content', async () => {
    await call('/p2', page('cũ', 200, 'entry:p2'));
    invalidateTags(['entry:p2']);
    const again = await call('/p2', page('mới', 200, 'entry:p2'));
    expect(await again.text()).toContain('mới');
  });

  it('answers the stale copy with 200 when the render fails because the CMS is unavailable', async () => {
    await call('/p3', page('còn giữ', 200, 'entry:p3'));
    invalidateTags('all');
    const down = await call('/p3', page('Hệ thống đang bảo trì', 503));
    expect(down.status).toBe(200);
    expect(down.headers.get('x-cache')).toBe('STALE');
    expect(await down.text()).toContain('còn giữ');
    // Still stale: the next request tries the CMS again.
    expect(pageStore.get('/p3')!.stale).toBe(true);
  });

  it('gives other requests the stale copy while one render is under way (one render per key)', async () => {
    await call('/p4', page('bản cũ', 200, 'entry:p4'));
    invalidateTags(['entry:p4']);
    let finish!: () => void;
    const slow = () => new Promise<Response>((resolve) => (finish = () => resolve(page('bản mới', 200, 'entry:p4')())));
    renders = 0;
    const rendering = call('/p4', slow);
    const meanwhile = await call('/p4', page('không được gọi'));
    expect(meanwhile.headers.get('x-cache')).toBe('STALE');
    expect(await meanwhile.text()).toContain('bản cũ');
    finish();
    expect(await (await rendering).text()).toContain('bản mới');
    expect(renders).toBe(1);
  });

  it('lets a page never seen answer as rendered (the 503 page), and keeps nothing', async () => {
    const down = await call('/p5', page('Hệ thống đang bảo trì', 503));
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('30');
    expect(pageStore.get('/p5')).toBeUndefined();
  });

  it('drops a page that is gone (404 on the re-render)', async () => {
    await call('/p6', page('có', 200, 'entry:p6'));
    invalidateTags(['entry:p6']);
    expect((await call('/p6', page('không có', 404))).status).toBe(404);
    expect(pageStore.get('/p6')).toBeUndefined();
  });

  it('keeps nothing a route did not mark cacheable, and no Set-Cookie answer', async () => {
    await call('/p7', async () => new Response('x', { status: 200 }));
    expect(pageStore.get('/p7')).toBeUndefined();
    await call('/p8', async () => new Response('x', { status: 200, headers: { 'cdn-cache-control': 'max-age=60', 'set-cookie': 'a=b' } }));
    expect(pageStore.get('/p8')).toBeUndefined();
  });

  it('renders a page never seen once for many concurrent requests', async () => {
    renders = 0;
    let finish!: () => void;
    const slow = () => new Promise<Response>((resolve) => (finish = () => resolve(page('mới đăng', 200, 'entry:p9')())));
    const all = [call('/p9', slow), call('/p9', page('x')), call('/p9', page('y'))];
    await new Promise((r) => setTimeout(r, 10));
    finish();
    const answers = await Promise.all(all);
    expect(renders).toBe(1);
    for (const answer of answers) expect(await answer.text()).toContain('mới đăng');
  });
});
