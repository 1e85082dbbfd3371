/**
 * Operations around every request of the site's HTTP server (server.mjs wraps its handler in `withOps`):
 * - a request id: the caller's `X-Request-Id` when it is a short safe token, a fresh one otherwise; answered in
 *   the same header, and held in the request context (src/lib/server/request-context.ts) for every CMS call to send on;
 * - `/healthz`: 200 as long as the process serves HTTP; it touches no dependency (the CMS and search are
 *   `/readyz`'s business, src/pages/readyz.ts), is never cached and passes no rate limit;
 * - one JSON log line per request on stdout: time, level, method, path (secret-looking query values hidden),
 *   status, duration in ms, request id — for every request the site computes (a render, an API call, a form, a
 *   refusal). Answers straight from memory (a built asset, a page from the rendered-page cache) are counted
 *   instead, one line every 10 s with the counts by status: they touch neither the CMS nor search, and at tens of
 *   thousands a second a line each cost a fifth of the site's throughput (a bare node:http server sending the same
 *   bytes, measured here: 46–48k answers a second with a line each, 56–61k without). The agency's reverse proxy, which sees every request, keeps
 *   the per-request access log; `SITE_ACCESS_LOG=all` writes a line for those too.
 *
 * The site answers about a thousand requests a second: a line costs one JSON.stringify, and lines are written
 * in batches (one stdout write per 50 ms or 64 KB, and on exit), since stdout to a pipe is a synchronous write
 * on Linux.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { acceptRequestId, loggablePath, newRequestId } from '@cong/content';
import { PROCESS_INDEX_VAR } from './supervisor.mjs';

const KEY = Symbol.for('cong.site.requestContext');
/** Shared with src/lib/server/request-context.ts (bundled by Astro), so both sides see one store. */
const requestContext = (globalThis[KEY] ??= new AsyncLocalStorage());

const FLUSH_MS = 50;
const FLUSH_BYTES = 64 * 1024;
let pending = '';
let timer = null;

/**
 * Stdout to a pipe is asynchronous in Node: when whatever reads the site's log stalls (a log shipper that hangs,
 * a parent process that is busy), every line would wait in memory — at tens of thousands of cached answers a
 * second, hundreds of megabytes (measured: bench:site's site grew to 1.6 GB while its parent sat in spawnSync).
 * Past this backlog, lines are dropped and counted instead, and one line says how many when the reader catches up.
 */
const MAX_BACKLOG_BYTES = 8 * 1024 * 1024;
let dropped = 0;

/** `all`: a line for every request, answers from memory included (src/lib/server/env.ts validates the value). */
const LOG_EVERY_ANSWER = process.env.SITE_ACCESS_LOG === 'all';
/**
 * With several processes (SITE_PROCESSES, supervisor.mjs) every line names the one that wrote it (`"process":1`),
 * and they all write to the one stdout they inherited: a write of at most PIPE_BUF (4096) bytes to a pipe is never
 * interleaved with another process's, so lines go out in pieces of at most ATOMIC_CHARS (×3 bytes in UTF-8).
 */
const PROCESS_INDEX = process.env[PROCESS_INDEX_VAR];
const PROCESS_FIELD = PROCESS_INDEX === undefined ? {} : { process: Number(PROCESS_INDEX) };
const PROCESS_JSON = PROCESS_INDEX === undefined ? '' : `,"process":${Number(PROCESS_INDEX)}`;
const ATOMIC_CHARS = 1365;
const MEMORY_SUMMARY_MS = 10_000;
/** Answers from memory since the last summary line, by status. */
let fromMemory = new Map();
let summaryScheduled = false;

function countFromMemory(status) {
  fromMemory.set(status, (fromMemory.get(status) ?? 0) + 1);
  if (summaryScheduled) return;
  summaryScheduled = true;
  // Unref'd: the count alone never keeps the process up; what is counted at exit is written then.
  setTimeout(logMemorySummary, MEMORY_SUMMARY_MS).unref();
}

function logMemorySummary() {
  summaryScheduled = false;
  if (fromMemory.size === 0) return;
  let count = 0;
  const statuses = {};
  for (const [status, n] of fromMemory) {
    statuses[status] = n;
    count += n;
  }
  fromMemory = new Map();
  log(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', service: 'site', ...PROCESS_FIELD, message: 'answers from memory', count, statuses, seconds: MEMORY_SUMMARY_MS / 1000 })}\n`);
}

function flush() {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!pending) return;
  const out = pending;
  pending = '';
  if (process.stdout.writableLength > MAX_BACKLOG_BYTES) {
    dropped += out.split('\n').length - 1;
    return;
  }
  if (dropped > 0) {
    process.stdout.write(`{"time":"${new Date().toISOString()}","level":"warn","service":"site","message":"log lines dropped: stdout was not read","dropped":${dropped}}\n`);
    dropped = 0;
  }
  if (PROCESS_INDEX === undefined) process.stdout.write(out);
  else writeInAtomicPieces(out);
}

function writeInAtomicPieces(out) {
  for (let start = 0; start < out.length; ) {
    const cut = out.length - start <= ATOMIC_CHARS ? out.length : out.lastIndexOf('\n', start + ATOMIC_CHARS - 1) + 1;
    // A single line longer than a piece goes out whole (it may then interleave: lines are short, paths bounded).
    const end = cut > start ? cut : out.indexOf('\n', start) + 1 || out.length;
    process.stdout.write(out.slice(start, end));
    start = end;
  }
}

function log(line) {
  pending += line;
  if (pending.length >= FLUSH_BYTES) flush();
  else timer ??= setTimeout(flush, FLUSH_MS);
}
process.on('exit', () => {
  logMemorySummary();
  flush();
});

/**
 * The server's request handler with the request id, the log line and /healthz around it. `answerFromMemory(req,
 * res, requestId)`, when given, runs first and says whether it answered: `'refused'` (a refusal, logged like any
 * computed answer), `'memory'` (a built asset or a page from the rendered-page cache: counted, see above), or
 * false. Such an answer reads nothing from the CMS, so it runs outside the request context.
 */
export function withOps(next, answerFromMemory) {
  return (req, res) => observe(req, res, next, answerFromMemory);
}

/**
 * Runs `next(req, res)` for a request, inside its request context, and logs it when the answer is sent (or the
 * connection drops: status 499, the usual convention for a client that went away).
 */
function observe(req, res, next, answerFromMemory) {
  const started = performance.now();
  const requestId = acceptRequestId(req.headers['x-request-id']) ?? newRequestId();
  // X-Request-Id: a cache hit and a built asset put it among the headers of their one writeHead (a header set before
  // writeHead sends Node down its slow path, which re-validates every header: measured 15–25 % of a cached answer);
  // a refusal sets it itself (request-guard.mjs), every other answer gets it here.
  const answered = answerFromMemory?.(req, res, requestId);
  if (answered === 'memory' && !LOG_EVERY_ANSWER) {
    countFromMemory(res.statusCode);
    return;
  }
  // A response emits 'close' after 'finish' when it was sent, and alone when the connection dropped: one listener.
  res.once('close', () => {
    const status = res.writableFinished ? res.statusCode : 499;
    log(logLine(req, status, Math.round((performance.now() - started) * 10) / 10, requestId));
  });
  if (answered) return;
  res.setHeader('X-Request-Id', requestId);
  if (req.url === '/healthz' || req.url?.startsWith('/healthz?')) return healthz(req, res);
  requestContext.run({ requestId }, next, req, res);
}

let isoMs = 0;
let iso = '';

/**
 * The JSON log line, written out by hand in the field order JSON.stringify gave (time, level, service, method,
 * path, status, durationMs, requestId): at tens of thousands of cached answers a second, building and
 * stringifying an object per line, and formatting the date every time, were measurable. Strings that come from
 * the client go through JSON.stringify; the request id is a safe token (acceptRequestId) or a UUID.
 */
function logLine(req, status, durationMs, requestId) {
  const now = Date.now();
  if (now !== isoMs) {
    isoMs = now;
    iso = new Date(now).toISOString();
  }
  const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  return `{"time":"${iso}","level":"${level}","service":"site"${PROCESS_JSON},"method":${JSON.stringify(req.method)},"path":${JSON.stringify(loggablePath(req.url ?? '/'))},"status":${status},"durationMs":${durationMs},"requestId":"${requestId}"}\n`;
}

function healthz(req, res) {
  const body = '{"status":"ok"}';
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
