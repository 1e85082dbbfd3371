import { chooseEncoding } from './negotiate.ts';
import type { StoredPage } from './store.ts';

/** How a stored page answered: fresh, a stale copy (re-render under way, or the CMS unavailable), or just stored. */
export type CacheState = 'HIT' | 'STALE' | 'MISS';

export type Conditional = { method: string; acceptEncoding: string | null | undefined; ifNoneMatch: string | null | undefined };

export type Answer = { status: 200 | 304; headers: Record<string, string | number>; body: Buffer | null };

/**
 * The answer to a GET or HEAD from a stored page: the coding the client prefers among those stored, the strong
 * ETag of that coding (304 when If-None-Match names the page's current bytes in any coding), `Vary:
 * Accept-Encoding`, the exact length.
 */
export function answer(page: StoredPage, request: Conditional, state: CacheState): Answer {
  const coding = chooseEncoding(request.acceptEncoding ?? undefined, { br: page.br !== null, gzip: true }) ?? 'identity';
  const headers: Record<string, string | number> = { ...page.headers, vary: page.headers.vary ? `${page.headers.vary}, Accept-Encoding` : 'Accept-Encoding', 'x-cache': state };
  headers.etag = coding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
  if (request.ifNoneMatch && matches(page.etag, request.ifNoneMatch)) return { status: 304, headers, body: null };
  const body = coding === 'br' ? page.br! : coding === 'gzip' ? page.gzip : page.identity;
  if (coding !== 'identity') headers['content-encoding'] = coding;
  headers['content-length'] = body.length;
  return { status: 200, headers, body: request.method === 'HEAD' ? null : body };
}

/** If-None-Match against the page's validator in any of its codings (`"x"`, `"x-gz"`, `"x-br"`; W/ ignored, as RFC 9110 says for GET). */
function matches(etag: string, header: string): boolean {
  if (header.trim() === '*') return true;
  const base = etag.slice(1, -1);
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === etag || tag === `"${base}-gz"` || tag === `"${base}-br"`) return true;
  }
  return false;
}
