import type { CacheProvider, CacheProviderFactory } from 'astro';
import { answer, type Answer, type CacheState, type Conditional } from './answer.ts';
import { cacheKeyOfUrl } from './cache-key.ts';
import { freshSeconds } from './fresh-until.ts';
import { pageStore } from './index.ts';
import { MAX_STORED_BYTES } from './policy.ts';
import { recordedTags } from './request-tags.ts';
import type { StoredPage } from './store.ts';

/**
 * The site's Astro cache provider (astro.config.mjs `cache.provider`), checked against astro 7.3.5
 * (core/cache/handler.js calls `onRequest(context, next)` around the middleware and the page for every request
 * when a provider is configured; `next()` applies the route's `cache.set()` as CDN-Cache-Control and Cache-Tag
 * headers, which Astro removes from the answer afterwards).
 *
 * A page the middleware marked cacheable (`context.cache.set({ maxAge, tags })`, src/middleware.ts) is stored as
 * bytes in the process-wide store (index.ts), which server.mjs reads first on later requests. Here:
 * - a stored fresh page answers without rendering (a request server.mjs did not take, e.g. a URL spelled
 *   differently that normalises to the same key);
 * - a stale page is rendered again by one request at a time; meanwhile the others get the stale copy; when the
 *   render fails (the CMS stopped, or hung past CMS_TIMEOUT_MS: the page answers 503), the stale copy answers 200;
 * - a page never seen renders as usual (the Vietnamese 503 page with Retry-After when the CMS is unavailable).
 */
const TRANSIENT = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'etag', 'last-modified', 'date', 'set-cookie', 'cdn-cache-control', 'cache-tag', 'x-astro-cache']);

function toResponse(out: Answer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(out.headers)) headers.set(name, String(value));
  // A view of the stored bytes, not a copy (node Buffers live in an ArrayBuffer, never a SharedArrayBuffer).
  const bytes = out.body && out.body.length > 0 ? new Uint8Array(out.body.buffer as ArrayBuffer, out.body.byteOffset, out.body.length) : null;
  return new Response(bytes, { status: out.status, headers });
}

function reply(page: StoredPage, request: Request, state: CacheState): Response {
  const conditional: Conditional = { method: request.method, acceptEncoding: request.headers.get('accept-encoding'), ifNoneMatch: request.headers.get('if-none-match') };
  return toResponse(answer(page, conditional, state));
}

/** `max-age` of the CDN-Cache-Control header Astro derives from `cache.set({ maxAge })`; 0 when absent. */
function maxAgeOf(response: Response): number {
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(response.headers.get('cdn-cache-control') ?? '');
  return match ? Number(match[1]) : 0;
}

/** Stores the answer if the route asked for it; returns the stored page, or the answer unchanged (body intact). */
async function store(key: string, url: URL, response: Response, epoch: number): Promise<StoredPage | Response> {
  const maxAge = maxAgeOf(response);
  if (response.status !== 200 || maxAge <= 0 || response.headers.has('set-cookie')) return response;
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_STORED_BYTES) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!TRANSIENT.has(name)) headers[name] = value;
  });
  const rebuilt = () => new Response(body, { status: response.status, headers: response.headers });
  if (body.length > MAX_STORED_BYTES) return rebuilt();
  // Astro streams a page: the components rendered after next() returned (the layout's banner, the footer…) record
  // their tags and clock bounds while the body is read, so both are taken again now that it has been.
  const tags = new Set((response.headers.get('cache-tag') ?? '').split(',').map((t) => t.trim()).filter(Boolean));
  for (const tag of recordedTags()) tags.add(tag);
  const seconds = freshSeconds(maxAge);
  if (seconds <= 0) return rebuilt();
  return pageStore.put({ key, path: url.pathname, body, headers, tags, maxAgeMs: seconds * 1000 }, epoch);
}

/** Renders under way of pages not stored yet, by key: what concurrent requests for the same page wait for. */
const rendering = new Map<string, Promise<StoredPage | null>>();

const pageCacheProvider: CacheProviderFactory = () => ({
  name: 'cong-page-cache',
  async onRequest({ request, url, logger }, next) {
    const method = request.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = cacheKeyOfUrl(url);
    const known = pageStore.get(key);
    if (known && (!known.stale || known.revalidating || method === 'HEAD')) return reply(known, request, known.stale ? 'STALE' : 'HIT');
    if (method === 'HEAD') return next();
    // A page never seen, asked for by many at once (a new document just announced): one render, the others wait for it.
    const pending = known ? undefined : rendering.get(key);
    if (pending) {
      const page = await pending;
      if (page) return reply(page, request, 'HIT');
    }

    const epoch = pageStore.epoch;
    if (known) known.revalidating = true;
    let settle: (page: StoredPage | null) => void = () => undefined;
    const leader = !known && !pending;
    if (leader) rendering.set(key, new Promise((resolve) => (settle = resolve)));
    let result: StoredPage | Response | undefined;
    try {
      result = await store(key, url, await next(), epoch);
    } catch (error) {
      if (!known) throw error;
      logger.warn(`${url.pathname}: render failed (${String(error)}); the stale copy answers.`);
      return reply(known, request, 'STALE');
    } finally {
      if (known) known.revalidating = false;
      if (leader) {
        rendering.delete(key);
        settle(result && !(result instanceof Response) ? result : null);
      }
    }
    const stored = result!;
    if (!(stored instanceof Response)) return reply(stored, request, 'MISS');
    if (known && stored.status >= 500) {
      // The CMS is unavailable (or the render broke): the last good copy is better than the error page.
      await stored.body?.cancel();
      return reply(known, request, 'STALE');
    }
    if (known) pageStore.delete(key); // gone (404), or no longer cacheable
    return stored;
  },
  async invalidate({ tags, path }) {
    if (tags) pageStore.invalidate(Array.isArray(tags) ? tags : [tags]);
    if (path) pageStore.delete(path);
  },
} satisfies CacheProvider);

export default pageCacheProvider;
