import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs, demoRecords } from '../../content/src/demo/index.ts';
import { createSearchEngine } from '../../search/src/index.ts';
import { loadDemoContent } from '../../scripts/lib/demo.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { postgresForTests } from '../setup/postgres.ts';
import { eventually } from '../support/cms-api.ts';

/**
 * `npm run backup` and `npm run restore` end to end, on SQLite and on PostgreSQL: a CMS with the demo content and
 * a comment with an attachment is backed up while it runs, its data (folder and database) is wiped, the archive
 * is restored into a fresh folder and a fresh database, and a CMS started on them holds the same documents,
 * comments and files, byte for byte, with the same secrets and tokens, and a search index rebuilt from the
 * database. A corrupt, tampered or mismatched archive is refused and changes nothing.
 */
const stack = inject('stack');
const ADMIN = { adminEmail: 'sao-luu@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
const ATTACHMENT = Buffer.from('%PDF-1.4\n% tệp đính kèm góp ý (kiểm thử sao lưu)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const cleanup: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

function cli(script: 'backup' | 'restore', args: string[], databaseUrl: string | undefined) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every row of every content table (documents, comments, files, components, links), hashed per table. */
async function databaseSnapshot(dataDir: string, databaseUrl: string | undefined): Promise<Record<string, { rows: number; sha256: string }>> {
  // Strapi's own bookkeeping (schema hash, sessions, token last-used times) legitimately changes on every start.
  const content = (table: string) => !/^(strapi_|admin_|up_)/.test(table);
  const tables: Record<string, unknown[]> = {};
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const names = (await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map((r) => r.table_name as string);
      for (const name of names.filter(content)) tables[name] = (await client.query(`SELECT * FROM "${name}" ORDER BY 1`)).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(join(dataDir, 'cms.db'), { readonly: true, fileMustExist: true });
    try {
      const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
      for (const name of names.filter(content)) tables[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all();
    } finally {
      db.close();
    }
  }
  return Object.fromEntries(
    Object.entries(tables)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, rows]) => [name, { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') }]),
  );
}

/** Every file of the data folder but the database and the derived ones, by content hash. */
function fileSnapshot(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dataDir, path).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      // What a backup leaves out on purpose (NOT_BACKED_UP: the live databases, the index, the copied robots.txt, the
      // running CMS's address) is not part of what must come back.
      else if (!/^(cms\.db|search\.db)/.test(rel) && rel !== 'public/robots.txt' && rel !== 'cms-address.json') files[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dataDir);
  return files;
}

/** Background work (the comment outbox, status refreshes) settles: two snapshots a second apart agree. */
async function settledSnapshot(dataDir: string, databaseUrl: string | undefined) {
  let previous = JSON.stringify(await databaseSnapshot(dataDir, databaseUrl));
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const current = JSON.stringify(await databaseSnapshot(dataDir, databaseUrl));
    if (current === previous) return JSON.parse(current) as Awaited<ReturnType<typeof databaseSnapshot>>;
    previous = current;
  }
  throw new Error('the database kept changing for 20 s');
}

async function commentWithAttachment(cms: RunningCms): Promise<string> {
  const form = new FormData();
  for (const [key, value] of Object.entries({
    name: 'Trần Văn Sao Lưu',
    email: 'sao-luu@example.vn',
    content: 'Góp ý kèm tệp, để kiểm tra sao lưu và khôi phục.',
    consent: 'true',
  })) form.set(key, value);
  form.append('attachments', new Blob([ATTACHMENT], { type: 'application/pdf' }), 'gop-y-kem-tep.pdf');
  const response = await fetch(`${cms.url}/api/consultations/${demoConsultationSlugs.open}/comments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cms.tokens.comments}`, 'X-Cong-Client-Address': '203.0.113.7' },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return String(((await response.json()) as { id: unknown }).id);
}

describe.each(['sqlite', 'postgres'] as const)('backup and restore on %s', (kind) => {
  const skip = kind === 'postgres' && stack.postgresSkipReason !== null;

  it.skipIf(skip)('round trip: every document, comment and file comes back, and search answers after the rebuild', { timeout: 420_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), `cong-backup-${kind}-`));
    cleanup.push(() => rmSync(work, { recursive: true, force: true }));
    const source = join(work, 'data');
    const restored = join(work, 'restored');
    const archive = join(work, 'sao-luu.tar.gz');
    const [dbA, dbB] = kind === 'postgres' ? await Promise.all([postgresForTests(), postgresForTests()]) : [null, null];
    for (const db of [dbA, dbB]) if (db) cleanup.push(() => db.drop());
    const urlA = dbA?.url ?? undefined;
    const urlB = dbB?.url ?? undefined;

    // A portal in use: the demo content (documents with PDF originals, drafts, comments, pages) and a citizen's
    // comment with an attached file.
    const cmsA = await startCms({ port: await freePort(), dataDir: source, databaseUrl: urlA, quiet: true, ...ADMIN });
    cleanup.push(() => cmsA.stop());
    const loaded = await loadDemoContent(cmsA.url, cmsA.tokens.importer);
    expect(loaded.filter((r) => r.action === 'failed')).toEqual([]);
    await commentWithAttachment(cmsA);
    const before = await settledSnapshot(source, urlA);

    // Backed up while the CMS runs.
    const backup = cli('backup', ['--data-dir', source, '--out', archive], urlA);
    expect(backup.status, backup.output).toBe(0);
    expect(await databaseSnapshot(source, urlA)).toEqual(before);
    const filesBefore = fileSnapshot(source);
    await cmsA.stop();

    // The content is really there: documents, the comment, its file, the secrets and tokens.
    expect(before.legal_documents?.rows).toBeGreaterThanOrEqual(demoRecords.length);
    expect(before.public_comments?.rows).toBeGreaterThan(0);
    expect(before.files?.rows).toBeGreaterThan(0);
    const attachmentHash = createHash('sha256').update(ATTACHMENT).digest('hex');
    expect(Object.values(filesBefore)).toContain(attachmentHash);
    expect(Object.keys(filesBefore)).toEqual(expect.arrayContaining(['cms-secrets.json', 'cms-tokens.json']));

    // Wiped: the folder, and for PostgreSQL the database (the restore goes into a fresh one).
    rmSync(source, { recursive: true, force: true });
    if (dbA) await dbA.drop();

    const restore = cli('restore', [archive, '--data-dir', restored], urlB);
    expect(restore.status, restore.output).toBe(0);
    expect(fileSnapshot(restored)).toEqual(filesBefore);
    expect(existsSync(join(restored, 'search.db'))).toBe(false);

    const cmsB = await startCms({ port: await freePort(), dataDir: restored, databaseUrl: urlB, quiet: true, ...ADMIN });
    cleanup.push(() => cmsB.stop());
    // The restored tokens work (they are checked against the restored database with the restored salt).
    expect(cmsB.tokens.importer).toBe(JSON.parse(readFileSync(join(restored, 'cms-tokens.json'), 'utf8')).importer);
    const rebuild = async () =>
      (await (await fetch(`${cmsB.url}/api/search-index/rebuild`, { headers: { authorization: `Bearer ${cmsB.tokens.importer}` } })).json()) as { running: boolean; indexed: number; error: string | null };
    await eventually(async () => {
      const status = await rebuild();
      return !status.running && status.indexed > 0;
    }, 120_000, 500);
    expect((await rebuild()).error).toBeNull();
    const engine = createSearchEngine({ SEARCH_DB_PATH: join(restored, 'search.db') });
    try {
      const title = demoRecords[0]!.title;
      const result = await engine.search({ q: title.split(' ').slice(0, 4).join(' ') });
      expect(result.total).toBeGreaterThan(0);
    } finally {
      await engine.close();
    }
    const after = await settledSnapshot(restored, urlB);
    await cmsB.stop();
    expect(after).toEqual(before);
    expect(fileSnapshot(restored)).toMatchObject(filesBefore);

    // Refusals change nothing: a truncated archive, a tampered file, the other database kind.
    const untouched = fileSnapshot(restored);
    const truncated = join(work, 'cut.tar.gz');
    writeFileSync(truncated, readFileSync(archive).subarray(0, Math.floor(readFileSync(archive).length / 2)));
    const cut = cli('restore', [truncated, '--data-dir', restored], urlB);
    expect(cut.status).toBe(1);
    expect(cut.output).toMatch(/Không khôi phục: Tệp sao lưu hỏng/);

    const tamperedDir = join(work, 'tampered');
    mkdirSync(tamperedDir);
    expect(spawnSync('tar', ['-xzf', archive, '-C', tamperedDir]).status).toBe(0);
    writeFileSync(join(tamperedDir, 'cms-tokens.json'), '{"importer":"khoa-gia-mao"}');
    const tampered = join(work, 'tampered.tar.gz');
    expect(spawnSync('tar', ['-czf', tampered, '-C', tamperedDir, '.']).status).toBe(0);
    const forged = cli('restore', [tampered, '--data-dir', restored], urlB);
    expect(forged.status).toBe(1);
    expect(forged.output).toContain('cms-tokens.json trong bản sao lưu không khớp mã kiểm tra');

    const otherKind = cli('restore', [archive, '--data-dir', restored], kind === 'sqlite' ? 'postgres://postgres@127.0.0.1:5432/khong_dung' : undefined);
    expect(otherKind.status).toBe(1);
    expect(otherKind.output).toMatch(kind === 'sqlite' ? /Bản sao lưu này của SQLite/ : /Bản sao lưu này của PostgreSQL/);

    expect(fileSnapshot(restored)).toEqual(untouched);
    expect(readdirSync(work).filter((name) => name.includes('.restore-'))).toEqual([]);
  });
});
