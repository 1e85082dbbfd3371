import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { freePort, startSite } from '../../scripts/lib/services.ts';
import { API_ENDPOINTS, answerSchema } from '../../site/src/lib/api/openapi.ts';

/**
 * The public API's contract on the real stack: the OpenAPI document the site publishes at /api/v1/openapi.json,
 * and every GET it documents answering, with the demo content, exactly what the document says (the published JSON
 * Schema, closed to undocumented fields, and the zod schema the route builds with); and search that cannot answer
 * being a 503, as search/src/errors.ts promises.
 */
const stack = inject('stack');
const site = stack.siteUrl;

type OpenApi = { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string; example?: string }[] }>>; components: { schemas: Record<string, unknown> } };
let doc: OpenApi;
let documentSlug: string;
const validators = new Map<string, ValidateFunction>();

/** The published schema of a component, compiled with its references (OpenAPI 3.1 is JSON Schema 2020-12). */
function published(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
    validate = new Ajv2020({ allErrors: true }).compile({ $defs: defs, $ref: `#/$defs/${name}` });
    validators.set(name, validate);
  }
  return validate;
}

function expectPublished(name: string, body: unknown, what: string): void {
  const validate = published(name);
  expect(validate(body) ? [] : validate.errors, what).toEqual([]);
}

beforeAll(async () => {
  const response = await fetch(`${site}/api/v1/openapi.json`);
  expect(response.status).toBe(200);
  doc = (await response.json()) as OpenApi;
  documentSlug = ((await (await fetch(`${site}/api/v1/documents?pageSize=1`)).json()) as { data: { slug: string }[] }).data[0]!.slug;
});

describe('the OpenAPI document', () => {
  it('is served as JSON, CORS-open and kept in the rendered-page cache like the other read answers', async () => {
    const path = `/api/v1/openapi.json?v=${Date.now()}`;
    const first = await fetch(`${site}${path}`);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await fetch(`${site}${path}`);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.json()).toEqual(await first.json());
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(API_ENDPOINTS.map((e) => e.path))].sort());
  });

  it('has a Vietnamese page for people, rendered on the server (no script needed), that lists every endpoint and links the document', async () => {
    const response = await fetch(`${site}/tai-lieu-api`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Tài liệu API dữ liệu mở</h1>');
    expect(html).toContain('href="/api/v1/openapi.json"');
    for (const endpoint of API_ENDPOINTS) expect(html).toContain(`${endpoint.method.toUpperCase()} ${endpoint.path}`);
    // Reachable from every page's footer and from the site map.
    expect(await (await fetch(`${site}/`)).text()).toContain('href="/tai-lieu-api"');
    expect(await (await fetch(`${site}/so-do-trang`)).text()).toContain('href="/tai-lieu-api"');
  });
});

const gets = API_ENDPOINTS.filter((endpoint) => endpoint.method === 'get');

describe.each(gets)('GET $path', (endpoint) => {
  it('answers with the demo content exactly as its published schema says, with and without the documented examples', async () => {
    const path = endpoint.path.replace('{slug}', () => (endpoint.path.startsWith('/api/v1/drafts') ? demoConsultationSlugs.open : documentSlug));
    const examples = new URLSearchParams(endpoint.params.filter((p) => p.in === 'query' && p.example).map((p) => [p.name, p.example!]));
    const urls = [path, ...(examples.size > 0 ? [`${path}?${examples}`] : [])];
    for (const url of urls) {
      const response = await fetch(`${site}${url}`);
      expect(response.status, url).toBe(200);
      const body = await response.json();
      expectPublished(endpoint.answer, body, url);
      // The zod schema the route builds with keeps everything (nothing undocumented, nothing missing).
      expect(answerSchema(endpoint).parse(body), url).toEqual(body);
      if (Array.isArray((body as { data?: unknown }).data) && endpoint.path !== '/api/v1/drafts/{slug}/comments') {
        expect((body as { data: unknown[] }).data.length, `${url}: the demo content should fill it`).toBeGreaterThan(0);
      }
    }
  });
});

describe('errors in the published shape', () => {
  it.each([
    ['/api/v1/documents?year=abc', 400],
    ['/api/v1/documents/khong-co-van-ban-nay', 404],
    ['/api/v1/news?section=khong-co', 400],
    ['/api/v1/schedule?week=2026-W99', 400],
    ['/api/v1/drafts?status=khong-co', 400],
  ])('%s → %i { error: { message, field? } }', async (url, status) => {
    const response = await fetch(`${site}${url}`);
    expect(response.status).toBe(status);
    expectPublished('Error', await response.json(), url);
  });
});

describe('search that cannot answer', () => {
  it('is a 503 with search’s own message on /api/v1/search and on /tim-kiem, never a 500', { timeout: 90_000 }, async () => {
    const sqlite = stack.cms.sqlite!;
    // The embedded index's folder is a file: no engine can open it (nor create it, even as root).
    const dir = mkdtempSync(join(tmpdir(), 'cong-search-down-'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const broken = await startSite({ port: await freePort(), cmsUrl: sqlite.url, cmsToken: sqlite.siteToken, quiet: true, env: { SEARCH_DB_PATH: join(dir, 'not-a-folder', 'search.db'), SITE_JOURNAL_DIR: join(dir, 'journal'), PUBLIC_HOLIDAYS: stack.publicHolidays } });
    try {
      const api = await fetch(`${broken.url}/api/v1/search?q=quyet+dinh`);
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('30');
      expect(api.headers.get('cache-control')).toBe('no-store');
      const body = await api.json();
      expectPublished('Error', body, '/api/v1/search');
      expect(body.error.message).toMatch(/^Chức năng tìm kiếm đang tạm gián đoạn/);

      const page = await fetch(`${broken.url}/tim-kiem?q=quyet+dinh`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('30');
      const html = await page.text();
      expect(html).toContain('Chức năng tìm kiếm đang tạm gián đoạn');
      expect(html).toContain('Hệ thống đang bảo trì');
      // The rest of the site does not depend on search.
      expect((await fetch(`${broken.url}/api/v1/documents?pageSize=1`)).status).toBe(200);
    } finally {
      await broken.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
