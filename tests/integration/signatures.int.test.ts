import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_VERDICT_LABELS } from '../../content/src/index.ts';
import { eventually } from '../support/cms-api.ts';
import { type OwnPortal, startOwnPortal } from '../support/own-portal.ts';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { postgresForTests } from '../setup/postgres.ts';

/**
 * Issue 14 §1 through the real stack: PDFs signed in the test by a CA made in the test are uploaded to the CMS as an
 * editor does, attached to documents that are published, and the verdicts are read where citizens read them — the
 * document page's HTML and /api/v1/documents/<slug>. The portal's own (not the shared stack): the test changes its
 * trust list (TRUST_LIST_DIR, by default <data>/trust-list), which every document's verdict depends on.
 */

// The CA and the signing made in the test are the verifier's unit tests' own (cms/src/services/originals/testing). The
// CMS is a CommonJS package, which this ESM project's typecheck cannot take in: imported by a path held in a
// variable, so the module runs (vitest) without its source joining the tests' typecheck.
const TEST_PKI = '../../cms/src/services/originals/testing/test-pki.ts';
type TestIdentity = { pem: string };

const ADMIN = { adminEmail: 'chu-ky@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };

let portal: OwnPortal;
let root: TestIdentity;
let files: Record<'valid' | 'appended' | 'flipped' | 'expired' | 'untrusted' | 'unsigned', Uint8Array>;
let issuingBody: string;
let documentType: string;
const slugs: Record<string, string> = {};
const documentIds: Record<string, string> = {};
const fileIds: Record<string, number> = {};

async function adminJwt(): Promise<string> {
  const login = await fetch(`${portal.cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.adminEmail, password: ADMIN.adminPassword }) });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

const site = (path: string) => fetch(`${portal.site.url}${path}`);
const apiDocument = async (slug: string) => (await (await site(`/api/v1/documents/${slug}`)).json()).data;
const trustDir = () => join(portal.dataDir, 'trust-list');

async function makeFiles() {
  const { makeTestCast, verdictPdfs } = await import(TEST_PKI);
  const cast = await makeTestCast();
  root = cast.root;
  files = await verdictPdfs(cast);
}

async function publishWith(key: string, names: Array<keyof typeof files>) {
  const ids: number[] = [];
  for (const name of names) {
    ids.push(await portal.api.adminUpload(files[name], `${key}-${name}.pdf`, 'application/pdf'));
    fileIds[`${key}-${name}`] = ids[ids.length - 1]!;
  }
  const created = await portal.api.rest('POST', '/legal-documents?status=published', {
    data: {
      documentType,
      issuingBody,
      title: `Quyết định kiểm thử chữ ký số ${key}`,
      number: `${Math.floor(Math.random() * 900) + 100}/2026/QĐ-UBND`,
      issuedDate: '2026-11-20',
      body: 'Điều 1. Kiểm thử bản gốc có chữ ký số.',
      attachments: ids,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  slugs[key] = created.body.data.slug;
  documentIds[key] = created.body.data.documentId;
}

type ApiFile = { name: string; signatureReport: { signatures: Array<{ verdict: string }> } | null };
const verdictsByFile = (doc: { attachments: ApiFile[] }): Record<string, string[] | null> =>
  Object.fromEntries(doc.attachments.map((file) => [file.name, file.signatureReport ? file.signatureReport.signatures.map((s) => s.verdict) : null]));

beforeAll(async () => {
  [portal] = await Promise.all([startOwnPortal('signatures', ADMIN, { CMS_POLL_INTERVAL_MS: '300' }), makeFiles()]);
  const body = await portal.api.rest('POST', '/issuing-bodies', { data: { name: 'UBND tỉnh Sông Hồng', slug: 'ubnd-tinh-song-hong', abbreviation: 'UBND' } });
  expect(body.status, JSON.stringify(body.body)).toBe(201);
  issuingBody = body.body.data.documentId;
  documentType = (await portal.api.rest('GET', '/document-types?filters[slug][$eq]=quyet-dinh')).body.data[0].documentId;
}, 240_000);

afterAll(() => portal?.stop());

describe('signed originals, verified when uploaded and shown on the document page and in the API', () => {
  it('with the trust list empty, a correctly signed original is "untrusted" — the honest answer', async () => {
    await publishWith('a', ['valid']);
    await eventually(async () => verdictsByFile(await apiDocument(slugs.a!))['a-valid.pdf']?.[0] === 'untrusted', 15_000);
    const doc = await apiDocument(slugs.a!);
    expect(doc).toMatchObject({ signatureStatus: 'problem', signedOriginal: false });
    expect(doc.attachments[0].signatureReport.signatures[0]).toMatchObject({
      verdict: 'untrusted',
      verdictLabel: 'Không xác minh được chứng thư (không thuộc danh sách tin cậy)',
      signer: 'Nguyễn Văn An',
      organisation: 'UBND tỉnh Sông Hồng',
    });
    await eventually(async () => (await (await site(`/van-ban/${slugs.a}`)).text()).includes(SIGNATURE_VERDICT_LABELS.untrusted), 5_000);
  });

  it('a root added to the trust folder: verified again, "Chữ ký số hợp lệ" with signer, organisation and time, details on demand', async () => {
    mkdirSync(trustDir(), { recursive: true });
    const started = Date.now();
    writeFileSync(join(trustDir(), 'test-root.pem'), root.pem);
    await eventually(async () => (await apiDocument(slugs.a!)).signatureStatus === 'verified', 15_000);
    const doc = await apiDocument(slugs.a!);
    expect(doc.signedOriginal).toBe(true);
    expect(doc.signatureStatusLabel).toBe('Bản gốc có chữ ký số hợp lệ');
    const [signature] = doc.attachments[0].signatureReport.signatures;
    expect(signature).toMatchObject({ verdict: 'valid', verdictLabel: 'Chữ ký số hợp lệ', coversWholeFile: true, issuer: 'Test Sub CA' });
    let html = '';
    await eventually(async () => (html = await (await site(`/van-ban/${slugs.a}`)).text()).includes('Chữ ký số hợp lệ'), 5_000);
    console.info(`[signatures] trust list changed → page says valid: ${Date.now() - started} ms`);
    expect(html).toContain('Bản gốc có chữ ký số hợp lệ');
    expect(html).toContain('Người ký: Nguyễn Văn An (UBND tỉnh Sông Hồng)');
    expect(html).toMatch(/ký lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(html).toMatch(/<details>\s*<summary>Chi tiết kiểm tra<\/summary>/);
    expect(html).toContain('chứng thư gốc tin cậy &quot;Test Root CA&quot;');
  });

  it('bytes appended, a byte changed, an expired certificate, an untrusted root, no signature: each its own verdict', async () => {
    const started = Date.now();
    await publishWith('b', ['appended', 'flipped', 'expired', 'untrusted', 'unsigned']);
    await eventually(async () => Object.values(verdictsByFile(await apiDocument(slugs.b!))).every((v) => v !== null), 15_000);
    console.info(`[signatures] publish → every verdict in the API: ${Date.now() - started} ms`);
    const doc = await apiDocument(slugs.b!);
    expect(verdictsByFile(doc)).toEqual({
      'b-appended.pdf': ['appended-after-signing'],
      'b-flipped.pdf': ['modified-after-signing'],
      'b-expired.pdf': ['certificate-expired'],
      'b-untrusted.pdf': ['untrusted'],
      'b-unsigned.pdf': [],
    });
    expect(doc).toMatchObject({ signatureStatus: 'problem', signedOriginal: false });
    let html = '';
    await eventually(async () => (html = await (await site(`/van-ban/${slugs.b}`)).text()).includes(SIGNATURE_VERDICT_LABELS['certificate-expired']), 5_000);
    for (const verdict of ['appended-after-signing', 'modified-after-signing', 'certificate-expired', 'untrusted'] as const) {
      expect(html).toContain(SIGNATURE_VERDICT_LABELS[verdict]);
    }
    expect(html).not.toContain('Bản gốc có chữ ký số hợp lệ');
  });

  it('re-verification on demand is an editor’s action: refused without the admin session, done with it', async () => {
    const refused = await fetch(`${portal.cms.url}/api/originals/reverify`, { method: 'POST', headers: { authorization: `Bearer ${portal.cms.tokens.importer}` } });
    expect(refused.status).toBe(401);
    const before = (await apiDocument(slugs.a!)).attachments[0].signatureReport.verifiedAt;
    const done = await portal.api.adminRequest('POST', '/api/originals/reverify', { documentId: documentIds.a });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.verified).toBe(1);
    await eventually(async () => (await apiDocument(slugs.a!)).attachments[0].signatureReport.verifiedAt !== before, 5_000);
    // The edit view's panel reads the same reports through the admin session.
    const panel = await portal.api.adminRequest('GET', `/api/originals/${documentIds.b}`);
    expect(panel.status).toBe(200);
    expect(panel.body.files.map((f: ApiFile & { report: ApiFile['signatureReport'] }) => f.report?.signatures.map((s) => s.verdict))).toEqual(
      expect.arrayContaining([['certificate-expired'], ['modified-after-signing'], []]),
    );
    expect((await fetch(`${portal.cms.url}/api/originals/${documentIds.b}`)).status).toBe(401);
  });

  it('the root removed from the trust folder: the mark goes', async () => {
    rmSync(join(trustDir(), 'test-root.pem'));
    await eventually(async () => (await apiDocument(slugs.a!)).signatureStatus === 'problem', 15_000);
    expect((await apiDocument(slugs.a!)).signedOriginal).toBe(false);
  });

  it('a file replaced in the media library is verified again: its old report never speaks for the new bytes', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(files.flipped)], { type: 'application/pdf' }), 'a-valid.pdf');
    const replaced = await fetch(`${portal.cms.url}/upload?id=${fileIds['a-valid']}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await adminJwt()}` },
      body: form,
    });
    expect(replaced.status, await replaced.clone().text()).toBe(200);
    await eventually(async () => verdictsByFile(await apiDocument(slugs.a!))['a-valid.pdf']?.[0] === 'modified-after-signing', 15_000);
  });
});

const pgDb = await postgresForTests();

describe.runIf(pgDb.url)('at start, only the files whose report is stale are verified again (a query on the fingerprint, on PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-signatures-pg-'));
  let cms: RunningCms | null = null;
  const start = async () => {
    cms = await startCms({ port: await freePort(), dataDir, databaseUrl: pgDb.url!, quiet: true, ...ADMIN });
  };
  afterAll(async () => {
    await cms?.stop();
    await pgDb.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });
  type Report = { trustList: string; verifiedAt: string; signatures: Array<{ verdict: string }> } | null;
  async function reports(): Promise<Map<string, Report>> {
    const client = new pg.Client({ connectionString: pgDb.url! });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; signature_report: Report }>('SELECT name, signature_report FROM files');
      return new Map(rows.map((row) => [row.name, row.signature_report]));
    } finally {
      await client.end();
    }
  }
  async function sql(text: string): Promise<void> {
    const client = new pg.Client({ connectionString: pgDb.url! });
    await client.connect();
    await client.query(text).finally(() => client.end());
  }

  it('a report of another trust list and a missing one are redone; a current one is left as it was', async () => {
    await start();
    const form = new FormData();
    for (const name of ['current', 'stale', 'missing'] as const) form.append('files', new Blob([new Uint8Array(files.valid)], { type: 'application/pdf' }), `${name}.pdf`);
    const uploaded = await fetch(`${cms!.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${cms!.tokens.importer}` }, body: form });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    await eventually(async () => [...(await reports()).values()].filter((r) => r?.signatures[0]?.verdict === 'untrusted').length === 3, 30_000);
    const before = await reports();
    const fingerprint = before.get('current.pdf')!.trustList;
    await cms!.stop();
    cms = null;

    // As an older trust list and a file from before verification leave them.
    await sql(`UPDATE files SET signature_report = jsonb_set(signature_report::jsonb, '{trustList}', '"danh-sach-cu"') WHERE name = 'stale.pdf'`);
    await sql(`UPDATE files SET signature_report = NULL WHERE name = 'missing.pdf'`);
    await start();
    await eventually(async () => {
      const now = await reports();
      return now.get('stale.pdf')?.trustList === fingerprint && now.get('missing.pdf')?.trustList === fingerprint;
    }, 30_000);
    const after = await reports();
    expect(after.get('stale.pdf')!.signatures[0]!.verdict).toBe('untrusted');
    expect(after.get('missing.pdf')!.signatures[0]!.verdict).toBe('untrusted');
    expect(after.get('stale.pdf')!.verifiedAt > before.get('stale.pdf')!.verifiedAt).toBe(true);
    // Not read again: the same report, to the millisecond.
    expect(after.get('current.pdf')).toEqual(before.get('current.pdf'));
  }, 240_000);
});
