import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';
import { adminCall, adminLogin, type ConsultationStack, MODERATION_ADMIN, startConsultationStack } from '../support/consultation-stack.ts';

/**
 * The rendered-page cache (site/src/lib/page-cache/) in the real stack: what a second view gets, the three codings
 * of the same bytes, validators, pages with forms, an edit showing within 5 s, and the CMS stopped or hung.
 */
const shared = inject('stack');
const target = shared.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One request without fetch's transparent decompression: the bytes as sent. */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (r: Raw) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;

/** A page's form values, from HTML. */
const fieldValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

describe('a page seen before', () => {
  it('comes from the cache on the next view, with the shared-cache headers and the security headers of a render', async () => {
    const path = `/van-ban?page-cache=${Date.now()}`;
    let first = await raw(shared.siteUrl, path);
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    // Other test files publish documents on the same stack meanwhile: a render that overlapped a publish of what the
    // list shows is kept stale and rendered once more on the next view. A quiet moment comes within a few views.
    let second = await raw(shared.siteUrl, path);
    for (let view = 0; second.headers['x-cache'] !== 'HIT' && view < 10; view++) {
      first = second;
      second = await raw(shared.siteUrl, path);
    }
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body.equals(first.body)).toBe(true);
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-type', 'cache-control']) {
      expect(second.headers[name], name).toBe(first.headers[name]);
    }
    expect(second.headers['cache-control']).toMatch(/public.*s-maxage=5.*stale-while-revalidate=\d+.*stale-if-error=\d+/);
    expect(second.headers.vary).toMatch(/Accept-Encoding/);
    expect(second.headers['x-request-id']).toBeTruthy();
    // A hit echoes the caller's request id like any other answer (it is set in the hit's one writeHead).
    const traced = await raw(shared.siteUrl, path, { 'x-request-id': 'theo-doi-trang-nho-dem' });
    expect(traced.headers['x-cache']).toBe('HIT');
    expect(traced.headers['x-request-id']).toBe('theo-doi-trang-nho-dem');
    // Astro's internal cache headers never leave the site.
    expect(second.headers['cdn-cache-control']).toBeUndefined();
    expect(second.headers['cache-tag']).toBeUndefined();
  });

  it('sends identity, gzip and brotli bytes that decode to the same HTML, each with its own ETag', async () => {
    const path = `/?ma-trang=${Date.now()}`;
    const identity = await raw(shared.siteUrl, path);
    // The brotli variant is made in the background right after the first render.
    let br: Raw | undefined;
    await eventually(async () => (br = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding'] === 'br', 3000);
    const gzip = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip' });
    const refused = await raw(shared.siteUrl, path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(gzip.body.length).toBeLessThan(identity.body.length / 2);
    for (const variant of [gzip, br!, refused]) {
      expect(decoded(variant).equals(identity.body)).toBe(true);
      expect(Number(variant.headers['content-length'])).toBe(variant.body.length);
      expect(variant.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect(new Set([identity, gzip, br!].map((r) => r.headers.etag)).size).toBe(3);
  });

  it('answers If-None-Match with 304, and HEAD with the headers only', async () => {
    const path = `/tin-tuc?etag=${Date.now()}`;
    await raw(shared.siteUrl, path);
    const full = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip' });
    const etag = String(full.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const notModified = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(etag);
    expect((await raw(shared.siteUrl, path, { 'if-none-match': '"something-else"' })).status).toBe(200);
    const head = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(full.body.length);
    expect(head.headers['x-cache']).toBe('HIT');
  });

  it('answers repeated searches, page and API, from the cache', async () => {
    for (const path of [`/tim-kiem?q=${encodeURIComponent('thư điện tử')}&n=${Date.now()}`, `/api/v1/search?q=${encodeURIComponent('chữ ký số')}&n=${Date.now()}`]) {
      expect((await raw(shared.siteUrl, path)).headers['x-cache']).toBe('MISS');
      const again = await raw(shared.siteUrl, path, { 'accept-encoding': 'gzip' });
      expect(again.headers['x-cache'], path).toBe('HIT');
      expect(again.status).toBe(200);
    }
  });

  it('keeps a personal lookup (the Q&A code) out of every cache', async () => {
    const path = `/hoi-dap?ma=HD-KHONG-CO-${Date.now()}`;
    const first = await raw(shared.siteUrl, path);
    const second = await raw(shared.siteUrl, path);
    expect(second.headers['x-cache']).toBeUndefined();
    expect(first.headers['cache-control']).toBe('private, no-store');
  });

  it('shows an edit published in the CMS within 5 s', async () => {
    const title = `Tin kiểm thử bộ nhớ đệm ${Date.now()}`;
    const created = await cms.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Bản đầu.' } });
    expect(created.status).toBe(201);
    const { slug, documentId } = created.body.data;
    const page = `/tin-tuc/${slug}`;
    await eventually(async () => (await raw(shared.siteUrl, page)).status === 200, 5000);
    // The article's own publish reaches the site by the change feed (≤ 1 s), possibly after its page was first
    // stored: that marks the page stale once, so the page is a hit once the change is in, not necessarily at once.
    expect(await eventually(async () => (await raw(shared.siteUrl, page)).headers['x-cache'] === 'HIT', 5000)).toBeLessThan(5000);
    // The list was cached before the article existed: the change marks it stale within the poll interval.
    expect(await eventually(async () => (await raw(shared.siteUrl, '/tin-tuc')).body.toString().includes(title), 5000)).toBeLessThan(5000);

    const edited = `${title} (đã sửa)`;
    const update = await cms.rest('PUT', `/articles/${documentId}?status=published`, { data: { title: edited } });
    expect(update.status).toBe(200);
    const elapsed = await eventually(async () => (await raw(shared.siteUrl, page)).body.toString().includes(edited), 5000);
    expect(elapsed).toBeLessThan(5000);
    await eventually(async () => (await raw(shared.siteUrl, '/tin-tuc')).body.toString().includes(edited), 5000);
  });
});

describe('pages with forms and the CMS unavailable (a CMS and site of their own)', () => {
  let stack: ConsultationStack;
  let adminJwt: string;
  const OPEN = demoConsultationSlugs.open;

  beforeAll(async () => {
    // A short CMS time-out, so a hung CMS shows within the test's patience.
    stack = await startConsultationStack({}, { CMS_TIMEOUT_MS: '1500' });
    adminJwt = await adminLogin(stack.cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves the draft page and /hoi-dap, forms included, as shared cached pages (one token for every view)', async () => {
    for (const path of [`/du-thao/${OPEN}`, '/hoi-dap']) {
      await raw(stack.site.url, path);
      const views = await Promise.all([
        raw(stack.site.url, path),
        raw(stack.site.url, path, { 'accept-encoding': 'gzip, br' }),
        raw(stack.site.url, path, { 'accept-encoding': 'gzip' }),
      ]);
      for (const view of views) {
        expect(view.headers['x-cache']).toBe('HIT');
        expect(view.headers['cache-control']).toMatch(/^public, .*s-maxage=5/);
        expect(view.headers.etag).toMatch(/^"/);
      }
      const tokens = views.map((v) => fieldValue(decoded(v).toString(), path === '/hoi-dap' ? 'form-token' : 'formToken'));
      expect(new Set(tokens).size).toBe(1);
      expect(tokens[0]).toMatch(/^[0-9a-z]+\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(decoded(views[0]!).toString()).not.toContain('idempotencyKey');
    }
  });

  it('takes the no-JavaScript comment form from a cached page, and stores a double submit once', async () => {
    const path = `/du-thao/${OPEN}`;
    await raw(stack.site.url, path);
    const view = await raw(stack.site.url, path, { 'accept-encoding': 'gzip' });
    expect(view.headers['x-cache']).toBe('HIT');
    const html = decoded(view).toString();
    const email = `tu-bo-nho-dem-${Date.now()}@example.vn`;
    const fields = {
      formToken: fieldValue(html, 'formToken')!,
      name: 'Phạm Bộ Nhớ',
      email,
      content: 'Góp ý gửi từ trang lấy trong bộ nhớ đệm.',
      consent: 'on',
    };
    await new Promise((r) => setTimeout(r, 2100)); // COMMENT_FORM_MIN_SECONDS
    const send = () => fetch(`${stack.site.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(202);
    expect(await first.text()).toContain('Đã nhận góp ý');
    expect(second.status).toBeLessThan(500);
    const stored = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment?pageSize=10&filters[email][$eq]=${encodeURIComponent(email)}`);
    expect(stored.body.results).toHaveLength(1);
  });

  /** A new article: the change feed marks the cached pages that list articles stale (within the poll's second). */
  async function changeSomething(): Promise<void> {
    const importer = new CmsApi(stack.cms.url, stack.cms.tokens.importer, MODERATION_ADMIN);
    const created = await importer.rest('POST', '/articles?status=published', { data: { title: `Tin làm cũ trang ${Date.now()}`, section: 'tin-tuc', summary: 'Thay đổi.' } });
    expect(created.status).toBe(201);
    await new Promise((r) => setTimeout(r, 2500));
  }

  it('serves a page seen before (200, stale) while the CMS is stopped, and a page never seen as the Vietnamese 503', async () => {
    const seen = `/tin-tuc?seen=${Date.now()}`;
    const before = await raw(stack.site.url, seen);
    expect(before.status).toBe(200);
    await changeSomething();
    await stack.cms.stop();
    try {
      const during = await raw(stack.site.url, seen);
      expect(during.status).toBe(200);
      // The stale page itself, or a render from the CMS client's own stale data (which it also keeps while the CMS is away).
      expect(['STALE', 'MISS']).toContain(during.headers['x-cache']);
      expect(during.body.toString()).toContain('Tin tức, sự kiện');
      expect((await raw(stack.site.url, seen)).status).toBe(200);
      // A page whose content the site never read.
      const fresh = await raw(stack.site.url, `/du-thao/chua-bao-gio-xem-${Date.now()}`);
      expect(fresh.status).toBe(503);
      expect(fresh.headers['retry-after']).toBeTruthy();
      expect(fresh.body.toString()).toContain('Hệ thống đang bảo trì');
    } finally {
      await stack.restartCms();
    }
  }, 60_000);

  it('serves a page seen before while the CMS hangs (no answer at all), and a page never seen as the 503 with Retry-After', async () => {
    const seen = `/tin-tuc?treo=${Date.now()}`;
    const before = await raw(stack.site.url, seen);
    expect(before.status).toBe(200);
    await changeSomething();
    const cmsPid = stack.cms.process.pid!;
    process.kill(cmsPid, 'SIGSTOP');
    try {
      const started = Date.now();
      const never = await raw(stack.site.url, `/tin-tuc/chua-bao-gio-xem-${Date.now()}`);
      expect(never.status).toBe(503);
      expect(never.headers['retry-after']).toBeTruthy();
      expect(never.headers['content-type']).toMatch(/text\/html/);
      expect(never.body.toString()).toMatch(/lang="vi"/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(never.body.toString()).toContain('Hệ thống đang bảo trì');
      const again = await raw(stack.site.url, seen);
      expect(again.status).toBe(200);
      expect(['STALE', 'MISS']).toContain(again.headers['x-cache']);
      expect(again.body.toString()).toContain('Tin tức, sự kiện');
    } finally {
      process.kill(cmsPid, 'SIGCONT');
    }
  }, 60_000);
});
