import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recordCmsAddress } from '../../scripts/lib/operator-cms.ts';
import { freePort } from '../../scripts/lib/services.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * `npm run reindex` (and `import`, which resolves its CMS the same way) without --cms or --token: it follows the
 * address the local CMS recorded beside its tokens (product audit: with CMS_PORT=11337 it went to port 1337 and
 * failed with 401, or wrote into another instance). The data folder here holds what startCms writes for the
 * stack's CMS, which listens on a random port, never 1337.
 */
const target = inject('stack').cms.sqlite!;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDirFor(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cong-operator-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'cms-tokens.json'), JSON.stringify({ importer: target.importerToken }));
  recordCmsAddress(dir, url);
  return dir;
}

function reindex(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONG_DATA_DIR: dataDir };
  for (const name of ['CMS_URL', 'CMS_PORT', 'CMS_IMPORT_TOKEN']) delete env[name];
  return spawnSync(process.execPath, [join(ROOT, 'scripts/reindex.ts')], { encoding: 'utf8', env });
}

describe('operator commands find the local CMS where it was started', () => {
  it('reindexes the CMS on the port it recorded, with its own token', () => {
    expect(new URL(target.url).port).not.toBe('1337');
    const run = reindex(dataDirFor(target.url));
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Đã dựng lại chỉ mục: \d+ mục/);
  });

  it('names the recorded address when nothing answers there', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const run = reindex(dataDirFor(dead));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Không kết nối được CMS tại ${dead}`);
  });
});
