import type { IncomingMessage, ServerResponse } from 'node:http';
import { env } from '../server/env.ts';
import { answerHead } from './answer.ts';
import { cacheKey } from './cache-key.ts';
import { onInvalidate } from './invalidation.ts';
import { PageStore } from './store.ts';

/**
 * The process-wide rendered-page cache: one store, filled by the Astro cache provider (provider.ts) and read
 * first by server.mjs for every GET and HEAD (`serveFromPageCache`) before Astro sees the request.
 *
 * Why server.mjs reads it directly: through Astro, even a cache hit builds a Request, routes it, runs the
 * middleware chain and writes a web Response to the node response — about 1,700 answers a second on this box
 * for a page nginx sends 35,000 times a second (docs/architecture.md has the figures). Straight from the store
 * to the node response, a hit costs a map lookup and one write.
 */
export const pageStore = new PageStore({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024, brotliQuality: env.PAGE_CACHE_BROTLI_QUALITY });

// A change in the CMS marks what showed it stale; the stale copy still answers while the CMS is unavailable.
onInvalidate((tags) => pageStore.invalidate(tags));

/**
 * Answers a GET or HEAD from the store when it holds the page fresh, or stale with a render already under way.
 * Returns false when Astro must handle the request (not stored, or stale with nobody rendering it yet: Astro's
 * pass through provider.ts renders it once and falls back to the stale copy if the CMS is unavailable).
 */
export function serveFromPageCache(req: IncomingMessage, res: ServerResponse, requestId?: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let key: string;
  try {
    key = cacheKey(req.url ?? '/');
  } catch {
    return false;
  }
  const page = pageStore.get(key);
  if (!page || (page.stale && !page.revalidating)) return false;
  const out = answerHead(page, { method: req.method, acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] }, page.stale ? 'STALE' : 'HIT');
  // The request id among the one writeHead's headers (ops.mjs says why it is not set before).
  res.writeHead(out.status, requestId ? [...out.head, 'x-request-id', requestId] : (out.head as Array<string | number>));
  res.end(out.body ?? undefined);
  return true;
}

const KEY = Symbol.for('cong.site.pageCache');
(globalThis as typeof globalThis & { [KEY]?: typeof serveFromPageCache })[KEY] = serveFromPageCache;
