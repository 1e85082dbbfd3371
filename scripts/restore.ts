/**
 * npm run restore -- <file.tar.gz> [--data-dir <folder>] [--force]
 * Restores a backup made by `npm run backup` into the data folder (and into the PostgreSQL database of
 * DATABASE_URL for a PostgreSQL backup). Stop the portal first. Nothing is changed unless the whole archive checks
 * out; the previous data folder is kept beside the new one. The CMS rebuilds the search index when it starts.
 */
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup } from './lib/backup.ts';
import { DATA_DIR } from './lib/paths.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string', default: DATA_DIR },
    force: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--data-dir <thư mục>] [--force]');
  process.exit(2);
}

try {
  const { manifest, previous } = await restoreBackup({ archive: positionals[0]!, dataDir: values['data-dir']!, databaseUrl: process.env.DATABASE_URL, force: values.force });
  console.log(`✓ Đã khôi phục bản sao lưu ngày ${manifest.createdAt} (${manifest.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${Object.keys(manifest.files).length} tệp) vào ${values['data-dir']}.`);
  if (previous) console.log(`  Thư mục dữ liệu cũ được giữ ở ${previous} (xoá khi đã kiểm tra xong).`);
  console.log('  Khởi động lại (npm start): CMS tự dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu.');
  if (manifest.database === 'postgres' && process.env.MEILISEARCH_URL) console.log('  Với Meilisearch đang có dữ liệu cũ: chạy npm run reindex sau khi CMS đã chạy.');
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`✗ Không khôi phục: ${error.message}\n  Thư mục dữ liệu và cơ sở dữ liệu không bị thay đổi.`);
  process.exit(1);
}
