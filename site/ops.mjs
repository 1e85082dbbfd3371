/**
 * Operations around every request of the site's HTTP server (server.mjs wraps its handler in `withOps`):
 * - a request id: the caller's `X-Request-Id` when it is a short safe token, a fresh one otherwise; answered in
 *   the same header, and held in the request context (src/lib/request-context.ts) for every CMS call to send on;
 * - `/healthz`: 200 as long as the process serves HTTP; it touches no dependency (the CMS and search are
 *   `/readyz`'s business, src/pages/readyz.ts), is never cached and passes no rate limit;
 * - one JSON log line per request on stdout: time, level, method, path (secret-looking query values hidden),
 *   status, duration in ms, request id.
 *
 * The site answers about a thousand requests a second: a line costs one JSON.stringify, and lines are written
 * in batches (one stdout write per 50 ms or 64 KB, and on exit), since stdout to a pipe is a synchronous write
 * on Linux.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { acceptRequestId, loggablePath, newRequestId } from '@cong/content';

const KEY = Symbol.for('cong.site.requestContext');
/** Shared with src/lib/request-context.ts (bundled by Astro), so both sides see one store. */
const requestContext = (globalThis[KEY] ??= new AsyncLocalStorage());

const FLUSH_MS = 50;
const FLUSH_BYTES = 64 * 1024;
let pending = '';
let timer = null;

function flush() {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!pending) return;
  const out = pending;
  pending = '';
  process.stdout.write(out);
}

function log(line) {
  pending += `${JSON.stringify(line)}\n`;
  if (pending.length >= FLUSH_BYTES) flush();
  else timer ??= setTimeout(flush, FLUSH_MS);
}
process.on('exit', flush);

/** The server's request handler with the request id, the log line and /healthz around it. */
export function withOps(next) {
  return (req, res) => observe(req, res, next);
}

/**
 * Runs `next(req, res)` for a request, inside its request context, and logs it when the answer is sent (or the
 * connection drops: status 499, the usual convention for a client that went away).
 */
function observe(req, res, next) {
  const started = performance.now();
  const requestId = acceptRequestId(req.headers['x-request-id']) ?? newRequestId();
  res.setHeader('X-Request-Id', requestId);
  const done = () => {
    res.off('finish', done);
    res.off('close', done);
    const status = res.writableFinished ? res.statusCode : 499;
    log({
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      service: 'site',
      method: req.method,
      path: loggablePath(req.url ?? '/'),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  };
  res.on('finish', done);
  res.on('close', done);
  if (req.url === '/healthz' || req.url?.startsWith('/healthz?')) return healthz(req, res);
  requestContext.run({ requestId }, next, req, res);
}

function healthz(req, res) {
  const body = '{"status":"ok"}';
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
