import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { numberKey } from '../../content/src/index.ts';
import { encodeTcvn3, encodeViqr, encodeVni } from '../../content/src/legacy-encodings/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Issue 14 §3 through the real stack: `npm run import` of an archive folder with one text in each legacy encoding
 * (TCVN3 with its manifest fields in TCVN3 too, VNI, VIQR) and one that cannot be decided. The three are published
 * in Unicode — read back from the site's public API and found by an accented search — and the fourth is an
 * unpublished draft flagged for an editor, its mojibake never stored; the summary names each file's encoding and
 * confidence.
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const folder = mkdtempSync(join(tmpdir(), 'cong-legacy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const serial = 10_000 + Math.floor(Math.random() * 80_000);
const cp1252 = new Map(Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1252').decode(new Uint8Array([b])), b] as const));
/** A legacy file as the old word processor saved it: one byte per windows-1252 character. */
const legacyBytes = (windows1252: string) => Uint8Array.from([...windows1252].map((c) => cp1252.get(c) ?? 0x3f));

const body = (topic: string) =>
  `Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định việc bảo vệ ${topic} trên địa bàn tỉnh.\n\n` +
  'Điều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Uỷ ban nhân dân tỉnh chịu trách nhiệm thi hành.\n';

const DOCS = [
  { file: 'tcvn3.txt', encoding: 'TCVN3 \\(ABC\\)', number: `${serial}/QĐ-UBND`, topic: 'rừng ngập mặn ven biển', query: 'rừng ngập mặn', bytes: (t: string) => legacyBytes(encodeTcvn3(t)) },
  { file: 'vni.txt', encoding: 'VNI', number: `${serial + 1}/QĐ-UBND`, topic: 'giống khoai lang tím bản địa', query: 'khoai lang tím', bytes: (t: string) => legacyBytes(encodeVni(t)) },
  { file: 'viqr.txt', encoding: 'VIQR', number: `${serial + 2}/QĐ-UBND`, topic: 'vùng trồng mướp đắng hữu cơ', query: 'mướp đắng', bytes: (t: string) => new TextEncoder().encode(encodeViqr(t)) },
] as const;
const UNDECIDABLE = { file: 'khong-ro.txt', number: `${serial + 3}/QĐ-UBND` };

const entry = (file: string, number: string, title: string) => ({
  file, number, type: 'Quyết định', issuer: 'Uỷ ban nhân dân tỉnh Sông Hồng (dữ liệu thử)', signer: 'Người Ký Thử', signerTitle: 'Chủ tịch', issuedDate: '2001-06-15', title,
});

let run: ReturnType<typeof spawnSync>;
let stdout = '';
beforeAll(() => {
  const manifest = DOCS.map((d) => entry(d.file, d.number, `Về việc bảo vệ ${d.topic}`));
  // The TCVN3 record's fields come from the same old database as its file: mojibake in manifest.json.
  const first = manifest[0]!;
  manifest[0] = { ...first, number: encodeTcvn3(first.number), type: encodeTcvn3(first.type), issuer: encodeTcvn3(first.issuer), signer: encodeTcvn3(first.signer), signerTitle: encodeTcvn3(first.signerTitle), title: encodeTcvn3(first.title) };
  manifest.push(entry(UNDECIDABLE.file, UNDECIDABLE.number, 'Về việc một tệp không rõ bảng mã'));
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const d of DOCS) writeFileSync(join(folder, d.file), d.bytes(body(d.topic)));
  // Half TCVN3, half VNI: no one reading makes it Vietnamese.
  writeFileSync(join(folder, UNDECIDABLE.file), legacyBytes(encodeTcvn3(body('đê biển')) + encodeVni(body('cửa sông'))));

  run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), folder, '--cms', target.url, '--token', target.importerToken], { encoding: 'utf8' });
  stdout = String(run.stdout);
}, 120_000);

describe('npm run import of an archive in legacy encodings', () => {
  it('succeeds and names each file’s encoding and confidence in its summary', () => {
    expect(run.status, `${run.stderr}${stdout}`).toBe(0);
    for (const d of DOCS) {
      expect(stdout).toMatch(new RegExp(`Bảng mã ${d.file}: ${d.encoding} \\(độ tin cậy (0,[7-9]\\d|1,00)\\), đã chuyển sang Unicode`));
    }
    expect(stdout).toMatch(/Bảng mã manifest\.json › tcvn3\.txt: TCVN3 \(ABC\) \(độ tin cậy (0,[7-9]\d|1,00)\), đã chuyển sang Unicode/);
    expect(stdout).toMatch(/Bảng mã khong-ro\.txt: không xác định được bảng mã \(gần nhất: .*, độ tin cậy 0,[0-6]\d\) — cần biên tập viên/);
    expect(stdout).toMatch(/! khong-ro\.txt: Không xác định được bảng mã của tệp khong-ro\.txt/);
    expect(stdout).toMatch(/Tổng kết: 4 tạo mới, 0 cập nhật, 3 xuất bản, 1 bản nháp \(1 cần biên tập viên xem lại\), 0 lỗi/);
  });

  it.each(DOCS)('publishes $file in Unicode, readable through the public API', async (d) => {
    const [stored] = await cms.findByNumberKey(numberKey(d.number)!);
    expect(stored, d.file).toBeDefined();
    const answer = await fetch(`${stack.siteUrl}/api/v1/documents/${stored.slug}`);
    expect(answer.status).toBe(200);
    const { data } = (await answer.json()) as { data: { number: string; title: string; text: string } };
    expect(data.number).toBe(d.number);
    expect(data.title).toBe(`Về việc bảo vệ ${d.topic}`);
    expect(data.text).toContain(`Quyết định này quy định việc bảo vệ ${d.topic} trên địa bàn tỉnh.`);
    expect(data.text).toContain('Chánh Văn phòng Uỷ ban nhân dân tỉnh chịu trách nhiệm thi hành.');
    expect(data.text).not.toMatch(/[µ§ÖÕ®]|oä|eä|\^\./);
  });

  it.each(DOCS)('finds $file by an accented search', async (d) => {
    const search = async () => {
      const answer = await fetch(`${stack.siteUrl}/api/v1/search?q=${encodeURIComponent(d.query)}`);
      const { hits } = (await answer.json()) as { hits: Array<{ number?: string }> };
      return hits.some((h) => h.number === d.number);
    };
    await eventually(search, 10_000);
  });

  it('keeps the undecidable file’s record as an unpublished draft flagged for an editor, without mojibake', async () => {
    const q = new URLSearchParams({ 'filters[sourceKey][$eq]': UNDECIDABLE.file, status: 'draft' });
    const drafts = (await cms.rest('GET', `/legal-documents?${q}`)).body.data;
    expect(drafts).toHaveLength(1);
    expect(drafts[0].needsReview).toBe(true);
    expect(drafts[0].reviewNote).toMatch(/^Không xác định được bảng mã của tệp khong-ro\.txt .*npm run convert/);
    expect(String(drafts[0].body ?? '').trim()).toBe('');
    expect(await cms.findByNumberKey(numberKey(UNDECIDABLE.number)!)).toHaveLength(0);
  });
});
