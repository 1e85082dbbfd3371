/**
 * npm run bench:site [-- --replicas 2] [-- --processes N] — the portal against the physical limit of this box, in the same run.
 *
 * For every page type (pages, lists, a draft with its comment form, search, the read API, the feeds) it measures,
 * with wrk at 32 connections and `Accept-Encoding: br, gzip`:
 *   - the site, warm (every page viewed before: what a traffic spike sees);
 *   - nginx serving the SAME bytes as a static file (the site's answer fetched with the same Accept-Encoding,
 *     served with its Content-Type and Content-Encoding) — the baseline; ratio = site / nginx, target ≥ 0.40;
 * then the first view right after a publish (one edit, then the pages it invalidated and pages never viewed, one
 * request at a time): p95 target ≤ 100 ms; and the site processes' peak memory.
 * The baseline nginx runs one worker per core (`worker_processes auto`), so the site is given the box too: by
 * default one serving process per core (SITE_PROCESSES, SO_REUSEPORT, sharing Redis at REDIS_URL, default
 * redis://127.0.0.1:6379), split over the replicas — what an agency runs in production (docs/scaling.md). With no
 * Redis answering, one process (SITE_PROCESSES above 1 requires it), said in the header.
 * `--processes N`: N serving processes per site instead (`--processes 1`: one Node process against nginx's every
 * core, the figure of a plain `npm start`).
 * `--replicas 2`: the site part goes through nginx in front of two site replicas (sharing Redis); the baseline is
 * nginx serving the bytes read through that proxy, and a second one is printed beside it: the same proxy in front
 * of an nginx serving those bytes (the limit of a proxied chain on this box, whatever the origin).
 * BENCH_SECONDS (default 10) per measurement.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, ensureInstalled } from '../../scripts/lib/build.ts';

const { values: args } = parseArgs({ options: { replicas: { type: 'string', default: '1' }, processes: { type: 'string' } }, allowPositionals: true });
const REPLICAS = Number(args.replicas);
if (!Number.isInteger(REPLICAS) || REPLICAS < 1 || REPLICAS > 8) throw new Error(`--replicas takes 1 to 8, not ${args.replicas}`);
/** The cores nginx's `worker_processes auto` uses: the site gets as many serving processes, unless told otherwise. */
const CORES = availableParallelism();
const PROCESSES_ASKED = args.processes === undefined ? null : Number(args.processes);
if (PROCESSES_ASKED !== null && (!Number.isInteger(PROCESSES_ASKED) || PROCESSES_ASKED < 1 || PROCESSES_ASKED > 8)) throw new Error(`--processes takes 1 to 8, not ${args.processes}`);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const ACCEPT_ENCODING = 'br, gzip';
const FIRST_VIEWS = 20;

/** wrk and nginx come from Debian, like the browser tests' chromium: installed when missing (as root), or named. */
function ensureDebianTool(tool: string, found: () => boolean): void {
  if (found()) return;
  if (process.getuid?.() !== 0) {
    console.error(`\nbench:site needs ${tool}: sudo apt-get install ${tool}\n`);
    process.exit(1);
  }
  console.log(`› Installing Debian's ${tool} for bench:site (apt-get install ${tool})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const installed = spawnSync('apt-get', ['install', '-y', '-qq', tool], { stdio: 'inherit', env });
  if (installed.status !== 0 || !found()) {
    console.error(`\nbench:site could not install ${tool}; install it (apt-get install ${tool}) and run again.\n`);
    process.exit(1);
  }
}

ensureInstalled();
ensureBuilt();
const { nginxBinary, startNginx } = await import('../support/nginx.ts');
ensureDebianTool('wrk', () => spawnSync('wrk', ['-v']).error === undefined);
ensureDebianTool('nginx', () => nginxBinary() !== null);
const { freePort, siteConnection, startCms, startSite } = await import('../../scripts/lib/services.ts');
const { loadDemoContent } = await import('../../scripts/lib/demo.ts');
const { pushRecords } = await import('../../scripts/lib/registry-client.ts');
const { demoRecords, demoConsultationSlugs } = await import('../../content/src/demo/index.ts');
const { numberSlug } = await import('../../content/src/index.ts');
const { peakRssMiB } = await import('./process-memory.ts');
const { redisAnswers } = await import('../support/redis.ts');

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await redisAnswers(redisUrl);
/** Serving processes per site: as asked, else one per core split over the replicas (one alone without Redis). */
const PROCESSES = PROCESSES_ASKED ?? (redisUp ? Math.max(1, Math.floor(CORES / REPLICAS)) : 1);
if (PROCESSES > 1 && !redisUp) throw new Error(`--processes ${PROCESSES} needs Redis (SITE_PROCESSES > 1 requires REDIS_URL): none answers at ${redisUrl}`);
/** Serving processes in all: every one keeps its own page cache, so each must have seen every page. */
const SERVERS = REPLICAS * PROCESSES;

type Wrk = { rps: number; p50: number; p99: number; requests: number; errors: number };

/**
 * The page as the site sends it now, in `encoding` if it can: a request that found the page aged out renders it
 * again itself and gets the new copy before its brotli variant exists (made in the background within a few ms),
 * so a copy in another coding is asked for once more a moment later.
 */
async function settledGet(url: string, encoding: unknown) {
  const answer = await rawGet(url);
  if (answer.headers['content-encoding'] === encoding) return answer;
  await new Promise((r) => setTimeout(r, 300));
  return rawGet(url);
}

/** One wrk run; latencies in ms. Non-2xx answers and socket errors count as errors. */
async function wrk(url: string, seconds = SECONDS): Promise<Wrk> {
  // Asynchronous on purpose: this process reads the site's log (its stdout pipe); blocked in spawnSync it would not,
  // and the site's unread lines would count in the memory measured.
  const child = spawn('wrk', ['-t', '2', '-c', String(CONNECTIONS), '-d', `${seconds}s`, '--timeout', '10s', '--latency', '-H', `Accept-Encoding: ${ACCEPT_ENCODING}`, url]);
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const [status] = (await once(child, 'close')) as [number | null];
  if (status !== 0) throw new Error(`wrk failed on ${url}:\n${out}`);
  return parseWrk(out);
}

function parseWrk(out: string): Wrk {
  const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit]!;
  const at = (q: string) => {
    const m = new RegExp(`^\\s*${q}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
    return m ? ms(m[1]!, m[2]!) : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: at('50'),
    p99: at('99'),
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    errors: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}

/**
 * The answer as sent on the wire (fetch would decompress it): status, headers and the compressed bytes. A new
 * connection each time (agent: false): after wrk, a kept-alive socket may be one the server is closing.
 */
function rawGet(url: string, acceptEncoding = ACCEPT_ENCODING): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The processes a site's supervisor started (Linux: /proc/<pid>/task/<pid>/children). */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

const dataDir = mkdtempSync(join(tmpdir(), 'cong-bench-site-'));
const cms = await startCms({ port: await freePort(), dataDir, quiet: true });
const sites: Awaited<ReturnType<typeof startSite>>[] = [];
let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
let proxy: Awaited<ReturnType<typeof startNginx>> | null = null;
/** With replicas: the same proxy in front of the baseline nginx (the limit of any proxied origin on this box). */
let chain: Awaited<ReturnType<typeof startNginx>> | null = null;
try {
  await loadDemoContent(cms.url, cms.tokens.importer);
  const shared = SERVERS > 1 && redisUp ? { redisUrl, redisPrefix: `cong-bench-${Date.now().toString(36)}:` } : {};
  const nginxPort = await freePort();
  const sitePorts = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  sites.push(
    ...(await Promise.all(
      sitePorts.map((port) =>
        startSite({
          port,
          ...siteConnection(cms),
          dataDir,
          quiet: true,
          ...(REPLICAS > 1 ? { publicUrl: `http://127.0.0.1:${nginxPort}` } : {}),
          ...shared,
          env: { ...(REPLICAS > 1 ? { TRUSTED_PROXIES: '127.0.0.1' } : {}), ...(PROCESSES > 1 ? { SITE_PROCESSES: String(PROCESSES) } : {}) },
        }),
      ),
    )),
  );
  const proxied = REPLICAS > 1;
  // With replicas, the agency's proxy in front of them (the test's config, deploy/nginx's proxy part).
  proxy = proxied ? await startNginx({ port: nginxPort, upstreams: sitePorts.map((p) => `127.0.0.1:${p}`), workers: 'auto' }) : null;
  const front = proxy?.url ?? sites[0]!.url;

  const published = demoRecords.filter((r) => r.publish && r.number);
  const document = published[0]!;
  const documentSlug = numberSlug(document.number!);
  const news = (await (await fetch(`${sites[0]!.url}/api/v1/news?pageSize=1`)).json()) as { data: Array<{ url: string }> };
  const articlePath = new URL(news.data[0]!.url).pathname;
  const targets: Array<[string, string]> = [
    ['home', '/'],
    ['document list', '/van-ban'],
    ['document', `/van-ban/${documentSlug}`],
    ['article', articlePath],
    ['draft list', '/du-thao'],
    ['draft + comment form', `/du-thao/${demoConsultationSlugs.open}`],
    ['Q&A + form', '/hoi-dap'],
    ['search page', '/tim-kiem?q=thư điện tử'],
    ['search API', '/api/v1/search?q=chữ ký số'],
    ['documents API', '/api/v1/documents'],
    ['RSS', '/rss.xml'],
    ['sitemap', '/sitemap.xml'],
  ];

  // Warm every page on every replica (round robin through nginx reaches each) and every process (a new connection
  // each time: the kernel spreads them over the processes' sockets, so 4 per process miss one once in hundreds),
  // then take the bytes the site sends for this Accept-Encoding: the baseline serves exactly those.
  const captured = [];
  for (const [label, path] of targets) {
    const url = new URL(path, front).href;
    // Twice over with a pause: a cache may add its slower variant (brotli) just after the first views.
    for (let i = 0; i < 2 * REPLICAS * PROCESSES ** 2; i++) await rawGet(url);
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 2 * REPLICAS * PROCESSES ** 2; i++) await rawGet(url);
    const answer = await rawGet(url);
    if (answer.status !== 200) throw new Error(`${label} ${path}: HTTP ${answer.status}, not a page to measure`);
    captured.push({ label, path, url, answer });
  }
  const staticFiles = captured.map(({ answer }, i) => ({
    path: `/__static/${i}` as const,
    body: answer.body,
    contentType: String(answer.headers['content-type'] ?? 'application/octet-stream'),
    contentEncoding: (answer.headers['content-encoding'] as string | undefined) ?? null,
  }));
  // The baseline: an nginx of its own serving only those bytes (the proxy, if any, sits idle meanwhile).
  nginx = await startNginx({ staticFiles, workers: 'auto' });
  chain = proxied ? await startNginx({ upstreams: [`127.0.0.1:${nginx.port}`], workers: 'auto' }) : null;

  console.log(
    `\nbench:site — ${proxied ? `nginx in front of ${REPLICAS} site replicas${shared.redisUrl ? ' sharing Redis' : ' (no Redis answered: not shared)'}` : 'one site'}` +
      `${PROCESSES > 1 ? `, ${PROCESSES} processes ${REPLICAS > 1 ? 'each ' : ''}(SITE_PROCESSES, SO_REUSEPORT)` : REPLICAS > 1 ? ', one process each' : ' process'}, ` +
      `${CONNECTIONS} connections, ${SECONDS} s each, Accept-Encoding: ${ACCEPT_ENCODING}; baseline: nginx (${CORES} workers, one per core) serving the same bytes as a static file` +
      `${chain ? '; beside it, the same proxy in front of that nginx (proxied chain)' : ''}` +
      `${PROCESSES_ASKED === null && !redisUp ? `\n  (no Redis answered at ${redisUrl}: one site process, not one per core)` : ''}\n`,
  );
  console.log(
    `  ${'page'.padEnd(22)} ${'bytes'.padStart(7)} ${'enc'.padEnd(4)} │ ${'site req/s'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} │ ${'nginx req/s'.padStart(11)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} │ ratio  (≥ 0.40)` +
      `${chain ? ` │ ${'chain req/s'.padStart(11)} ratio` : ''}`,
  );
  const ratios: number[] = [];
  const chainRatios: number[] = [];
  for (const [i, { label, url, answer: warmed }] of captured.entries()) {
    // The bytes the site sends now, for the baseline: a page with a form is rendered again every minute (its
    // shared token, docs/architecture.md), so the copy taken while warming may be a minute old by this row.
    let answer = await settledGet(url, warmed.headers['content-encoding']);
    if (answer.headers['content-encoding'] === warmed.headers['content-encoding']) nginx.replaceStatic(i, answer.body);
    else answer = warmed;
    const site = await wrk(url);
    // The comparison holds only if the site still sends what the baseline serves (same coding, same size ± a
    // re-rendered form token); otherwise the row is marked. Probed right after the site's run, before nginx's.
    const after = await settledGet(url, answer.headers['content-encoding']);
    const baseline = await wrk(`${nginx.url}/__static/${i}`);
    const proxiedBaseline = chain ? await wrk(`${chain.url}/__static/${i}`) : null;
    if (proxiedBaseline) chainRatios.push(site.rps / proxiedBaseline.rps);
    const same = after.headers['content-encoding'] === answer.headers['content-encoding'] && Math.abs(after.body.length - answer.body.length) < 64;
    const ratio = site.rps / baseline.rps;
    ratios.push(ratio);
    const errors = site.errors ? `  ${site.errors} errors` : '';
    console.log(
      `  ${label.padEnd(22)} ${String(answer.body.length).padStart(7)} ${String(answer.headers['content-encoding'] ?? '-').padEnd(4)} │ ` +
        `${fmt(site.rps, 0).padStart(10)} ${fmt(site.p50).padStart(7)} ${fmt(site.p99).padStart(7)} │ ` +
        `${fmt(baseline.rps, 0).padStart(11)} ${fmt(baseline.p50).padStart(7)} ${fmt(baseline.p99).padStart(7)} │ ${fmt(ratio, 3).padStart(5)}  ${ratio >= 0.4 ? '✓' : '✗'}${proxiedBaseline ? ` │ ${fmt(proxiedBaseline.rps, 0).padStart(11)} ${fmt(site.rps / proxiedBaseline.rps, 3).padStart(5)}` : ''}${errors}${same ? '' : `  (the site now sends ${after.headers['content-encoding'] ?? 'identity'}, ${after.body.length} bytes: not comparable)`}`,
    );
  }
  console.log(`\n  cached ≥ 0.40 of nginx: ${ratios.filter((r) => r >= 0.4).length} of ${ratios.length} page types (lowest ${fmt(Math.min(...ratios), 3)})`);
  if (chainRatios.length) console.log(`  against the proxied chain (the proxy in front of nginx): ${chainRatios.filter((r) => r >= 0.4).length} of ${chainRatios.length} ≥ 0.40 (lowest ${fmt(Math.min(...chainRatios), 3)})`);

  // First view after a publish: one edit (the measured document's title), seen on every replica, then one request at
  // a time to what it invalidated and to document pages no one has viewed yet.
  const marker = `đã sửa ${new Date().toISOString()}`;
  const title = `${document.title} (${marker})`;
  const publishedAt = performance.now();
  // The import is idempotent (by number): sent again if the connection kept from loading the demo content was
  // closed by the CMS while wrk ran (undici does not retry a POST on a socket the server has closed).
  const edit = () => pushRecords(cms.url, cms.tokens.importer, [{ ...document, title }]);
  await edit().catch(edit);
  // With several processes per site a new connection reaches any of them: the edit counts as visible on all from the
  // first of 4 answers per process in a row that show it.
  let visibleMs = 0;
  for (const site of sites) {
    let seenAt = 0;
    for (let inARow = 0; inARow < (PROCESSES > 1 ? 4 * PROCESSES : 1); ) {
      const html = (await rawGet(`${site.url}/van-ban/${documentSlug}`, 'identity')).body.toString('utf8');
      inARow = html.includes(marker) ? inARow + 1 : 0;
      if (inARow === 1) seenAt = performance.now();
      if (inARow > 0) continue;
      if (performance.now() - publishedAt > 30_000) throw new Error('the edit did not reach the site within 30 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    visibleMs = Math.max(visibleMs, seenAt - publishedAt);
  }
  const viewed = new Set(targets.map(([, path]) => path));
  const fresh = published.map((r) => `/van-ban/${numberSlug(r.number!)}`).filter((path) => !viewed.has(path));
  // Two kinds of first view: pages seen before that the edit made stale (lists, feeds: re-rendered), and document
  // pages no one has viewed yet (nothing cached for them at all).
  const stale = ['/', '/van-ban', '/rss.xml', '/sitemap.xml', '/api/v1/documents'];
  const unseen = [...new Set(fresh)].slice(0, FIRST_VIEWS);
  const timed: Record<'stale' | 'unseen', number[]> = { stale: [], unseen: [] };
  for (const [kind, paths] of [['stale', stale], ['unseen', unseen]] as const) {
    for (const path of paths) {
      const answer = await rawGet(new URL(path, front).href);
      if (answer.status !== 200) console.warn(`  (first view of ${path}: HTTP ${answer.status})`);
      timed[kind].push(answer.ms);
    }
  }
  const latencies = [...timed.stale, ...timed.unseen];
  const p95 = quantile(latencies, 0.95);
  const summary = (values: number[]) => `p50 ${fmt(quantile(values, 0.5))} ms, p95 ${fmt(quantile(values, 0.95))} ms, max ${fmt(Math.max(...values))} ms`;
  console.log(
    `\n  first view after a publish (edit visible on ${SERVERS > 1 ? 'every process' : 'the site'} after ${fmt(visibleMs, 0)} ms), one request at a time:\n` +
      `    all ${latencies.length} pages: ${summary(latencies)}  (p95 ≤ 100 ms ${p95 <= 100 ? '✓' : '✗'})\n` +
      `    ${timed.stale.length} made stale by the edit: ${summary(timed.stale)}\n` +
      `    ${timed.unseen.length} never viewed: ${summary(timed.unseen)}`,
  );
  for (const [i, site] of sites.entries()) {
    const name = `site${REPLICAS > 1 ? ` ${i + 1}` : ''}`;
    if (PROCESSES === 1) console.log(`  ${name} process: peak RSS ${fmt(peakRssMiB(site.process.pid!) ?? NaN, 0)} MiB`);
    else {
      const served = childPids(site.process.pid!).map((pid) => fmt(peakRssMiB(pid) ?? NaN, 0));
      console.log(`  ${name}: supervisor peak RSS ${fmt(peakRssMiB(site.process.pid!) ?? NaN, 0)} MiB, its ${served.length} processes ${served.join(' / ')} MiB`);
    }
  }
} finally {
  await Promise.all([nginx?.stop(), proxy?.stop(), chain?.stop()]);
  await Promise.all([...sites.map((s) => s.stop()), cms.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}
