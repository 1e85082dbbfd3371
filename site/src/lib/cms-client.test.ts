import { describe, expect, it, vi } from 'vitest';
import { CmsClient } from './cms-client.ts';
import { LEGAL_DOCUMENTS, listParams } from './cms-queries.ts';
import { CmsUnavailableError } from './errors.ts';
import { listResponse } from './fixtures/strapi-payloads.ts';
import { ResponseCache } from './response-cache.ts';
import { StrapiLegalDocumentListSchema } from './strapi-schemas.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

function fakeCms(routes: Record<string, () => Response | Promise<Response>>) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
    const path = new URL(url).pathname;
    const route = routes[path];
    if (!route) return new Response('{"error":{"status":404}}', { status: 404 });
    return route();
  });
  const client = new CmsClient({
    baseUrl: 'http://cms.test:1337/',
    token: 'read-only-token',
    timeoutMs: 1_000,
    cache: new ResponseCache<unknown>({ maxEntries: 100 }),
    fetch: fetchImpl as typeof fetch,
    log: silent,
  });
  return { client, calls };
}

const query = { sort: 'issued-desc' as const, page: 1, pageSize: 20 };

describe('CmsClient.get', () => {
  it('sends the token, validates the body and caches by URL', async () => {
    const { client, calls } = fakeCms({ [LEGAL_DOCUMENTS]: () => Response.json(listResponse) });
    const first = await client.get(LEGAL_DOCUMENTS, listParams(query), StrapiLegalDocumentListSchema);
    const second = await client.get(LEGAL_DOCUMENTS, listParams(query), StrapiLegalDocumentListSchema);
    expect(first.data).toHaveLength(2);
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.Authorization).toBe('Bearer read-only-token');
    expect(calls[0]?.url).toMatch(/^http:\/\/cms\.test:1337\/api\/legal-documents\?fields\[0\]=number&/);
  });

  it('turns a body that does not match the content model into CmsUnavailableError with a hint', async () => {
    const { client } = fakeCms({ [LEGAL_DOCUMENTS]: () => Response.json({ data: [{ slug: 1 }], meta: {} }) });
    const error = await client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect((error as CmsUnavailableError).message).toContain('does not match the content model');
    expect((error as CmsUnavailableError).hint).toContain('deploy matching versions');
  });

  it.each([
    [401, 'CMS_TOKEN'],
    [403, 'CMS_TOKEN'],
    [400, 'strictParams'],
    [500, 'Strapi failed'],
  ])('maps HTTP %i to CmsUnavailableError (hint mentions %s)', async (status, hint) => {
    const { client } = fakeCms({ [LEGAL_DOCUMENTS]: () => new Response('{}', { status }) });
    const error = await client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect((error as CmsUnavailableError).hint).toContain(hint);
  });

  it('maps a network failure to CmsUnavailableError', async () => {
    const { client } = fakeCms({
      [LEGAL_DOCUMENTS]: () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema)).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});

describe('CmsClient.pollVersion', () => {
  it('invalidates the cache when the change counter moves', async () => {
    let version = '1';
    let title = 'Trước';
    const { client, calls } = fakeCms({
      '/api/site-sync/version': () => Response.json({ version }),
      [LEGAL_DOCUMENTS]: () =>
        Response.json({ ...listResponse, data: [{ ...listResponse.data[0], title }] }),
    });
    await client.pollVersion();
    const read = async () => (await client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema)).data[0]?.title;
    expect(await read()).toBe('Trước');
    title = 'Sau';
    await client.pollVersion();
    expect(await read()).toBe('Trước'); // same version: still cached
    version = '2';
    await client.pollVersion();
    expect(await read()).toBe('Sau');
    expect(calls.filter((call) => call.url.includes('/legal-documents'))).toHaveLength(2);
  });

  it('keeps serving the cache while the CMS is unreachable', async () => {
    let up = true;
    const { client } = fakeCms({
      '/api/site-sync/version': () => {
        if (!up) throw new TypeError('fetch failed');
        return Response.json({ version: up ? '1' : '2' });
      },
      [LEGAL_DOCUMENTS]: () => {
        if (!up) throw new TypeError('fetch failed');
        return Response.json(listResponse);
      },
    });
    await client.pollVersion();
    await client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema);
    up = false;
    await client.pollVersion();
    expect(client.cache.feed).toBe('offline');
    const body = await client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema);
    expect(body.data).toHaveLength(2);
  });

  it('falls back to short-lived entries when the CMS has no change feed', async () => {
    const { client } = fakeCms({});
    await client.pollVersion();
    expect(client.cache.feed).toBe('no-feed');
  });
});
