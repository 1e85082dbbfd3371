import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, MANIFEST, restoreBackup } from './backup.ts';

/**
 * The archive checks of `npm run restore`, on real archives made with tar: every refusal leaves the data folder as
 * it was and no half-built folder behind. (The round trip through a real CMS is tests/integration/backup.int.test.ts.)
 */
let work: string;
let archive: string;
let target: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cong-backup-unit-'));
  const data = join(work, 'data');
  mkdirSync(join(data, 'public/uploads'), { recursive: true });
  const db = new Database(join(data, 'cms.db'));
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('một'), ('hai')");
  db.close();
  writeFileSync(join(data, 'cms-secrets.json'), '{"APP_KEYS":"k"}');
  writeFileSync(join(data, 'public/uploads/a.pdf'), '%PDF-1.4 a');
  writeFileSync(join(data, 'public/robots.txt'), 'derived');
  writeFileSync(join(data, 'search.db'), 'derived');
  archive = join(work, 'good.tar.gz');
  const manifest = await createBackup({ dataDir: data, out: archive });
  expect(Object.keys(manifest.files).sort()).toEqual(['cms-secrets.json', 'cms.db', 'public/uploads/a.pdf']);
  target = join(work, 'target');
  mkdirSync(target);
  writeFileSync(join(target, 'marker'), 'as it was');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The good archive unpacked, changed by `edit`, packed again. */
function variant(name: string, edit: (dir: string) => void): string {
  const dir = join(work, `unpacked-${name}`);
  mkdirSync(dir);
  expect(spawnSync('tar', ['-xzf', archive, '-C', dir]).status).toBe(0);
  edit(dir);
  const out = join(work, `${name}.tar.gz`);
  expect(spawnSync('tar', ['-czf', out, '-C', dir, ...readdirSync(dir)]).status).toBe(0);
  return out;
}

describe('restore refuses, changing nothing', () => {
  it.each([
    ['a file the manifest does not list', () => variant('extra', (d) => writeFileSync(join(d, 'public/uploads/them.html'), '<script>')), /không có trong danh mục: public\/uploads\/them.html/],
    ['a symbolic link', () => variant('link', (d) => symlinkSync('/etc/passwd', join(d, 'public/uploads/lien-ket'))), /không phải tệp thường: public\/uploads\/lien-ket/],
    ['a missing file', () => variant('missing', (d) => rmSync(join(d, 'public/uploads/a.pdf'))), /thiếu tệp public\/uploads\/a.pdf/],
    ['a changed database', () => variant('db', (d) => writeFileSync(join(d, 'cms.db'), 'not sqlite')), /cms.db trong bản sao lưu không khớp mã kiểm tra/],
    ['another format version', () => variant('v2', (d) => writeFileSync(join(d, MANIFEST), JSON.stringify({ ...JSON.parse(readFileSync(join(d, MANIFEST), 'utf8')), version: 2 }))), /định dạng phiên bản 2/],
    ['an archive that is not a backup', () => variant('foreign', (d) => rmSync(join(d, MANIFEST))), /không phải bản sao lưu của Cổng/],
  ])('%s', async (_, make, message) => {
    const bad = make();
    await expect(restoreBackup({ archive: bad, dataDir: target })).rejects.toThrow(message);
    expect(readdirSync(target)).toEqual(['marker']);
    expect(readdirSync(work).filter((n) => n.includes('.restore-'))).toEqual([]);
  });

  it('a PostgreSQL target for a SQLite backup', async () => {
    await expect(restoreBackup({ archive, dataDir: target, databaseUrl: 'postgres://x@127.0.0.1:1/none' })).rejects.toBeInstanceOf(BackupError);
    expect(readdirSync(target)).toEqual(['marker']);
  });
});

it('restores a sound archive: the data and a self-contained SQLite file, the old folder kept beside it', async () => {
  const { previous } = await restoreBackup({ archive, dataDir: target });
  expect(readdirSync(target).sort()).toEqual(['cms-secrets.json', 'cms.db', 'public']);
  expect(existsSync(join(target, 'cms.db-wal'))).toBe(false);
  expect(readFileSync(join(target, 'public/uploads/a.pdf'), 'utf8')).toBe('%PDF-1.4 a');
  const db = new Database(join(target, 'cms.db'), { readonly: true });
  expect(db.prepare('SELECT a FROM t ORDER BY rowid').all()).toEqual([{ a: 'một' }, { a: 'hai' }]);
  db.close();
  expect(readFileSync(join(previous!, 'marker'), 'utf8')).toBe('as it was');
});
