// @ts-check
/**
 * What the site's HTTP server refuses before Astro sees a request (server.mjs calls `guardRequest` first), and
 * the table of which routes take which methods, shared with src/middleware.ts and the public-input pipeline:
 * - a URL that does not decode: 400;
 * - a method other than GET, HEAD, POST and OPTIONS: 405 with Allow. TRACE, CONNECT and TRACK cannot even be
 *   made into a fetch Request (Astro's adapter threw, a 500), and nothing here answers PUT, DELETE or PATCH;
 * - a declared body larger than any public route takes (the comment attachments' limit): 413 before a byte of
 *   it is read, and the connection closed so the rest is not read either.
 * The precise limit of each route and content type, and the count while a body streams in, are the pipeline's
 * (src/lib/public-input/body.ts), which answers with the Vietnamese error page or JSON.
 */
import { PUBLIC_BODY_LIMITS } from '@cong/content';

/** Routes that take POST (every public write); file uploads only on the comment routes. */
const WRITE_ROUTES = [/^\/du-thao\/[^/]+\/?$/, /^\/hoi-dap\/?$/, /^\/danh-gia\/?$/, /^\/api\/v1\/drafts\/[^/]+\/comments\/?$/];
const FILE_ROUTES = [/^\/du-thao\/[^/]+\/?$/, /^\/api\/v1\/drafts\/[^/]+\/comments\/?$/];

/** @param {string} pathname */
export const takesWrites = (pathname) => WRITE_ROUTES.some((route) => route.test(pathname));
/** @param {string} pathname */
export const takesFiles = (pathname) => FILE_ROUTES.some((route) => route.test(pathname));

/** @param {string} pathname @returns {string} the Allow header of a path */
export const allowedMethods = (pathname) => (takesWrites(pathname) ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS');

/** Sent with every answer of the site (review L12): no page here needs the camera, microphone or location. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/**
 * Strict-Transport-Security, on by default in production: when the public URL is https or NODE_ENV=production,
 * a year (HSTS_MAX_AGE overrides it; 0 turns it off). Browsers ignore it over plain HTTP, so sending it behind
 * the agency's TLS proxy is what counts.
 * @param {{ HSTS_MAX_AGE?: number | string | undefined, PUBLIC_SITE_URL?: string | undefined, NODE_ENV?: string | undefined }} env
 * @returns {string | null}
 */
export function strictTransportSecurity(env) {
  const production = (env.PUBLIC_SITE_URL ?? '').startsWith('https://') || env.NODE_ENV === 'production';
  const configured = env.HSTS_MAX_AGE === undefined || env.HSTS_MAX_AGE === '' ? null : Number(env.HSTS_MAX_AGE);
  const maxAge = configured ?? (production ? 31_536_000 : 0);
  return Number.isFinite(maxAge) && maxAge > 0 ? `max-age=${Math.floor(maxAge)}; includeSubDomains` : null;
}

const HSTS = strictTransportSecurity(process.env);

/** The headers every answer of the site carries, whoever writes it (server.mjs's assets and refusals, Astro). */
export const STANDARD_HEADERS = { 'Permissions-Policy': PERMISSIONS_POLICY, ...(HSTS ? { 'Strict-Transport-Security': HSTS } : {}) };

const MESSAGES = {
  badUrl: 'Địa chỉ (URL) không hợp lệ.',
  method: 'Phương thức HTTP này không được hỗ trợ.',
  tooLarge: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(PUBLIC_BODY_LIMITS.multipart / 1024 / 1024)} MB kể cả tệp đính kèm).`,
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} headers
 */
function answer(res, pathname, status, message, headers) {
  const api = pathname.startsWith('/api/');
  const body = api ? JSON.stringify({ error: { message } }) : `${message}\n`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...STANDARD_HEADERS,
    ...(api ? { 'Access-Control-Allow-Origin': '*' } : {}),
  });
  res.end(body);
}

/**
 * Answers the request itself when it must be refused here; true when it did.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function guardRequest(req, res) {
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  try {
    decodeURI(req.url ?? '/');
  } catch {
    answer(res, pathname, 400, MESSAGES.badUrl, {});
    return true;
  }
  const method = req.method ?? 'GET';
  if (!['GET', 'HEAD', 'POST', 'OPTIONS'].includes(method)) {
    answer(res, pathname, 405, MESSAGES.method, { Allow: allowedMethods(pathname), Connection: 'close' });
    return true;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > PUBLIC_BODY_LIMITS.multipart) {
    answer(res, pathname, 413, MESSAGES.tooLarge, { Connection: 'close' });
    return true;
  }
  return false;
}
