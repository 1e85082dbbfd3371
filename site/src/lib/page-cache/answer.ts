import { chooseEncoding, type Encoding } from './negotiate.ts';
import type { StoredPage } from './store.ts';

/** How a stored page answered: fresh, a stale copy (re-render under way, or the CMS unavailable), or just stored. */
export type CacheState = 'HIT' | 'STALE' | 'MISS';

export type Conditional = { method: string; acceptEncoding: string | null | undefined; ifNoneMatch: string | null | undefined };

export type Answer = { status: 200 | 304; headers: Record<string, string | number>; body: Buffer | null };

/**
 * A stored page's answer as server.mjs sends it: the status, the response headers as one flat list of names and
 * values (`[name, value, name, value, …]`, what node's `writeHead` takes), and the body.
 */
export type Head = { status: 200 | 304; head: ReadonlyArray<string | number>; body: Buffer | null };

/**
 * The answer to a GET or HEAD from a stored page: the coding the client prefers among those stored, the strong
 * ETag of that coding (304 when If-None-Match names the page's current bytes in any coding), `Vary:
 * Accept-Encoding`, the exact length.
 *
 * The header list of each (status, coding, cache state) is built once per stored page and reused by every later
 * answer: a page served tens of thousands of times a second would otherwise copy its headers and build its
 * ETag for each.
 */
export function answerHead(page: StoredPage, request: Conditional, state: CacheState): Head {
  const coding = chooseEncoding(request.acceptEncoding ?? undefined, { br: page.br !== null, gzip: true }) ?? 'identity';
  if (request.ifNoneMatch && matches(page.etag, request.ifNoneMatch)) return { status: 304, head: headOf(page, 304, coding, state), body: null };
  const body = coding === 'br' ? page.br! : coding === 'gzip' ? page.gzip : page.identity;
  return { status: 200, head: headOf(page, 200, coding, state), body: request.method === 'HEAD' ? null : body };
}

/** The same answer with its headers as a record (the Astro side, provider.ts, and the tests). */
export function answer(page: StoredPage, request: Conditional, state: CacheState): Answer {
  const { status, head, body } = answerHead(page, request, state);
  const headers: Record<string, string | number> = {};
  for (let i = 0; i < head.length; i += 2) headers[head[i] as string] = head[i + 1]!;
  return { status, headers, body };
}

const heads = new WeakMap<StoredPage, Map<string, ReadonlyArray<string | number>>>();

function headOf(page: StoredPage, status: 200 | 304, coding: Encoding, state: CacheState): ReadonlyArray<string | number> {
  let byKind = heads.get(page);
  if (!byKind) heads.set(page, (byKind = new Map()));
  const kind = `${status} ${coding} ${state}`;
  let head = byKind.get(kind);
  if (!head) byKind.set(kind, (head = buildHead(page, status, coding, state)));
  return head;
}

function buildHead(page: StoredPage, status: 200 | 304, coding: Encoding, state: CacheState): Array<string | number> {
  const headers: Record<string, string | number> = { ...page.headers, vary: page.headers.vary ? `${page.headers.vary}, Accept-Encoding` : 'Accept-Encoding', 'x-cache': state };
  headers.etag = coding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
  if (status === 200) {
    if (coding !== 'identity') headers['content-encoding'] = coding;
    headers['content-length'] = (coding === 'br' ? page.br! : coding === 'gzip' ? page.gzip : page.identity).length;
  }
  return Object.entries(headers).flat();
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
