// @ts-check
/**
 * What the site's HTTP server refuses before Astro sees a request (server.mjs calls `guardRequest` first), and
 * the table of which routes take which methods, shared with src/middleware.ts and the public-input pipeline:
 * - a URL that does not decode: 400;
 * - a method other than GET, HEAD, POST and OPTIONS: 405 with Allow. TRACE, CONNECT and TRACK cannot even be
 *   made into a fetch Request (Astro's adapter threw, a 500), and nothing here answers PUT, DELETE or PATCH;
 * - a declared body larger than its route takes (bodyLimit: the text limit, or the attachments' on the comment
 *   routes; the attachments' limit anywhere else): 413 before it is read, the connection closed a moment later.
 * The count while a body without a declared length streams in is the pipeline's (src/lib/public-input/body.ts),
 * which answers with the Vietnamese error page or JSON.
 */
import { bodyLimit, COMMENT_FILE_MAX_BYTES, COMMENT_LIMITS, PUBLIC_BODY_LIMITS } from '@cong/content';

/** Routes that take POST (every public write); file uploads only on the comment routes. */
const WRITE_ROUTES = [/^\/du-thao\/[^/]+\/?$/, /^\/hoi-dap\/?$/, /^\/danh-gia\/?$/, /^\/nhan-tin(\/xac-nhan|\/huy)?\/?$/, /^\/api\/v1\/drafts\/[^/]+\/comments\/?$/];
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
  tooLarge: 'Dữ liệu gửi lên quá lớn.',
};

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} headers
 * @param {boolean} [asIs] the body is `message` itself (an HTML page)
 */
function answer(req, res, pathname, status, message, headers, asIs = false) {
  const api = pathname.startsWith('/api/');
  const body = asIs ? message : api ? JSON.stringify({ error: { message } }) : `${message}\n`;
  res.writeHead(status, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    ...headers,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...STANDARD_HEADERS,
    ...(api ? { 'Access-Control-Allow-Origin': '*' } : {}),
  });
  if (headers.Connection !== 'close') {
    res.end(body);
    return;
  }
  // A refused request whose body may still be arriving: the answer goes out now, and the connection is closed
  // LINGER_MS later. The body is not read (Node pauses the socket once its small buffer is full, so memory stays
  // flat); but closing a socket with unread bytes makes the kernel reset the connection, and a reset that came at
  // once could destroy the answer before the client read it (the reason for nginx's "lingering close").
  res.write(body);
  const end = () => {
    clearTimeout(timer);
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(end, LINGER_MS);
  req.once('error', end).once('close', end);
}

/** How long the answer to a refused upload has to reach the client before its connection is closed. */
const LINGER_MS = 1_000;

/**
 * Answers the request itself when it must be refused here; true when it did. `requestId` (ops.mjs) goes on the
 * refusal: the caller sets it on every other answer itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} [requestId]
 */
export function guardRequest(req, res, requestId) {
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const refusing = () => {
    if (requestId) res.setHeader('X-Request-Id', requestId);
  };
  try {
    decodeURI(req.url ?? '/');
  } catch {
    refusing();
    answer(req, res, pathname, 400, MESSAGES.badUrl, {});
    return true;
  }
  const method = req.method ?? 'GET';
  if (!['GET', 'HEAD', 'POST', 'OPTIONS'].includes(method)) {
    refusing();
    answer(req, res, pathname, 405, MESSAGES.method, { Allow: allowedMethods(pathname), Connection: 'close' });
    return true;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  // A GET carries no body: its route's limit is not worked out for every cached page served.
  if (!(declared > 0)) return false;
  const limit = takesWrites(pathname) ? bodyLimit(req.headers['content-type'], takesFiles(pathname)) : PUBLIC_BODY_LIMITS.multipart;
  if (declared > limit) {
    refusing();
    tooLarge(req, res, pathname, limit);
    return true;
  }
  return false;
}

/**
 * A body declared larger than its route takes is refused here, not in Astro: Astro's adapter would hand the
 * unread body to the page, and the only ways to get rid of it there are reading it (memory) or resetting the
 * connection at once (which can lose the answer). Here the answer goes out, nothing more is read, and the
 * connection is closed a moment later. A form page gets a short Vietnamese page (its text cannot be kept: it was never read).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {number} limit
 */
function tooLarge(req, res, pathname, limit) {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} kB`;
  const files = limit === PUBLIC_BODY_LIMITS.multipart && takesFiles(pathname);
  const fileNote = files ? ` (tối đa ${COMMENT_LIMITS.attachments} tệp đính kèm, mỗi tệp ${COMMENT_FILE_MAX_BYTES / 1024 / 1024} MB)` : '';
  const message = `${MESSAGES.tooLarge} Giới hạn của địa chỉ này là ${size}${fileNote}.`;
  if (pathname.startsWith('/api/')) {
    answer(req, res, pathname, 413, message, { Connection: 'close' });
    return;
  }
  const back = escapeHtml(pathname);
  const html =
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Dữ liệu gửi lên quá lớn</title></head><body><main><h1>Dữ liệu gửi lên quá lớn</h1>' +
    `<p>${escapeHtml(message)}</p><p><a href="${back}">Quay lại trang trước</a></p></main></body></html>`;
  answer(req, res, pathname, 413, html, { Connection: 'close', 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" }, true);
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
