import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CmsClient, type CachedRead } from './cms-client.ts';
import { LEGAL_DOCUMENTS, listParams } from './cms-queries.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { listResponse } from './fixtures/strapi-payloads.ts';
import { recordedTags } from '../page-cache/request-tags.ts';
import { requestContext } from '../server/request-context.ts';
import { ResponseCache } from './response-cache.ts';
import { StrapiLegalDocumentListSchema } from './strapi-schemas.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

function fakeCms(routes: Record<string, (url: URL) => Response | Promise<Response>>) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const invalidations: Array<readonly string[] | 'all'> = [];
  const fetchImpl = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
    const path = new URL(url).pathname;
    const route = routes[path];
    if (!route) return new Response('{"error":{"status":404}}', { status: 404 });
    return route(new URL(url));
  });
  const cache = new ResponseCache<CachedRead>({ maxEntries: 100, tagsOf: (read) => read.tags });
  const client = new CmsClient({
    baseUrl: 'http://cms.test:1337/',
    token: 'read-only-token',
    timeoutMs: 1_000,
    cache,
    fetch: fetchImpl as typeof fetch,
    log: silent,
    invalidate: (tags) => {
      invalidations.push(tags);
      cache.invalidate(tags);
    },
    searchSettleMs: 50,
  });
  return { client, calls, invalidations };
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

describe('CmsClient and the change feed', () => {
  /** A CMS with a change log: `changes` after the cursor sent, `reset` for no cursor or another boot. */
  function feedCms(options: { changesStatus?: number } = {}) {
    const state = { boot: 'b1', log: [] as Array<{ seq: number; pluralName: string; documentId?: string; searchable: boolean }>, title: 'Trước' };
    const version = () => `${state.boot}-${state.log.length}`;
    const fake = fakeCms({
      '/api/site-sync/changes': (url) => {
        if (options.changesStatus) return new Response('{}', { status: options.changesStatus });
        const since = url.searchParams.get('since');
        const [boot, seq] = since ? [since.split('-')[0], Number(since.split('-')[1])] : [null, 0];
        if (boot !== state.boot) return Response.json({ version: version(), reset: true });
        return Response.json({ version: version(), changes: state.log.slice(seq) });
      },
      '/api/site-sync/version': () => Response.json({ version: version() }),
      [LEGAL_DOCUMENTS]: () => Response.json({ ...listResponse, data: [{ ...listResponse.data[0], title: state.title }] }),
      // Every content-API answer carries the feed's cursor at the time it was read (cms/src/middlewares/change-cursor.ts).
      '/api/articles': () => Response.json({ data: [{ documentId: 'a1', title: state.title }] }, { headers: { 'x-cong-change-cursor': version() } }),
    });
    const change = (pluralName: string, documentId: string, searchable = true) => {
      state.log.push({ seq: state.log.length + 1, pluralName, documentId, searchable });
    };
    const readDocs = async () => (await fake.client.get(LEGAL_DOCUMENTS, {}, StrapiLegalDocumentListSchema)).data[0]?.title;
    const readArticles = async () => ((await fake.client.get('/api/articles', {}, z.object({ data: z.array(z.object({ title: z.string() })) }))).data[0]?.title);
    return { ...fake, state, change, readDocs, readArticles };
  }

  it('invalidates only what a change names', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    expect(cms.invalidations).toEqual(['all']); // the first read: nothing says what came before
    expect(await cms.readDocs()).toBe('Trước');
    expect(await cms.readArticles()).toBe('Trước');
    cms.state.title = 'Sau';
    cms.change('articles', 'a1');
    await cms.client.pollVersion();
    expect(cms.invalidations.at(-1)).toEqual(['kind:articles', 'entry:a1', 'search']);
    expect(await cms.readArticles()).toBe('Sau');
    expect(await cms.readDocs()).toBe('Trước'); // no tag of the documents' list was named: still cached
    // An entry populated as a relation (the decree's issuing body) reaches the list that showed it.
    cms.change('issuing-bodies', 'ib5', false);
    await cms.client.pollVersion();
    expect(cms.invalidations.at(-1)).toEqual(['kind:issuing-bodies', 'entry:ib5']);
    expect(await cms.readDocs()).toBe('Sau');
    expect(cms.calls.filter((call) => call.url.includes('/legal-documents'))).toHaveLength(2);
  });

  it('applies the feed before using an answer newer than it (D17: the citing page goes stale with the arrival)', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    expect(await cms.readDocs()).toBe('Trước'); // cached, as the citing document's page would be
    cms.state.title = 'Sau';
    cms.change('legal-documents', 'd2');
    // Before the poller runs, a page reads something new from the CMS: its answer says the feed has moved on.
    cms.change('articles', 'a1');
    expect(await cms.readArticles()).toBe('Sau');
    expect(cms.invalidations.at(-1)).toEqual(['kind:legal-documents', 'entry:d2', 'search', 'kind:articles', 'entry:a1']);
    expect(await cms.readDocs()).toBe('Sau');
    // Caught up: the next answer at the same cursor reads the feed no more.
    const feedReads = cms.calls.filter((call) => call.url.includes('/site-sync/changes')).length;
    cms.client.cache.invalidate(['kind:articles']);
    await cms.readArticles();
    expect(cms.calls.filter((call) => call.url.includes('/site-sync/changes'))).toHaveLength(feedReads);
  });

  it('getUncached validates the answer, keeps it out of the data cache, and applies the feed first as get does', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    expect(await cms.readDocs()).toBe('Trước');
    cms.state.title = 'Sau';
    cms.change('legal-documents', 'd2');
    cms.change('articles', 'a1');
    const read = () => cms.client.getUncached('/api/articles', {}, z.object({ data: z.array(z.object({ title: z.string() })) }));
    expect((await read()).data[0]?.title).toBe('Sau');
    expect(cms.invalidations.at(-1)).toEqual(['kind:legal-documents', 'entry:d2', 'search', 'kind:articles', 'entry:a1']);
    await read();
    expect(cms.calls.filter((call) => call.url.includes('/api/articles'))).toHaveLength(2); // not cached
  });

  it('invalidates everything when the CMS restarted', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    await cms.readDocs();
    cms.state.boot = 'b2';
    cms.state.title = 'Sau';
    await cms.client.pollVersion();
    expect(cms.invalidations).toEqual(['all', 'all']);
    expect(await cms.readDocs()).toBe('Sau');
  });

  it('applies a pushed change at once, and the poll does not invalidate it again', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    await cms.readArticles();
    cms.state.title = 'Sau';
    cms.change('articles', 'a1');
    cms.client.applyPushedChange({ bootId: 'b1', seq: 1, pluralName: 'articles', documentId: 'a1', searchable: true });
    expect(cms.invalidations.at(-1)).toEqual(['kind:articles', 'entry:a1', 'search']);
    expect(await cms.readArticles()).toBe('Sau');
    // A duplicate, another boot's change, or one the poll already read: ignored.
    cms.client.applyPushedChange({ bootId: 'b1', seq: 1, pluralName: 'articles', documentId: 'a1', searchable: true });
    cms.client.applyPushedChange({ bootId: 'old', seq: 7, pluralName: 'articles', documentId: 'a1', searchable: true });
    await cms.client.pollVersion();
    cms.client.applyPushedChange({ bootId: 'b1', seq: 1, pluralName: 'articles', documentId: 'a1', searchable: true });
    expect(cms.invalidations).toHaveLength(2);
    // A pushed message lost on the way: the poll catches the change.
    cms.change('articles', 'a1');
    await cms.client.pollVersion();
    expect(cms.invalidations).toHaveLength(3);
  });

  it('records the tags of every read for the page being rendered, also when the answer comes from the cache', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    for (let i = 0; i < 2; i++) {
      const tags = await requestContext.run({ requestId: `r${i}` }, async () => {
        await cms.readDocs();
        return recordedTags();
      });
      expect(tags).toEqual(expect.arrayContaining(['kind:legal-documents', 'entry:qd08', 'entry:ib5', 'entry:dt5', 'entry:lf1']));
    }
    expect(cms.calls.filter((call) => call.url.includes('/legal-documents'))).toHaveLength(1);
  });

  it.each([403, 404])('falls back to the counter (any move invalidates everything) when /changes answers %i', async (status) => {
    const cms = feedCms({ changesStatus: status });
    await cms.client.pollVersion();
    expect(cms.client.cache.feed).toBe('tracking');
    expect(await cms.readDocs()).toBe('Trước');
    cms.state.title = 'Sau';
    cms.change('articles', 'a1');
    await cms.client.pollVersion();
    expect(cms.invalidations.at(-1)).toBe('all');
    expect(await cms.readDocs()).toBe('Sau');
  });

  it('invalidates search once more after a change to searchable content, when the index has caught up', async () => {
    const cms = feedCms();
    await cms.client.pollVersion();
    const searchRounds = () => cms.invalidations.filter((tags) => tags !== 'all' && tags.length === 1 && tags[0] === 'search').length;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      cms.change('articles', 'a1');
      await cms.client.pollVersion();
      cms.change('units', 'u1', false); // not searchable: no round of its own
      await cms.client.pollVersion();
      cms.client.applyPushedChange({ bootId: 'b1', seq: 3, pluralName: 'articles', documentId: 'a2', searchable: true });
      expect(searchRounds()).toBe(0);
      vi.advanceTimersByTime(50);
      expect(searchRounds()).toBe(1);
      // The pushed change arrived while the first round was pending: one more round after it.
      vi.advanceTimersByTime(50);
      expect(searchRounds()).toBe(2);
      vi.advanceTimersByTime(500);
      expect(searchRounds()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('CmsClient writes and files', () => {
  const submit = '/api/question-desk/submit';

  it('send answers every HTTP status as it is, JSON or not, with the caller’s token', async () => {
    const { client, calls } = fakeCms({
      [submit]: () => Response.json({ error: { message: 'Sai' } }, { status: 500 }),
      '/api/rating-desk/rate': () => new Response('<html>proxy</html>', { status: 502 }),
    });
    const failed = await client.send(submit, { data: { a: 1 } }, { token: 'public-input-token' });
    expect(failed).toMatchObject({ status: 500, body: { error: { message: 'Sai' } } });
    expect(calls[0]!.headers).toMatchObject({ Authorization: 'Bearer public-input-token', 'Content-Type': 'application/json' });
    const proxy = await client.send('/api/rating-desk/rate', {}, { token: 't' });
    expect(proxy).toMatchObject({ status: 502, body: null, detail: '<html>proxy</html>' });
  });

  it('post turns a failing CMS or a refused token into CmsUnavailableError naming the token to check', async () => {
    const { client } = fakeCms({ [submit]: () => new Response('no', { status: 403 }) });
    const error = await client.post(submit, {}, { token: 't', refusedHint: 'Check CMS_PUBLIC_INPUT_TOKEN.' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error).toMatchObject({ status: 403, hint: 'Check CMS_PUBLIC_INPUT_TOKEN.' });
  });

  it('a CMS that does not answer is CmsUnavailableError with the network error as cause', async () => {
    const down = new CmsClient({
      baseUrl: 'http://cms.test',
      timeoutMs: 1_000,
      cache: new ResponseCache<CachedRead>({ maxEntries: 10, tagsOf: (read) => read.tags }),
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
      log: silent,
    });
    const error = await down.send(submit, {}, { token: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect((error as CmsUnavailableError).status).toBeUndefined();
    expect((error as CmsUnavailableError).cause).toBeInstanceOf(TypeError);
  });

  it('file streams an upload without the read token and without following redirects', async () => {
    const seen: RequestInit[] = [];
    const client = new CmsClient({
      baseUrl: 'http://cms.test',
      token: 'read-only-token',
      timeoutMs: 1_000,
      cache: new ResponseCache<CachedRead>({ maxEntries: 10, tagsOf: (read) => read.tags }),
      fetch: (async (_url: string, init: RequestInit) => {
        seen.push(init);
        return new Response('%PDF-', { status: 206 });
      }) as unknown as typeof fetch,
      log: silent,
    });
    const response = await client.file('/uploads/a.pdf', { method: 'GET', headers: new Headers({ range: 'bytes=0-4' }) });
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('%PDF-');
    expect(seen[0]).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(new Headers(seen[0]!.headers).get('authorization')).toBeNull();
    expect(new Headers(seen[0]!.headers).get('range')).toBe('bytes=0-4');
  });
});
