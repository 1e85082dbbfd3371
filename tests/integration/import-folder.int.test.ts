import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { numberKey } from '../../content/src/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { CmsApi } from '../support/cms-api.ts';

/**
 * `npm run import` of a folder in which one record is bad (an impossible issued date): that record alone fails,
 * named with its reason in the summary; the folder's other record is imported (product audit D15: "0 tạo mới … 1
 * lỗi", the valid record was not imported).
 */
const target = inject('stack').cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import with one bad record in the folder', () => {
  it('imports the good record and reports only the bad one, with its reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cong-import-'));
    dirs.push(folder);
    const serial = 10_000 + Math.floor(Math.random() * 80_000);
    const good = `${serial}/QĐ-UBND`;
    const record = (file: string, number: string, issuedDate: string) => ({
      file, number, type: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)', signer: 'Người Ký Thử', signerTitle: 'Chủ tịch',
      issuedDate, title: `Về việc kiểm thử nhập một thư mục có bản ghi lỗi ${number}`,
    });
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify([record('tot.txt', good, '2026-11-30'), record('ngay-sai.txt', `${serial + 1}/QĐ-UBND`, '2026-11-31')]));
    for (const file of ['tot.txt', 'ngay-sai.txt']) writeFileSync(join(folder, file), 'Điều 1. Nội dung kiểm thử.\n\nĐiều 2. Hiệu lực thi hành.\n');

    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), folder, '--cms', target.url, '--token', target.importerToken], { encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(1);
    expect(run.stdout).toMatch(/Tổng kết: 1 tạo mới, .* 1 lỗi/);
    expect(run.stderr).toContain('ngay-sai.txt: issuedDate: Ngày không có thật');
    const [stored] = await cms.findByNumberKey(numberKey(good)!);
    expect(stored?.title).toContain(good);
  });
});
