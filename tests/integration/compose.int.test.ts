import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PUBLIC_BODY_LIMITS } from '../../content/src/public-submission.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { nginxBinary } from '../support/nginx.ts';

/**
 * No Docker engine runs here, so the production description is validated by the compose CLI's own parser
 * (`docker compose config`, or Debian's docker-compose) and checked against what the tests exercise.
 */
function composeCli(): string[] | null {
  for (const cmd of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(cmd[0]!, [...cmd.slice(1), 'version'], { encoding: 'utf8' });
    if (probe.status === 0) return cmd;
  }
  return null;
}

const cli = composeCli();
if (!cli) {
  if (process.env.CI === 'true') throw new Error('No compose CLI: .ci/run installs docker-compose');
  console.warn('\n⚠ No docker compose CLI on this machine: docker-compose.yml validation was NOT run.\n');
}

describe.runIf(cli)('docker-compose.yml', () => {
  const run = (envFile: string) =>
    spawnSync(cli![0]!, [...cli!.slice(1), '-f', join(ROOT, 'docker-compose.yml'), '--env-file', envFile, 'config'], { encoding: 'utf8', cwd: ROOT });

  it('refuses to start without the production secrets, naming the missing one', () => {
    const result = run(join(ROOT, '.env.example'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/POSTGRES_PASSWORD/);
  });

  it('describes postgres, meilisearch, redis, the cms, two site replicas and the proxy, each with a health check, and persistent volumes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cong-compose-'));
    const env = readFileSync(join(ROOT, '.env.example'), 'utf8').replace(/^(\w+)=$/gm, '$1=test-secret-value');
    writeFileSync(join(dir, '.env'), env);
    const result = run(join(dir, '.env'));
    expect(result.status, result.stderr).toBe(0);
    const config = result.stdout;
    for (const service of ['postgres:', 'meilisearch:', 'redis:', 'cms:', 'site-1:', 'site-2:', 'proxy:']) expect(config).toContain(service);
    expect(config.match(/healthcheck:/g)?.length).toBeGreaterThanOrEqual(7);
    expect(config.match(/REDIS_URL: redis:\/\/:test-secret-value@redis:6379/g)?.length).toBe(3);
    expect(config).toMatch(/DATABASE_URL: postgres:\/\/cong:test-secret-value@postgres:5432\/cong/);
    expect(config).toMatch(/MEILISEARCH_URL: http:\/\/meilisearch:7700/);
    for (const volume of ['db-data', 'search-data', 'uploads']) expect(config).toContain(volume);
  });
});

/**
 * Least privilege and replicas in the production description (review M4, M7, L5, L6; issue 11): read from the file
 * itself (YAML with its merge keys resolved), so these run with or without a compose CLI.
 */
describe('docker-compose.yml: least privilege, replicas', () => {
  const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { ports?: unknown[]; networks?: unknown; environment?: Record<string, string>; volumes?: string[]; healthcheck?: { test: unknown }; depends_on?: Record<string, { condition: string }>; image?: string; build?: { target?: string; args?: Record<string, string> } }>;
    networks: Record<string, { internal?: boolean } | null>;
  };
  const services = compose.services;
  const env = (service: string, name: string) => services[service]?.environment?.[name];
  const replicas = Object.keys(services).filter((name) => /^site-\d+$/.test(name));
  const template = readFileSync(join(ROOT, 'deploy/nginx/templates/default.conf.template'), 'utf8');

  it('builds the CMS and every site replica from the one Dockerfile, on Node 24, the runtime the tests use', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    for (const from of dockerfile.match(/^FROM \S+/gm)!.filter((line) => !/^FROM (build|runtime)$/.test(line))) expect(from).toMatch(/^FROM node:24-/);
    for (const name of ['cms', ...replicas]) {
      const build = services[name]!.build!;
      // The target picks the image; the argument, the workspace its build stage installs and builds: they agree.
      expect(build.target, name).toBe(name === 'cms' ? 'cms' : 'site');
      expect(build.args?.WORKSPACE, name).toBe(build.target);
      expect(dockerfile).toMatch(new RegExp(`^FROM runtime AS ${build.target}$`, 'm'));
    }
    expect(readFileSync(join(ROOT, 'scripts/with-node.sh'), 'utf8')).toMatch(/NODE_VERSION=24\./);
  });

  it('publishes ports only from the reverse proxy; the others sit on the internal network only', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'meilisearch', 'postgres', 'proxy', 'redis', 'site-1', 'site-2']);
    expect(Object.entries(services).filter(([, service]) => service.ports).map(([name]) => name)).toEqual(['proxy']);
    expect(compose.networks.internal?.internal).toBe(true);
    for (const name of ['postgres', 'meilisearch', 'redis', ...replicas]) expect(services[name]!.networks, name).toEqual(['internal']);
    expect(services.cms!.networks).toEqual(['internal', 'egress']);
  });

  it('gives every service a health check, and starts each only once what it needs is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, name).toBeDefined();
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
    }
    expect(Object.keys(services.proxy!.depends_on!).sort()).toEqual(['cms', ...replicas].sort());
    for (const name of replicas) expect(Object.keys(services[name]!.depends_on!).sort()).toEqual(['cms', 'redis']);
  });

  it('runs two site replicas sharing Redis, each with its own journal, both in the proxy\'s upstream', () => {
    expect(replicas).toEqual(['site-1', 'site-2']);
    const [one, two] = replicas.map((name) => services[name]!);
    expect(two!.environment).toEqual(one!.environment);
    expect(env('site-1', 'REDIS_URL')).toMatch(/^redis:\/\/:\$\{REDIS_PASSWORD\}@redis:6379$/);
    expect(env('cms', 'REDIS_URL')).toBe(env('site-1', 'REDIS_URL'));
    const journals = replicas.map((name) => services[name]!.volumes!.find((v) => v.endsWith(`:${env(name, 'SITE_JOURNAL_DIR')}`)));
    expect(journals).toEqual(['site-1-journal:/srv/cong/journal', 'site-2-journal:/srv/cong/journal']);
    for (const name of replicas) expect(template).toMatch(new RegExp(`^\\s*server ${name}:4321 resolve `, 'm'));
    expect(template).toMatch(/proxy_next_upstream error timeout http_502;/);
    expect(template).not.toMatch(/^\s*proxy_next_upstream [^;]*non_idempotent/m);
    // The proxy lets through the largest public write the site takes, and no more than a few bytes beyond it.
    const proxyLimit = Number(/server_name \$\{SITE_HOST\};[\s\S]*?client_max_body_size (\d+)m;/.exec(template)![1]) * 1024 * 1024;
    expect(proxyLimit).toBeGreaterThanOrEqual(PUBLIC_BODY_LIMITS.multipart);
    expect(proxyLimit - PUBLIC_BODY_LIMITS.multipart).toBeLessThan(1024 * 1024);
  });

  it('the proxy forwards to the site and the CMS, and the site trusts forwarded addresses from the proxy only', () => {
    expect(template).toContain('proxy_pass http://site;');
    expect(template).toContain('proxy_pass http://cms:1337;');
    expect(template).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(services.proxy!.volumes).toContain('./deploy/nginx/templates:/etc/nginx/templates:ro');
    const proxyAddress = (services.proxy!.networks as Record<string, { ipv4_address?: string }>).internal?.ipv4_address;
    expect(proxyAddress).toBeDefined();
    for (const name of replicas) expect(env(name, 'TRUSTED_PROXIES')).toBe(proxyAddress);
  });

  it('gives the site its own token file and no Meilisearch master key; the importer token stays with the CMS', () => {
    for (const name of replicas) {
      expect(env(name, 'MEILISEARCH_KEY')).toBeUndefined();
      expect(env(name, 'CMS_TOKEN_FILE')).toBe(env('cms', 'CMS_SITE_TOKEN_FILE'));
      expect(env(name, 'CMS_TOKEN_FILE')).not.toBe(env('cms', 'CMS_TOKEN_FILE'));
      // The site secrets read-only, and nothing else but the replica's own journal.
      expect(services[name]!.volumes).toEqual(['site-secrets:/srv/site-secrets:ro', `${name}-journal:/srv/cong/journal`]);
    }
    expect(services.cms!.volumes).toContain('secrets:/srv/secrets');
    expect(env('cms', 'CMS_TOKEN_FILE')).toMatch(/^\/srv\/secrets\//);
  });

  it('writes a generated first-admin password to the secrets volume, never to the log', () => {
    expect(env('cms', 'CMS_ADMIN_PASSWORD_FILE')).toMatch(/^\/srv\/secrets\//);
  });

  it('keeps comment attachments on a private volume, not in the public uploads', () => {
    const dir = env('cms', 'CMS_PRIVATE_DIR')!;
    expect(services.cms!.volumes).toContain(`private-files:${dir}`);
    expect(dir).not.toMatch(/public/);
  });

  it('leaves every secret empty in .env.example (no key1,key2… to copy)', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'POSTGRES_PASSWORD', 'MEILISEARCH_KEY', 'CMS_ADMIN_PASSWORD', 'REDIS_PASSWORD']) {
      expect(example).toMatch(new RegExp(`^${name}=$`, 'm'));
    }
  });
});

/**
 * The nginx sample is real nginx syntax: Debian's nginx (1.22) checks it with `nginx -t`, after the substitutions
 * the container makes (host names) and those for what 1.22 predates (`http2 on`, 1.25.1; upstream `resolve`,
 * 1.27.3 — the image is 1.28) and for names only Docker's DNS knows.
 */
const nginx = nginxBinary();
const openssl = spawnSync('openssl', ['version']).status === 0;
describe.runIf(nginx && openssl)('deploy/nginx sample', () => {
  it('passes nginx -t', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cong-nginx-sample-'));
    mkdirSync(join(dir, 'tls'));
    const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'tls/privkey.pem'), '-out', join(dir, 'tls/fullchain.pem'), '-days', '1', '-subj', '/CN=cong.test'], { encoding: 'utf8' });
    expect(cert.status, cert.stderr).toBe(0);
    const template = readFileSync(join(ROOT, 'deploy/nginx/templates/default.conf.template'), 'utf8')
      .replaceAll('${SITE_HOST}', 'congbao.cong.test')
      .replaceAll('${CMS_HOST}', 'cms.cong.test')
      .replaceAll('/etc/nginx/tls/', `${dir}/tls/`)
      .replace(/^\s*http2 on;$/gm, '')
      .replace(/^resolver .*$/m, '')
      .replace(/ resolve /g, ' ')
      .replace(/server (site-\d+|cms):(\d+)/g, 'server 127.0.0.1:$2')
      .replace('proxy_pass http://cms:1337;', 'proxy_pass http://127.0.0.1:1337;');
    writeFileSync(join(dir, 'default.conf'), template);
    writeFileSync(join(dir, 'nginx.conf'), `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include ${dir}/default.conf;\n}\n`);
    const result = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status, result.stderr).toBe(0);
  });
});
