import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { numberKey } from '../../content/src/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { pushAllOriginals, pushRecords } from '../../scripts/lib/registry-client.ts';
import { bareRecord } from '../support/import-records.ts';
import { edxmlPackage, signEdxml, signingIdentity, tamperEdxml, tinyPdf, type SigningIdentity } from '../support/edxml-packages.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Issue 14 §0 and §4 through the real stack: `npm run import` of a folder holding a manifest whose entry lists its
 * originals and three edXML packages (signed, signed then tampered, broken), then the same folder again; and the
 * CMS's edXML inbox (EDXML_INBOX_DIR) on a CMS of this file's own, where a package dropped becomes a draft for an
 * editor within seconds, a half-written one is not read early, and a broken one lands in failed/ with its reason.
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const ISSUER = 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)';
let identity: SigningIdentity;
beforeAll(async () => {
  identity = await signingIdentity();
});

function runImport(folder: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), folder, '--cms', target.url, '--token', target.importerToken], { encoding: 'utf8' });
}

type StoredFile = { name: string; url: string };
type StoredDocument = Record<string, unknown> & { documentId: string; slug: string; reviewNote: string | null; exchangeReceivedAt: string; attachments: StoredFile[] };
type ApiAnswer = { data: { attachments: StoredFile[] } };

async function draftOf(number: string): Promise<StoredDocument[]> {
  const q = new URLSearchParams({ 'filters[numberKey][$eq]': numberKey(number)!, status: 'draft', 'populate[attachments]': 'true' });
  const { body } = await cms.rest('GET', `/legal-documents?${q}`);
  return body.data as StoredDocument[];
}

async function mediaNamed(name: string): Promise<number> {
  const q = new URLSearchParams({ 'filters[name][$eq]': name });
  const response = await fetch(`${target.url}/api/upload/files?${q}`, { headers: { authorization: `Bearer ${target.importerToken}` } });
  return ((await response.json()) as unknown[]).length;
}

describe('npm run import: originals in a manifest, edXML packages beside it', () => {
  const serial = 20_000 + Math.floor(Math.random() * 70_000);
  const numbers = { manifest: `${serial}/QĐ-UBND`, signed: `${serial + 1}/CT-UBND`, tampered: `${serial + 2}/CT-UBND` };
  const files = { original: `ban-goc-${serial}.pdf`, edxmlOriginal: `chi-thi-${serial}.pdf`, forged: `gia-mao-${serial}.pdf` };
  const pdf = { original: tinyPdf(`bản gốc ${serial}`), edxml: tinyPdf(`edxml ${serial}`), forged: tinyPdf(`giả mạo ${serial}`) };
  let folder: string;
  let first: ReturnType<typeof runImport>;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'cong-edxml-'));
    dirs.push(folder);
    const entry = (file: string, number: string, originals: string[]) => ({
      file, number, type: 'Quyết định', issuer: ISSUER, signer: 'Người Ký Thử', signerTitle: 'Chủ tịch', issuedDate: '2026-11-20',
      title: `Về việc kiểm thử bản gốc kèm theo ${number}`, originals,
    });
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify([entry('co-ban-goc.txt', numbers.manifest, [files.original]), entry('thieu-ban-goc.txt', `${serial + 5}/QĐ-UBND`, ['khong-co.pdf'])]));
    for (const file of ['co-ban-goc.txt', 'thieu-ban-goc.txt']) writeFileSync(join(folder, file), 'Điều 1. Nội dung kiểm thử.\n\nĐiều 2. Hiệu lực thi hành.\n');
    writeFileSync(join(folder, files.original), pdf.original);
    const spec = (number: number, name: string, bytes: Uint8Array) => ({
      fromName: ISSUER, codeNumber: String(number), codeNotation: 'CT-UBND', subject: `Về việc kiểm thử gói edXML số ${number}`,
      attachments: [{ name, contentType: 'application/pdf', bytes }],
    });
    writeFileSync(join(folder, 'chi-thi-ky-so.edxml'), signEdxml(edxmlPackage(spec(serial + 1, files.edxmlOriginal, pdf.edxml)), identity));
    writeFileSync(join(folder, 'gia-mao.edxml'), tamperEdxml(signEdxml(edxmlPackage(spec(serial + 2, files.forged, pdf.forged)), identity), `Trích yếu bị sửa sau khi ký ${serial}`));
    writeFileSync(join(folder, 'hong.edxml'), edxmlPackage({ ...spec(serial + 3, 'hong.pdf', pdf.forged), attachments: [{ name: 'hong.pdf', contentType: 'application/pdf', base64: 'JVBERi0x!!!' }] }));
    first = runImport(folder);
  });

  it('reports each file: created, the failures with their reasons, each package’s signature finding', () => {
    expect(first.status, first.stderr + first.stdout).toBe(1);
    expect(first.stdout).toMatch(/Tổng kết: 3 tạo mới, 0 cập nhật, .* 2 lỗi/);
    expect(first.stderr).toContain('thieu-ban-goc.txt: Tệp bản gốc không tồn tại trong thư mục: khong-co.pdf');
    expect(first.stderr).toMatch(/hong\.edxml .*"hong\.pdf": nội dung không phải base64 hợp lệ/);
    expect(first.stdout).toContain(`Bản gốc co-ban-goc.txt: ${files.original} (đã gắn)`);
    expect(first.stdout).toContain(`edXML chi-thi-ky-so.edxml: tạo mới ${numbers.signed} — chữ ký: Không xác minh được chứng thư (không thuộc danh sách tin cậy) — người ký: Nguyễn Văn Thử`);
    expect(first.stdout).toContain(`edXML gia-mao.edxml: tạo mới ${numbers.tampered} — chữ ký: Tệp đã bị thay đổi sau khi ký`);
  });

  it('the manifest’s document is published with its original attached, downloadable byte for byte, and says it was imported', async () => {
    const found = await draftOf(numbers.manifest);
    expect(found).toHaveLength(1);
    const doc = found[0]!;
    expect(doc).toMatchObject({ receivedVia: 'import', needsReview: false });
    expect(doc.attachments.map((a: StoredFile) => a.name)).toEqual([files.original]);
    const download = await fetch(`${target.url}${doc.attachments[0]!.url}`);
    expect(download.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(pdf.original))).toBe(0);
    // The public API carries the provenance and the file, through the site.
    const api = await fetch(`${stack.siteUrl}/api/v1/documents/${doc.slug}`);
    expect(api.status).toBe(200);
    const { data } = (await api.json()) as ApiAnswer;
    expect(data).toMatchObject({ receivedVia: 'import', receivedViaLabel: 'Nhập từ tệp' });
    expect(data.attachments.map((a: StoredFile) => a.name)).toEqual([files.original]);
    const viaSite = await fetch(`${stack.siteUrl}${new URL(data.attachments[0]!.url).pathname}`);
    expect(viaSite.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await viaSite.arrayBuffer()), Buffer.from(pdf.original))).toBe(0);
  });

  it('an edXML package becomes a document: header mapped, sender and arrival kept, its file an original', async () => {
    const doc = (await draftOf(numbers.signed))[0]!;
    expect(doc).toMatchObject({
      number: numbers.signed,
      title: `Về việc kiểm thử gói edXML số ${serial + 1}`,
      issuedDate: '2026-11-20',
      signerTitle: 'Chủ tịch',
      receivedVia: 'edxml',
      exchangeSender: `${ISSUER} (000.00.00.H99)`,
      needsReview: false,
    });
    expect(Date.now() - Date.parse(doc.exchangeReceivedAt)).toBeLessThan(10 * 60_000);
    expect(doc.attachments.map((a: StoredFile) => a.name)).toEqual([files.edxmlOriginal]);
    const download = await fetch(`${target.url}${doc.attachments[0]!.url}`);
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(pdf.edxml))).toBe(0);
  });

  it('a package changed after signing is kept as a draft flagged for an editor, with the finding; the broken one left nothing', async () => {
    const doc = (await draftOf(numbers.tampered))[0]!;
    expect(doc).toMatchObject({ needsReview: true, publishedAt: null, title: `Trích yếu bị sửa sau khi ký ${serial}` });
    expect(doc.reviewNote).toContain('Chữ ký số của gói edXML: Tệp đã bị thay đổi sau khi ký');
    expect(await cms.findByNumberKey(numberKey(numbers.tampered)!)).toEqual([]);
    expect(await draftOf(`${serial + 3}/CT-UBND`)).toEqual([]);
    expect(await mediaNamed('hong.pdf')).toBe(0);
    expect(await draftOf(`${serial + 5}/QĐ-UBND`)).toEqual([]);
  });

  it('importing the folder again changes nothing: the same counts as updates, no file uploaded or attached twice', async () => {
    const again = runImport(folder);
    expect(again.stdout).toMatch(/Tổng kết: 0 tạo mới, 3 cập nhật, .* 2 lỗi/);
    expect(again.stdout).toContain(`Bản gốc co-ban-goc.txt: ${files.original} (đã có, không gắn lại)`);
    expect(again.stdout).toContain(`${files.edxmlOriginal} (đã có, không gắn lại)`);
    for (const number of Object.values(numbers)) expect(await draftOf(number)).toHaveLength(1);
    expect((await draftOf(numbers.manifest))[0]!.attachments).toHaveLength(1);
    expect((await draftOf(numbers.signed))[0]!.attachments).toHaveLength(1);
    for (const name of [files.original, files.edxmlOriginal, files.forged]) expect(await mediaNamed(name)).toBe(1);
  });

  it('nobody edits the provenance: a write that sets it is ignored', async () => {
    const doc = (await draftOf(numbers.manifest))[0]!;
    const { status } = await cms.rest('PUT', `/legal-documents/${doc.documentId}`, { data: { receivedVia: 'editor', exchangeSender: 'Giả mạo' } });
    expect(status).toBe(200);
    const [after] = await draftOf(numbers.manifest);
    expect(after).toMatchObject({ receivedVia: 'import', exchangeSender: null });
  });
});

describe('originals attached to a published document whose draft an editor is changing', () => {
  const serial = 20_000 + Math.floor(Math.random() * 70_000);
  const number = `${serial}/QĐ-UBND`;
  const title = `Về việc kiểm thử bản gốc gắn sau khi xuất bản ${serial}`;
  const draftTitle = `Tiêu đề đang sửa, chưa xuất bản ${serial}`;
  const original = `ban-goc-sau-${serial}.pdf`;

  it('adds the file to the published version (and the draft) without publishing the draft’s other edits', async () => {
    const [created] = await pushRecords(target.url, target.importerToken, [{ ...bareRecord(), sourceKey: `goc-sau-${serial}.md`, number, issuedDate: '2026-11-20', title, text: '## Điều 1. Nội dung\n\nKiểm thử.' }]);
    expect(created?.action, JSON.stringify(created)).toBe('created');
    const documentId = created!.documentId!;
    const [published] = await cms.findByNumberKey(numberKey(number)!);
    const slug = (published as { slug: string }).slug;
    // The editor saves the draft in the admin (not published: the REST API's PUT would publish it).
    const saved = await cms.adminRequest('PUT', `/content-manager/collection-types/api::legal-document.legal-document/${documentId}`, { title: draftTitle });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(((await cms.findByNumberKey(numberKey(number)!)) as Array<{ title: string }>)[0]!.title).toBe(title);

    const folder = mkdtempSync(join(tmpdir(), 'cong-goc-sau-'));
    dirs.push(folder);
    writeFileSync(join(folder, original), tinyPdf(`bản gốc gắn sau ${serial}`));
    // As the importer sends them: the batch's originals in one request (POST /api/registry/originals).
    const [sent] = await pushAllOriginals(target.url, target.importerToken, [created!], new Map([[created!.sourceKey, [join(folder, original)]]]));
    expect(sent?.error).toBeNull();
    expect(sent?.answer).toMatchObject([{ name: original, action: 'attached' }]);

    // What citizens read, through the site (its cache learns of the change from the change feed).
    let data: { title: string; attachments: StoredFile[] } = { title: '', attachments: [] };
    await eventually(async () => {
      data = ((await (await fetch(`${stack.siteUrl}/api/v1/documents/${slug}`)).json()) as { data: typeof data }).data;
      return data.attachments.some((a) => a.name === original);
    }, 15_000);
    expect(data.title).toBe(title);
    const page = await (await fetch(`${stack.siteUrl}/van-ban/${slug}`)).text();
    expect(page).toContain(original);
    expect(page).toContain(title);
    expect(page).not.toContain(draftTitle);
    // The published row in the CMS: the file, the old title; the draft keeps the editor's title and has the file too.
    const [live] = (await cms.findByNumberKey(numberKey(number)!)) as Array<{ title: string }>;
    expect(live!.title).toBe(title);
    const [draft] = await draftOf(number);
    expect(draft).toMatchObject({ title: draftTitle });
    expect(draft!.attachments.map((a) => a.name)).toEqual([original]);
  });
});

describe('the edXML inbox (EDXML_INBOX_DIR)', () => {
  let own: RunningCms;
  let api: CmsApi;
  let inbox: string;
  const admin = { adminEmail: 'quantri@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-inbox-'));
    dirs.push(dataDir);
    inbox = join(dataDir, 'hop-thu-edxml');
    mkdirSync(inbox);
    own = await startCms({ port: await freePort(), dataDir, quiet: true, env: { EDXML_INBOX_DIR: inbox }, ...admin });
    api = new CmsApi(own.url, own.tokens.importer, admin);
  }, 180_000);
  afterAll(async () => {
    await own?.stop();
  });

  const listing = (sub: string) => (existsSync(join(inbox, sub)) ? readdirSync(join(inbox, sub)) : []);

  it('a package dropped in is a draft flagged for an editor within seconds; one still being written is not read early', async () => {
    const xml = signEdxml(edxmlPackage({ fromName: ISSUER, codeNumber: '77', codeNotation: 'TB-UBND', typeName: 'Thông báo', attachments: [{ name: 'thong-bao.pdf', contentType: 'application/pdf', bytes: tinyPdf('hộp thư') }] }), identity);
    const bytes = Buffer.from(xml, 'utf8');
    const path = join(inbox, 'thong-bao.edxml');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(existsSync(path), 'a half-written package stays where it is').toBe(true);
    expect([...listing('processed'), ...listing('failed')]).toEqual([]);
    appendFileSync(path, bytes.subarray(Math.floor(bytes.length / 2)));

    const took = await eventually(async () => listing('processed').some((n) => n.endsWith('-thong-bao.edxml')), 15_000);
    expect(took).toBeLessThan(15_000);
    const q = new URLSearchParams({ 'filters[numberKey][$eq]': numberKey('77/TB-UBND')!, status: 'draft', 'populate[attachments]': 'true' });
    const { body } = await api.rest('GET', `/legal-documents?${q}`);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ number: '77/TB-UBND', receivedVia: 'edxml', needsReview: true, publishedAt: null });
    expect(body.data[0].reviewNote).toMatch(/nhận qua trục liên thông/i);
    expect(body.data[0].attachments.map((a: StoredFile) => a.name)).toEqual(['thong-bao.pdf']);
    expect(await api.findByNumberKey(numberKey('77/TB-UBND')!)).toEqual([]);
    const report = listing('processed').find((n) => n.endsWith('-thong-bao.edxml.bao-cao.txt'));
    expect(readFileSync(join(inbox, 'processed', report!), 'utf8')).toMatch(/Kết quả: Đã tạo văn bản nháp mới — số ký hiệu 77\/TB-UBND/);
  });

  it('a broken package goes to failed/ with a report giving the reason in Vietnamese, and leaves nothing behind', async () => {
    writeFileSync(join(inbox, 'hong.edxml'), edxmlPackage({ fromName: ISSUER, codeNumber: '78', codeNotation: 'TB-UBND', attachments: [{ name: 'hong.pdf', contentType: 'application/pdf', base64: '@@@@' }] }));
    await eventually(async () => listing('failed').some((n) => n.endsWith('-hong.edxml.bao-cao.txt')), 15_000);
    const report = listing('failed').find((n) => n.endsWith('-hong.edxml.bao-cao.txt'))!;
    const text = readFileSync(join(inbox, 'failed', report), 'utf8');
    expect(text).toContain('Kết quả: Không nhập được');
    expect(text).toContain('Lý do: Tệp đính kèm "hong.pdf": nội dung không phải base64 hợp lệ');
    expect(existsSync(join(inbox, 'hong.edxml'))).toBe(false);
    const q = new URLSearchParams({ 'filters[numberKey][$eq]': numberKey('78/TB-UBND')!, status: 'draft' });
    expect((await api.rest('GET', `/legal-documents?${q}`)).body.data).toEqual([]);
  });
});
