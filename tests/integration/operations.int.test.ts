import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import type { RunningCms, Service } from '../../scripts/lib/services.ts';
import { type CmsApi, eventually } from '../support/cms-api.ts';
import { type OwnPortal, startOwnPortal } from '../support/own-portal.ts';

/**
 * Operations through a CMS and a site of their own (the CMS is stopped at the end): /healthz and /readyz, the
 * JSON request log with the request id reaching the CMS, and the planned-maintenance banner in its window.
 */
const ADMIN = { adminEmail: 'van-hanh@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
const NOTICE_UID = 'api::maintenance-notice.maintenance-notice';

let portal: OwnPortal | undefined;
let cms: RunningCms;
let site: Service;
let api: CmsApi;

beforeAll(async () => {
  portal = await startOwnPortal('ops', ADMIN, { CMS_POLL_INTERVAL_MS: '300' });
  ({ cms, site, api } = portal);
});

afterAll(() => portal?.stop());

type LogLine = { time: string; level: string; service: string; method: string; path: string; status: number; durationMs: number; requestId: string };

function requestLines(service: Service): LogLine[] {
  return service
    .logs()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.method !== undefined);
}

describe('health endpoints', () => {
  it.each([
    ['CMS', () => cms.url],
    ['site', () => site.url],
  ])('%s: /healthz and /readyz answer 200, uncached, with nothing but a status', async (_, base) => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(await response.json(), path).toEqual({ status: 'ok' });
    }
  });

  it('are not rate-limited: a burst of probes all pass', async () => {
    const statuses = await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(`${i % 2 ? cms.url : site.url}/healthz`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('request log', () => {
  it('one JSON line per request on the site, and the same request id on the CMS call it made', async () => {
    const id = `kiem-thu-${Date.now()}`;
    const slug = `khong-co-van-ban-nay-${Date.now()}`;
    const response = await fetch(`${site.url}/van-ban/${slug}?token=bi-mat-123`, { headers: { 'X-Request-Id': id } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe(id);
    await eventually(async () => requestLines(site).some((l) => l.requestId === id), 5000);
    const siteLine = requestLines(site).find((l) => l.requestId === id)!;
    expect(siteLine).toMatchObject({ level: 'warn', service: 'site', method: 'GET', status: 404, path: `/van-ban/${slug}?token=…` });
    expect(Number.isNaN(Date.parse(siteLine.time))).toBe(false);
    expect(siteLine.durationMs).toBeGreaterThanOrEqual(0);
    expect(site.logs()).not.toContain('bi-mat-123');
    // The page looked the slug up in the CMS: that request is logged there under the same id.
    await eventually(async () => requestLines(cms).some((l) => l.requestId === id), 5000);
    const cmsLines = requestLines(cms).filter((l) => l.requestId === id);
    expect(cmsLines.some((l) => l.service === 'cms' && l.method === 'GET' && l.path.startsWith('/api/') && l.status === 200)).toBe(true);
  });

  it('an unsafe incoming id is replaced by a fresh one', async () => {
    const unsafe = `<script>${'x'.repeat(80)}`;
    const response = await fetch(`${site.url}/healthz`, { headers: { 'X-Request-Id': unsafe } });
    const given = response.headers.get('x-request-id')!;
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(async () => requestLines(site).some((l) => l.requestId === given), 5000);
    expect(site.logs()).not.toContain('<script>');
  });
});

describe('planned-maintenance notice', () => {
  const saveNotice = (data: Record<string, unknown>) => api.adminRequest('PUT', `/content-manager/single-types/${NOTICE_UID}`, data);
  const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const banner = async (path = '/') => {
    const html = await (await fetch(`${site.url}${path}`)).text();
    const match = html.match(/<section class="maintenance-banner"[^>]*data-state="(\w+)"[^>]*>([\s\S]*?)<\/section>/);
    return match ? { state: match[1], text: match[2]!.replace(/<[^>]+>/g, ' ') } : null;
  };

  it('refuses a window whose end is not after its start, in Vietnamese', async () => {
    const r = await saveNotice({ startsAt: inHours(2), endsAt: inHours(1) });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('Thời điểm kết thúc phải sau thời điểm bắt đầu');
  });

  it('shows before (announcement period) and during the window on every page, not long before it', async () => {
    expect((await saveNotice({ startsAt: inHours(24 * 10), endsAt: inHours(24 * 10 + 2), announceFrom: null, message: null })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await banner()).toBeNull();

    expect((await saveNotice({ startsAt: inHours(24), endsAt: inHours(26), message: 'Dịch vụ nộp góp ý tạm ngừng.' })).status).toBe(200);
    await eventually(async () => (await banner())?.state === 'upcoming', 5000);
    for (const path of ['/', '/van-ban', '/tim-kiem?q=thu%E1%BA%BF', '/khong-co-trang-nay']) {
      const shown = await banner(path);
      expect(shown?.state, path).toBe('upcoming');
      expect(shown?.text, path).toContain('Thông báo bảo trì hệ thống');
      expect(shown?.text, path).toContain('Dịch vụ nộp góp ý tạm ngừng.');
    }

    expect((await saveNotice({ startsAt: inHours(-1), endsAt: inHours(1), message: '<b>không phải HTML</b>' })).status).toBe(200);
    await eventually(async () => (await banner())?.state === 'ongoing', 5000);
    const html = await (await fetch(`${site.url}/`)).text();
    expect(html).toContain('aria-labelledby="bao-tri-tieu-de"');
    expect(html).toContain('&lt;b&gt;không phải HTML&lt;/b&gt;');
  });

  it('disappears when the window ends, without any edit', async () => {
    const endsAt = new Date(Date.now() + 6000).toISOString();
    expect((await saveNotice({ startsAt: inHours(-1), endsAt, message: null })).status).toBe(200);
    await eventually(async () => (await banner())?.state === 'ongoing', 5000);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(endsAt) - Date.now()) + 200));
    expect(await banner()).toBeNull();
  });
});

describe('readiness when the CMS is down', () => {
  it('the site is alive (/healthz 200) but not ready (/readyz 503 naming the CMS)', async () => {
    await cms.stop();
    const alive = await fetch(`${site.url}/healthz`);
    expect(alive.status).toBe(200);
    const ready = await fetch(`${site.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'unavailable', failed: ['cms'] });
  });
});

describe('docker-compose', () => {
  it('health checks use the endpoints: the CMS its readiness (the site waits for it), the site its liveness', () => {
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain("fetch('http://127.0.0.1:1337/readyz')");
    expect(compose).toContain("fetch('http://127.0.0.1:4321/healthz')");
    expect(compose).not.toContain('/_health');
  });
});
