import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { describeIssues } from '../../content/src/index.ts';
import { ROOT } from './paths.ts';

/**
 * `npm run backup` / `npm run restore`: one archive (tar.gz) holding everything an agency cannot regenerate —
 * the database, the uploaded files and the generated secrets and tokens — with a manifest (format version, time,
 * database kind, size and SHA-256 of every file).
 *
 * What goes in: every file under the data folder (`npm start`'s .data/: cms-secrets.json, cms-tokens.json,
 * public/uploads/…, any private upload folder and whatever a later feature keeps there), except what is derived
 * or transient (NOT_BACKED_UP). The database is taken consistently while the CMS runs: SQLite through its online
 * backup API, PostgreSQL with pg_dump. The search index is derived: the CMS rebuilds it from the database when it
 * starts with an empty index (cms/src/services/search/search-reindex.ts), `npm run reindex` rebuilds one on request.
 *
 * A restore checks the whole archive before touching anything (manifest, checksums, no stray or unsafe entries,
 * database kind), builds the new data folder beside the old one, loads a PostgreSQL dump in one transaction, and
 * only then swaps the folders: it never leaves a half-restored data folder.
 */

export const BACKUP_FORMAT = 'cong-backup';
export const BACKUP_VERSION = 1;
export const MANIFEST = 'cong-backup.json';

/** The SQLite database inside the data folder (scripts/lib/services.ts), and the dump's name for PostgreSQL. */
const SQLITE_FILE = 'cms.db';
const PG_DUMP_FILE = 'cms.pgdump';

/**
 * Paths under the data folder that are never backed up (derived or transient); everything else is. Extend it
 * when a feature keeps derived data there. (The live SQLite file is not copied as is either: see SQLITE_FILE.)
 */
export const NOT_BACKED_UP: readonly string[] = [
  SQLITE_FILE,
  `${SQLITE_FILE}-wal`,
  `${SQLITE_FILE}-shm`,
  `${SQLITE_FILE}-journal`,
  // The search index: rebuilt from the database.
  'search.db',
  'search.db-wal',
  'search.db-shm',
  // Copied from cms/public at every start.
  'public/robots.txt',
  // The first administrator's password, printed once by npm start and then deleted.
  'admin-password.txt',
  // Where the running CMS listens (scripts/lib/operator-cms.ts): written at start, removed at stop.
  'cms-address.json',
  // The demo mail catcher's inbox (npm start without SMTP_URL): test mail, not the agency's (its outbox is in the database).
  'mail',
  // The site's open-data files (/du-lieu-mo): generated from the CMS again at the first request after a restore.
  'open-data',
];

const FileEntrySchema = z.object({ size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  database: z.enum(['sqlite', 'postgres']),
  /** The application version that wrote it (package.json), for the operator. */
  app: z.string(),
  files: z.record(z.string(), FileEntrySchema),
});
export type BackupManifest = z.output<typeof BackupManifestSchema>;

export class BackupError extends Error {
  override name = 'BackupError';
}

export type DatabaseTarget = { kind: 'sqlite' } | { kind: 'postgres'; url: string; schema: string };

/** SQLite in the data folder unless DATABASE_URL names PostgreSQL — the rule of cms/config/database.ts. */
export function databaseTarget(databaseUrl: string | undefined, schema = process.env.DATABASE_SCHEMA || 'public'): DatabaseTarget {
  if (databaseUrl && /^postgres(ql)?:/.test(databaseUrl)) return { kind: 'postgres', url: databaseUrl, schema };
  if (databaseUrl) throw new BackupError(`DATABASE_URL không phải PostgreSQL (postgres://…): sao lưu chỉ hỗ trợ SQLite và PostgreSQL.`);
  return { kind: 'sqlite' };
}

/** Archive paths: relative, forward slashes, no `..`, no leading dot-dot or slash, nothing odd. */
const SAFE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[^\0\\]+$/;

function dataFiles(dataDir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dataDir, path).split(sep).join('/');
      if (NOT_BACKED_UP.includes(rel)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(rel);
      // Sockets, symlinks and the like are not data an agency keeps there.
    }
  };
  if (existsSync(dataDir)) walk(dataDir);
  return files.sort();
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', (error) => reject(new BackupError(`Không chạy được ${command}: ${error.message}${(error as NodeJS.ErrnoException).code === 'ENOENT' ? ` (cài ${command === 'tar' ? 'tar' : 'postgresql-client'})` : ''}`)));
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new BackupError(`${command} thất bại (mã ${code}): ${err.trim().slice(0, 2000)}`))));
  });
}

/** The PostgreSQL tools get the URL without its password (which would show in `ps`) and the password as PGPASSWORD. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function appVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export type BackupOptions = { dataDir: string; databaseUrl?: string | undefined; out: string; now?: Date };

/** Writes the archive to `out` (its folder is created); returns the manifest. Safe while the CMS runs. */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const dataDir = resolve(options.dataDir);
  const target = databaseTarget(options.databaseUrl);
  const out = resolve(options.out);
  if (out.startsWith(`${dataDir}${sep}`)) throw new BackupError('Không ghi bản sao lưu vào trong thư mục dữ liệu (nó sẽ tự sao lưu chính nó): chọn --out ở nơi khác.');
  mkdirSync(dirname(out), { recursive: true });
  const stage = mkdtempBeside(out, 'cong-backup-');
  try {
    let dbFile: string;
    if (target.kind === 'sqlite') {
      const source = join(dataDir, SQLITE_FILE);
      if (!existsSync(source)) throw new BackupError(`Không thấy cơ sở dữ liệu SQLite ${source}: thư mục dữ liệu đúng chưa (--data-dir)?`);
      dbFile = SQLITE_FILE;
      const db = new Database(source, { fileMustExist: true });
      try {
        // The online backup API copies a consistent snapshot page by page while the CMS keeps writing.
        await db.backup(join(stage, dbFile));
      } finally {
        db.close();
      }
      // The copy keeps the live file's WAL mode; one self-contained file is what an archive should hold (the CMS
      // switches it back to WAL when it opens it).
      const copy = new Database(join(stage, dbFile), { fileMustExist: true });
      copy.pragma('journal_mode = DELETE');
      copy.close();
      checkSqlite(join(stage, dbFile));
    } else {
      dbFile = PG_DUMP_FILE;
      // One consistent snapshot (pg_dump runs in a single repeatable-read transaction), custom format.
      const { dbname, env } = libpq(target.url);
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--schema=${target.schema}`, `--file=${join(stage, dbFile)}`, `--dbname=${dbname}`], env).catch((error: BackupError) => {
        if (/server version mismatch/.test(error.message)) {
          throw new BackupError(`${error.message}\n  pg_dump phải cùng hoặc mới hơn phiên bản chính của máy chủ PostgreSQL: cài postgresql-client tương ứng.`);
        }
        throw error;
      });
    }

    const files: BackupManifest['files'] = {};
    files[dbFile] = { size: statSync(join(stage, dbFile)).size, sha256: await sha256(join(stage, dbFile)) };
    const data = dataFiles(dataDir).filter((f) => f !== dbFile);
    for (const rel of data) files[rel] = { size: statSync(join(dataDir, rel)).size, sha256: await sha256(join(dataDir, rel)) };
    const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: (options.now ?? new Date()).toISOString(), database: target.kind, app: appVersion(), files };
    writeFileSync(join(stage, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(stage, 'files.txt'), data.map((f) => `${f}\n`).join(''));

    // Written under a temporary name and renamed: an interrupted backup never leaves a plausible-looking archive.
    const partial = `${out}.partial`;
    await run('tar', ['--create', '--gzip', `--file=${partial}`, '--no-recursion', `--directory=${stage}`, MANIFEST, dbFile, `--directory=${dataDir}`, '--verbatim-files-from', `--files-from=${join(stage, 'files.txt')}`]);
    renameSync(partial, out);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function checkSqlite(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`Bản sao cơ sở dữ liệu SQLite không toàn vẹn: ${String(result)}`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Bản sao cơ sở dữ liệu SQLite không đọc được: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

function mkdtempBeside(path: string, prefix: string): string {
  const dir = join(dirname(path), `.${prefix}${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export type RestoreOptions = { archive: string; dataDir: string; databaseUrl?: string | undefined; force?: boolean };
export type RestoreReport = { manifest: BackupManifest; previous: string | null };

/**
 * Restores `archive` into `dataDir` (and the PostgreSQL database when DATABASE_URL is given). Refuses — with
 * nothing changed — a corrupt or foreign archive, one for the other database kind, or a data folder a CMS seems
 * to be using. The data folder that was there is kept beside it (`<dir>.before-restore-<time>`).
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const archive = resolve(options.archive);
  const dataDir = resolve(options.dataDir);
  const target = databaseTarget(options.databaseUrl);
  if (!existsSync(archive)) throw new BackupError(`Không thấy tệp sao lưu ${archive}.`);
  if (!options.force && existsSync(join(dataDir, `${SQLITE_FILE}-wal`))) {
    throw new BackupError(
      `Có vẻ CMS đang chạy trên ${dataDir} (còn tệp ${SQLITE_FILE}-wal). Dừng CMS (npm start) rồi khôi phục; nếu CMS đã dừng hẳn sau một sự cố, thêm --force.`,
    );
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  const stage = join(dirname(dataDir), `.${basename(dataDir)}.restore-${process.pid}-${Date.now()}`);
  mkdirSync(stage, { mode: 0o700 });
  try {
    try {
      await run('tar', ['--extract', '--gzip', `--file=${archive}`, `--directory=${stage}`, '--no-same-owner', '--no-same-permissions']);
    } catch (error) {
      throw new BackupError(`Tệp sao lưu hỏng hoặc không phải tar.gz: ${(error as Error).message}`);
    }
    const manifest = await verifyStage(stage);
    if (manifest.database !== target.kind) {
      throw new BackupError(
        manifest.database === 'postgres'
          ? 'Bản sao lưu này của PostgreSQL: khôi phục cần DATABASE_URL=postgres://… trỏ tới cơ sở dữ liệu đích.'
          : 'Bản sao lưu này của SQLite nhưng DATABASE_URL đang trỏ tới PostgreSQL: bỏ DATABASE_URL để khôi phục vào SQLite.',
      );
    }
    if (target.kind === 'sqlite') {
      checkSqlite(join(stage, SQLITE_FILE));
    } else {
      await loadPostgres(join(stage, PG_DUMP_FILE), target, stage);
      rmSync(join(stage, PG_DUMP_FILE));
    }
    rmSync(join(stage, MANIFEST));
    let previous: string | null = null;
    if (existsSync(dataDir)) {
      previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, previous);
    }
    renameSync(stage, dataDir);
    return { manifest, previous };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The extracted archive is exactly what its manifest lists, byte for byte, and nothing else. */
async function verifyStage(stage: string): Promise<BackupManifest> {
  const manifestPath = join(stage, MANIFEST);
  if (!existsSync(manifestPath)) throw new BackupError(`Tệp này không phải bản sao lưu của Cổng (thiếu ${MANIFEST}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    throw new BackupError(`${MANIFEST} trong bản sao lưu không đọc được (không phải JSON).`);
  }
  const kind = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(raw);
  if (!kind.success) throw new BackupError('Tệp này không phải bản sao lưu của Cổng.');
  if (kind.data.version !== BACKUP_VERSION) {
    throw new BackupError(`Bản sao lưu định dạng phiên bản ${kind.data.version}; bản này của Cổng đọc phiên bản ${BACKUP_VERSION}. Dùng phiên bản Cổng đã tạo ra nó.`);
  }
  const parsed = BackupManifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(`${MANIFEST} không hợp lệ: ${describeIssues(parsed.error, { limit: 1 })}`);
  const manifest = parsed.data;
  const listed = new Set(Object.keys(manifest.files));
  if (![SQLITE_FILE, PG_DUMP_FILE].some((f) => listed.has(f))) throw new BackupError('Bản sao lưu không có cơ sở dữ liệu.');
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(stage, path).split(sep).join('/');
      if (lstatSync(path).isSymbolicLink() || !(entry.isDirectory() || entry.isFile())) throw new BackupError(`Bản sao lưu chứa mục không phải tệp thường: ${rel}.`);
      if (entry.isDirectory()) walk(path);
      else if (rel !== MANIFEST) found.push(rel);
    }
  };
  walk(stage);
  for (const rel of found) if (!listed.has(rel)) throw new BackupError(`Bản sao lưu chứa tệp không có trong danh mục: ${rel}.`);
  for (const [rel, expected] of Object.entries(manifest.files)) {
    if (!SAFE_PATH.test(rel)) throw new BackupError(`Danh mục chứa đường dẫn không an toàn: ${rel}.`);
    const path = join(stage, rel);
    if (!existsSync(path)) throw new BackupError(`Bản sao lưu thiếu tệp ${rel} (bị cắt ngắn?).`);
    if (statSync(path).size !== expected.size || (await sha256(path)) !== expected.sha256) {
      throw new BackupError(`Tệp ${rel} trong bản sao lưu không khớp mã kiểm tra: bản sao lưu đã bị hỏng hoặc bị sửa.`);
    }
  }
  return manifest;
}

/**
 * The dump replaces the target schema in ONE transaction (psql --single-transaction with ON_ERROR_STOP): if any
 * statement fails, PostgreSQL rolls everything back and the database is as it was. The dump is turned into SQL
 * first, completely, so a dump that cannot be read never reaches the database half-way.
 */
async function loadPostgres(dump: string, target: Extract<DatabaseTarget, { kind: 'postgres' }>, stage: string): Promise<void> {
  const schema = `"${target.schema.replaceAll('"', '""')}"`;
  const sql = join(stage, '.restore.sql');
  const reset = join(stage, '.reset.sql');
  try {
    await run('pg_restore', ['--no-owner', '--no-privileges', `--file=${sql}`, dump]);
    // The dump was taken with --schema, so it creates the schema itself (public included): drop what is there.
    writeFileSync(reset, `DROP SCHEMA IF EXISTS ${schema} CASCADE;\n`);
    const { dbname, env } = libpq(target.url);
    await run('psql', ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--dbname=${dbname}`, `--file=${reset}`, `--file=${sql}`], env);
  } finally {
    rmSync(sql, { force: true });
    rmSync(reset, { force: true });
  }
}
