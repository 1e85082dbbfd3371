/**
 * The site's HTTP server: Astro's request handler (@astrojs/node in middleware mode) behind a plain node:http
 * server that serves the few built assets (dist/client: a stylesheet, three small scripts, an icon) from memory.
 *
 * Why not the adapter's standalone server: it looks every request up on disk first (an lstat, then a stat
 * through libuv's thread pool) and renders only when that fails, so every page and API call waited for the
 * thread pool. Under 50 concurrent comment posts that wait was a fifth of the p95 (bench:comments: p95 223–235
 * ms with it, 176–182 ms without). Here the assets are known at start and everything else goes straight to Astro.
 *
 * GET and HEAD for a page or API answer the site has rendered before are answered from the rendered-page cache
 * (src/lib/page-cache/) before Astro sees them: through Astro a cached answer still costs routing and the web
 * Response round trip, which keeps it far below nginx's throughput for the same bytes.
 *
 * Environment: PORT (4321), HOST (localhost; 0.0.0.0 in a container), as the standalone server read them;
 * SITE_PROCESSES (1; a number, or `auto`: one per core): with more than one, this process is the supervisor of that
 * many serving processes of this same file, listening on the same port (supervisor.mjs).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROCESS_INDEX_VAR, siteProcesses, supervise } from './supervisor.mjs';

/** This process's slot when a supervisor started it (supervisor.mjs), else undefined: the one process of the site. */
const slot = process.env[PROCESS_INDEX_VAR];

/** The rendered-page cache's lookup, put on globalThis by the site bundle (src/lib/page-cache/index.ts). */
const PAGE_CACHE = Symbol.for('cong.site.pageCache');
const CLIENT_DIR = fileURLToPath(new URL('./dist/client/', import.meta.url));
const TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Every built asset by URL path, read once: the folder holds a few kilobytes, rebuilt only with the site. */
function loadAssets(dir) {
  const assets = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const body = readFileSync(path);
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        assets.set(url, {
          body,
          type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
          // Astro puts a content hash in the names under /_astro/: they never change, so caches keep them.
          cacheControl: url.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        });
      }
    }
  };
  walk(dir);
  return assets;
}

function serveAsset(req, res, asset, requestId) {
  const headers = { 'Content-Type': asset.type, 'Cache-Control': asset.cacheControl, ETag: asset.etag, 'X-Content-Type-Options': 'nosniff', ...STANDARD_HEADERS, 'X-Request-Id': requestId };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': asset.body.length });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

/**
 * Everything answered without Astro, in this order: a URL that does not decode, a method Astro cannot take or a
 * body larger than any route takes (refused before anything is read: `'refused'`); a built asset; every page and
 * API answer seen before, straight from the rendered-page cache (src/lib/page-cache/index.ts): `'memory'`. False
 * when Astro must answer. ops.mjs logs a refusal like any answer and counts the answers from memory.
 */
function answerFromMemory(req, res, requestId) {
  if (guardRequest(req, res, requestId)) return 'refused';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split(/[?#]/, 1)[0];
  const asset = assets.get(path);
  if (asset) {
    serveAsset(req, res, asset, requestId);
    return 'memory';
  }
  return globalThis[PAGE_CACHE]?.(req, res, requestId) === true ? 'memory' : false;
}

/** The built assets by URL path (loadAssets) and the request guard, loaded by the serving process when it starts. */
let assets = new Map();
/** @type {typeof import('./request-guard.mjs').guardRequest} */
let guardRequest;
/** @type {typeof import('./request-guard.mjs').STANDARD_HEADERS} */
let STANDARD_HEADERS;

async function serve() {
  // Imported here, not at the top: the supervisor of several processes serves nothing and loads no Astro.
  const [{ handler }, { withOps }, guard] = await Promise.all([import('./dist/server/entry.mjs'), import('./ops.mjs'), import('./request-guard.mjs')]);
  ({ guardRequest, STANDARD_HEADERS } = guard);
  assets = loadAssets(CLIENT_DIR);
  // withOps: a request id, one JSON log line per request, and /healthz before anything else (ops.mjs).
  const server = createServer(withOps(handler, answerFromMemory));

  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? 'localhost';
  // Several processes of one site share the port (SO_REUSEPORT: the kernel spreads the connections); one process
  // alone binds it exclusively, as always, so a second site started on the same port fails instead of sharing it.
  server.listen({ port, host, reusePort: slot !== undefined }, () => {
    console.log(`[site] listening on http://${host}:${port} (${assets.size} static assets in memory${slot === undefined ? '' : `; process ${slot}, pid ${process.pid}`})`);
    if (slot !== undefined) process.send?.('listening');
  });

  // Stop taking connections, let requests in flight finish (at most 10 s), then leave with exit code 0.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // A serving process whose supervisor is gone (killed outright) stops too, instead of holding the port unsupervised.
  if (slot !== undefined) process.once('disconnect', stop);
}

let processes = 1;
try {
  processes = siteProcesses();
} catch (error) {
  console.error(`[site] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
if (processes > 1 && slot === undefined) supervise({ count: processes, script: fileURLToPath(import.meta.url) });
else await serve();
