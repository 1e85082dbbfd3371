import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberKey } from '../../content/src/index.ts';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { postgresForTests } from '../setup/postgres.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';
import { edxmlPackage, tinyPdf } from '../support/edxml-packages.ts';

/**
 * Issue 14 follow-up: two CMS processes on one PostgreSQL database watch ONE edXML inbox (replicas of the CMS).
 * Each package must be imported exactly once — claimed by an atomic rename into processing/ before it is read — and
 * a claim left by a process that died is taken over after its time-out, once. Proven by the audit log: every import
 * run writes one entry naming each document and whether it was created or updated; a package imported twice would
 * show an "updated" entry (and two reports).
 */
const pgDb = await postgresForTests();
const ISSUER = 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)';
const ADMIN = { adminEmail: 'quantri-hopthu@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
const PACKAGES = 12;
const SERIAL = 30_000 + Math.floor(Math.random() * 60_000);

describe.runIf(pgDb.url)('two CMS processes watching one edXML inbox', () => {
  const cmses: RunningCms[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-inbox-claims-'));
  const inbox = join(dataDir, 'hop-thu-edxml');
  let api: CmsApi;
  const listing = (sub: string) => (existsSync(join(inbox, sub)) ? readdirSync(join(inbox, sub)) : []);
  const packageOf = (n: number) =>
    edxmlPackage({ fromName: ISSUER, codeNumber: String(n), codeNotation: 'TB-UBND', typeName: 'Thông báo', subject: `Thông báo thử hộp thư chung số ${n}`, attachments: [{ name: `tb-${n}.pdf`, contentType: 'application/pdf', bytes: tinyPdf(`hộp thư chung ${n}`) }] });
  /** Dropped as a writer should: written under a hidden name, then renamed into the inbox in one step. */
  const drop = (name: string, xml: string, into = inbox) => {
    const hidden = join(into, `.${name}.tmp`);
    writeFileSync(hidden, xml);
    renameSync(hidden, join(into, name));
  };
  async function importEntries(): Promise<Array<{ field: string; new: string }>> {
    const client = new pg.Client({ connectionString: pgDb.url! });
    await client.connect();
    try {
      const { rows } = await client.query<{ changes: Array<{ field: string; new: string }> | string }>("SELECT changes FROM audit_entries WHERE action = 'import'");
      return rows.flatMap((row) => (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes));
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    mkdirSync(inbox);
    // One data folder (the media library and the tokens are shared, as replicas share their volume); the first
    // process creates the schema, then the second starts on it. Each has its own embedded search file.
    for (const name of ['a', 'b']) {
      cmses.push(
        await startCms({ port: await freePort(), dataDir, databaseUrl: pgDb.url!, quiet: true, env: { EDXML_INBOX_DIR: inbox, SEARCH_DB_PATH: join(dataDir, `search-${name}.db`) }, ...ADMIN }),
      );
    }
    api = new CmsApi(cmses[0]!.url, cmses[0]!.tokens.importer, ADMIN);
  }, 300_000);
  afterAll(async () => {
    await Promise.all(cmses.map((cms) => cms.stop()));
    await pgDb.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`${PACKAGES} packages dropped at once are each imported exactly once`, async () => {
    for (let i = 0; i < PACKAGES; i += 1) drop(`goi-${SERIAL + i}.edxml`, packageOf(SERIAL + i));
    const packages = () => listing('processed').filter((n) => n.endsWith('.edxml'));
    await eventually(async () => packages().length >= PACKAGES && listing('processing').length === 0, 90_000);
    // Let a process that would import a package a second time finish doing so before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(packages()).toHaveLength(PACKAGES);
    expect(listing('failed')).toEqual([]);
    expect(readdirSync(inbox).filter((n) => n.endsWith('.edxml'))).toEqual([]);
    const reports = listing('processed').filter((n) => n.endsWith('.bao-cao.txt'));
    expect(reports).toHaveLength(PACKAGES);
    for (const report of reports) expect(readFileSync(join(inbox, 'processed', report), 'utf8')).toContain('Kết quả: Đã tạo văn bản nháp mới');

    const entries = (await importEntries()).filter((entry) => /TB-UBND$/.test(entry.field));
    expect(entries.map((entry) => entry.new)).toEqual(Array(PACKAGES).fill('tạo mới'));
    expect(new Set(entries.map((entry) => entry.field)).size).toBe(PACKAGES);
    for (let i = 0; i < PACKAGES; i += 1) {
      const q = new URLSearchParams({ 'filters[numberKey][$eq]': numberKey(`${SERIAL + i}/TB-UBND`)!, status: 'draft', 'populate[attachments]': 'true' });
      const { body } = await api.rest('GET', `/legal-documents?${q}`);
      expect(body.data, `${SERIAL + i}/TB-UBND`).toHaveLength(1);
      expect(body.data[0].attachments).toHaveLength(1);
    }
  });

  it('a claim left by a process that died is taken over after its time-out, once; a live claim is left alone', async () => {
    const stale = `${(Date.now() - 11 * 60_000).toString(36)}-99999-deadbeef--bo-do.edxml`;
    const live = `${Date.now().toString(36)}-99998-cafebabe--dang-xu-ly.edxml`;
    mkdirSync(join(inbox, 'processing'), { recursive: true });
    drop(stale, packageOf(SERIAL + PACKAGES), join(inbox, 'processing'));
    drop(live, packageOf(SERIAL + PACKAGES + 1), join(inbox, 'processing'));
    await eventually(async () => listing('processed').some((n) => n.endsWith('-bo-do.edxml.bao-cao.txt')), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(listing('processed').filter((n) => n.endsWith('-bo-do.edxml'))).toHaveLength(1);
    expect(listing('processing')).toEqual([live]);
    const entries = (await importEntries()).filter((entry) => entry.field === `${SERIAL + PACKAGES}/TB-UBND`);
    expect(entries.map((entry) => entry.new)).toEqual(['tạo mới']);
    expect((await importEntries()).some((entry) => entry.field === `${SERIAL + PACKAGES + 1}/TB-UBND`)).toBe(false);
  });
});
