import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_BODY_LIMITS } from '../../content/src/public-submission.ts';
import { freePort } from '../../scripts/lib/services.ts';

/**
 * Debian's nginx as the agency's reverse proxy, for the replicas test and `npm run bench:site`: in front of N site
 * processes (round robin, keepalive, an idempotent request retried once on the other replica), and optionally
 * serving fixed bytes as static files (the benchmark's baseline: the same bytes the site answered). Everything it
 * writes — config, pid, error log, temp files — stays in its own folder; it runs in the foreground (`daemon off`)
 * on a free loopback port, beside whatever nginx the machine may run itself.
 *
 * The proxy part mirrors deploy/nginx/templates/default.conf.template (minus TLS), so the test exercises what an
 * agency deploys.
 */

/** Where Debian puts it (root's PATH has /usr/sbin, a user's may not). */
export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** Bytes nginx serves as-is at `path`, with the headers the site sent with them (Content-Type, -Encoding). */
export type StaticFile = { path: `/${string}`; body: Buffer; contentType: string; contentEncoding?: string | null };

export type NginxOptions = {
  /** `host:port` of each site replica; none: nginx serves only the static files. */
  upstreams?: string[];
  staticFiles?: StaticFile[];
  /** Worker processes: 1 for the tests, `auto` for a benchmark's baseline (nginx at its best on this box). */
  workers?: number | 'auto';
  /** Add `X-Cong-Upstream: <replica address>` to every proxied answer (tests: which replica answered). */
  showUpstream?: boolean;
  port?: number;
};

export type RunningNginx = {
  url: string;
  port: number;
  process: ChildProcess;
  config: string;
  /** nginx's error log (warnings and up): upstream failures and retries show here. */
  errorLog: () => string;
  /** Serves other bytes for static file `index` from the next request on (nginx opens the file per request). */
  replaceStatic: (index: number, body: Buffer) => void;
  stop: () => Promise<void>;
};

/**
 * The http{} block's proxy part. `proxy_next_upstream error timeout http_502`: a replica that refuses, resets or
 * times out is skipped and the request sent to the next — nginx does that for idempotent methods only (GET, HEAD,
 * …; a POST is never sent twice, unless `non_idempotent` is added, which it must not be: a comment would be filed
 * twice). `proxy_next_upstream_tries 2`: one retry, on the other replica, not a tour of every replica.
 */
export function proxyConfig(upstreams: string[], showUpstream = false): string {
  return `
    upstream site {
${upstreams.map((u) => `        server ${u} max_fails=1 fail_timeout=5s;`).join('\n')}
        keepalive 32;
    }
    server {
        listen 127.0.0.1:__PORT__;
        # The site's own limit for a comment with its attachments (PUBLIC_BODY_LIMITS.multipart); the site refuses
        # anything larger itself with its Vietnamese 413, nginx only stops what no route could take.
        client_max_body_size ${PUBLIC_BODY_LIMITS.multipart};
        location / {
            proxy_pass http://site;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            # Overwritten, never appended: the site believes it from this proxy only (TRUSTED_PROXIES).
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout http_502;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            proxy_buffering on;
${showUpstream ? '            add_header X-Cong-Upstream $upstream_addr always;\n' : ''}        }
__STATIC__
    }`;
}

function staticLocations(dir: string, files: StaticFile[]): string {
  return files
    .map((file, i) => {
      const name = `f${i}`;
      writeFileSync(join(dir, 'static', name), file.body);
      chmodSync(join(dir, 'static', name), 0o644);
      const encoding = file.contentEncoding ? `            add_header Content-Encoding ${file.contentEncoding};\n` : '';
      // `types {}` empty: Content-Type is the site's, whatever the file name.
      return `        location = ${file.path} {
            types { }
            default_type "${file.contentType.replace(/"/g, '')}";
${encoding}            alias ${join(dir, 'static', name)};
        }`;
    })
    .join('\n');
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx is not installed: apt-get install nginx (Debian's; .ci/run does it in CI)");
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'cong-nginx-'));
  // Run by root (CI), nginx's workers drop to `nobody`: they must be able to enter this folder and write their
  // temp folders (which nginx creates and hands to the worker user itself).
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'static'), { mode: 0o755 });
  const upstreams = options.upstreams ?? [];
  const staticPart = staticLocations(dir, options.staticFiles ?? []);
  const server = upstreams.length
    ? proxyConfig(upstreams, options.showUpstream)
    : `
    server {
        listen 127.0.0.1:__PORT__;
__STATIC__
        location / { return 404; }
    }`;
  const isRoot = process.getuid?.() === 0;
  const config = `# Generated by tests/support/nginx.ts
${isRoot ? 'user nobody nogroup;\n' : ''}daemon off;
worker_processes ${options.workers ?? 1};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${join(dir, 'client_body')};
    proxy_temp_path ${join(dir, 'proxy')};
    fastcgi_temp_path ${join(dir, 'fastcgi')};
    uwsgi_temp_path ${join(dir, 'uwsgi')};
    scgi_temp_path ${join(dir, 'scgi')};
    default_type application/octet-stream;
${server.replace('__PORT__', String(port)).replace('__STATIC__', staticPart)}
}
`;
  const configFile = join(dir, 'nginx.conf');
  writeFileSync(configFile, config);
  // -e: the start-up error log too goes to our folder, not /var/log/nginx (nginx ≥ 1.19.5).
  const args = ['-p', dir, '-c', configFile, '-e', join(dir, 'error.log')];
  const test = spawnSync(bin, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx refused the generated config:\n${test.stderr}\n${config}`);
  }
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8') + stderr;
    } catch {
      return stderr;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) }).then((r) => r.arrayBuffer());
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${errorLog()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode) return done();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      // SIGTERM: fast shutdown of the master and its workers (SIGQUIT would wait for open keepalive connections).
      child.kill('SIGTERM');
    });
  const replaceStatic = (index: number, body: Buffer) => writeFileSync(join(dir, 'static', `f${index}`), body);
  return { url, port, process: child, config, errorLog, replaceStatic, stop };
}
