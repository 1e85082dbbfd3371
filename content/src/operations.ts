/**
 * Rules the site and the CMS share for operating the portal: the request id that ties the site's log line to
 * the CMS's, and which parts of a request path may be written to a log.
 */

/** The header that carries a request's id from the site to the CMS (and back to a client in the answer). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An incoming id is kept only when it is a short token of safe characters: anything else (long, spaces, quotes,
 * control characters) would let a client write into the logs, so a fresh id is used instead.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function acceptRequestId(value: string | string[] | null | undefined): string | null {
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value) ? value : null;
}

export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

/** Query parameters whose values never reach a log (tokens in links, codes, addresses). */
const SECRET_PARAMS = /token|key|secret|pass|code|mail|sig|auth|jwt|session|phone/i;

/**
 * The request target as logged: the path, and the query with the value of every secret-looking parameter
 * replaced by `…`; at most 512 characters.
 */
export function loggablePath(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url.length > 512 ? `${url.slice(0, 512)}…` : url;
  const parts = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_PARAMS.test(name) ? `${name}=…` : pair;
    });
  const path = `${url.slice(0, q)}?${parts.join('&')}`;
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}
