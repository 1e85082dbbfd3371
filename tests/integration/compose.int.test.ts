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
    for (const service of ['postgres:', 'meilisearch:', 'cms:', 'site:']) expect(config).toContain(service);
    expect(config.match(/healthcheck:/g)?.length).toBe(4);
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
