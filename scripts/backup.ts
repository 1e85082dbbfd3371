/**
 * npm run backup [-- --out <file.tar.gz>] [--data-dir <folder>]
 * One archive with the database (SQLite, or PostgreSQL when DATABASE_URL is set), the uploaded files and the
 * generated secrets and tokens; safe while the portal runs. See scripts/lib/backup.ts.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, createBackup } from './lib/backup.ts';
import { DATA_DIR, ROOT } from './lib/paths.ts';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'backups', `cong-${stamp}.tar.gz`) },
    'data-dir': { type: 'string', default: DATA_DIR },
  },
});

try {
  const manifest = await createBackup({ dataDir: values['data-dir']!, databaseUrl: process.env.DATABASE_URL, out: values.out! });
  const files = Object.values(manifest.files);
  const mb = files.reduce((sum, f) => sum + f.size, 0) / 1_048_576;
  console.log(`✓ Đã sao lưu (${manifest.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${files.length} tệp, ${mb.toFixed(1)} MB trước khi nén): ${values.out}`);
  console.log('  Bản sao lưu chứa khoá bí mật và dữ liệu cá nhân: cất ở nơi an toàn, chỉ người vận hành được đọc.');
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
