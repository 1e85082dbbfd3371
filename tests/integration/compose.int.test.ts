import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

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

  it('describes postgres, meilisearch, cms and site with health checks and persistent volumes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cong-compose-'));
    const env = readFileSync(join(ROOT, '.env.example'), 'utf8').replace(/^(\w+)=$/gm, '$1=test-secret-value');
    writeFileSync(join(dir, '.env'), env);
    const result = run(join(dir, '.env'));
    expect(result.status, result.stderr).toBe(0);
    const config = result.stdout;
    for (const service of ['postgres:', 'meilisearch:', 'cms:', 'site:', 'proxy:']) expect(config).toContain(service);
    expect(config.match(/healthcheck:/g)?.length).toBeGreaterThanOrEqual(4);
    expect(config).toMatch(/DATABASE_URL: postgres:\/\/cong:test-secret-value@postgres:5432\/cong/);
    expect(config).toMatch(/MEILISEARCH_URL: http:\/\/meilisearch:7700/);
    for (const volume of ['db-data', 'search-data', 'uploads']) expect(config).toContain(volume);
  });

  it('builds both images on Node 24, the runtime the tests use', () => {
    for (const file of ['cms/Dockerfile', 'site/Dockerfile']) {
      const dockerfile = readFileSync(join(ROOT, file), 'utf8');
      expect(dockerfile).toMatch(/^FROM node:24-/m);
    }
    expect(readFileSync(join(ROOT, 'scripts/with-node.sh'), 'utf8')).toMatch(/NODE_VERSION=24\./);
  });
});

/**
 * Least privilege in the production description (review M4, M7, L5, L6): read from the file itself, so these run
 * with or without a compose CLI.
 */
describe('docker-compose.yml: least privilege', () => {
  const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
  /** Each service's block of lines, and the top-level `networks:` block (the file's own layout: 2-space services). */
  const blocks = (section: string): Record<string, string> => {
    const body = text.split(new RegExp(`^${section}:\\n`, 'm'))[1]!.split(/^\S/m)[0]!;
    const out: Record<string, string> = {};
    for (const part of body.split(/^(?=  [a-z-]+:)/m)) {
      const name = /^ {2}([a-z-]+):/.exec(part)?.[1];
      if (name) out[name] = part;
    }
    return out;
  };
  const services = blocks('services');
  const env = (service: string, name: string) => new RegExp(`^ {6}${name}: (.*)$`, 'm').exec(services[service]!)?.[1];

  it('publishes ports only from the reverse proxy; the others sit on the internal network only', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'meilisearch', 'postgres', 'proxy', 'site']);
    expect(Object.entries(services).filter(([, block]) => /^ {4}ports:/m.test(block)).map(([name]) => name)).toEqual(['proxy']);
    expect(blocks('networks').internal).toMatch(/internal: true/);
    for (const name of ['postgres', 'meilisearch', 'site']) expect(services[name], name).toMatch(/^ {4}networks: \[internal\]$/m);
    expect(services.cms).toMatch(/^ {4}networks: \[internal, egress\]$/m);
  });

  it('the proxy forwards to the site and the CMS, and the site trusts forwarded addresses from the proxy only', () => {
    const template = readFileSync(join(ROOT, 'deploy/nginx/templates/default.conf.template'), 'utf8');
    expect(template).toContain('proxy_pass http://site:4321;');
    expect(template).toContain('proxy_pass http://cms:1337;');
    expect(template).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(services.proxy).toContain('./deploy/nginx/templates:/etc/nginx/templates:ro');
    const proxyAddress = /ipv4_address: (\S+)/.exec(services.proxy!)?.[1];
    expect(proxyAddress).toBeDefined();
    expect(env('site', 'TRUSTED_PROXIES')).toBe(proxyAddress);
  });

  it('gives the site its own token file and no Meilisearch master key; the importer token stays with the CMS', () => {
    expect(env('site', 'MEILISEARCH_KEY')).toBeUndefined();
    expect(env('site', 'CMS_TOKEN_FILE')).toBe(env('cms', 'CMS_SITE_TOKEN_FILE'));
    expect(env('site', 'CMS_TOKEN_FILE')).not.toBe(env('cms', 'CMS_TOKEN_FILE'));
    expect(services.site).toMatch(/volumes:\n {6}- site-secrets:\/srv\/site-secrets:ro\n(?! {6}-)/);
    expect(services.cms).toContain('- secrets:/srv/secrets');
    expect(env('cms', 'CMS_TOKEN_FILE')).toMatch(/^\/srv\/secrets\//);
  });

  it('writes a generated first-admin password to the secrets volume, never to the log', () => {
    expect(env('cms', 'CMS_ADMIN_PASSWORD_FILE')).toMatch(/^\/srv\/secrets\//);
  });

  it('keeps comment attachments on a private volume, not in the public uploads', () => {
    const dir = env('cms', 'CMS_PRIVATE_DIR')!;
    expect(services.cms).toContain(`- private-files:${dir}`);
    expect(dir).not.toMatch(/public/);
  });

  it('leaves every secret empty in .env.example (no key1,key2… to copy)', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'POSTGRES_PASSWORD', 'MEILISEARCH_KEY', 'CMS_ADMIN_PASSWORD']) {
      expect(example).toMatch(new RegExp(`^${name}=$`, 'm'));
    }
  });
});
