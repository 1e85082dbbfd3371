/**
 * npm run import -- <folder> [--draft] [--cms <url>] [--token <api token>]
 * Imports a folder of texts with a manifest.json through the CMS, each entry's `originals` attached to its document,
 * and the folder's edXML packages (*.edxml, read by the CMS). Idempotent: re-importing updates by number, and an
 * original already attached (same SHA-256) is not attached again.
 * Without --cms/--token it talks to the local `npm start` CMS — the address and importer token it recorded in its
 * data folder (scripts/lib/operator-cms.ts) — so it follows CMS_PORT.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { operatorCms } from './lib/operator-cms.ts';
import { readImportFolder } from './lib/import-folder.ts';
import { progressBar, pushAllOriginals, pushEdxmlPackage, pushRecords } from './lib/registry-client.ts';
import { describeEncoding } from '../content/src/legacy-encodings/index.ts';
import { describePackageSignatures, type ImportOutcome } from '../content/src/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    draft: { type: 'boolean', default: false },
    cms: { type: 'string' },
    token: { type: 'string' },
  },
});

const folder = positionals[0];
if (!folder) {
  console.error('Cách dùng: npm run import -- <thư mục> [--draft] [--cms <url>] [--token <API token>]');
  process.exit(2);
}
const { url: cmsUrl, token } = operatorCms(values);

const { records, problems, notes, encodings, originals, packages } = readImportFolder(resolve(folder), { draft: values.draft });
for (const p of problems) console.error(`✗ ${p.file}: ${p.reason}`);
const started = performance.now();
let results: ImportOutcome[] = [];
const lines: string[] = [];
let originalFailures = 0;
try {
  if (records.length) results = await pushRecords(cmsUrl, token, records, { onProgress: progressBar('Nhập văn bản') });
  // Each written record's originals, after the batch: the CMS attaches a file it already holds for it only once.
  for (const { sourceKey, answer, error } of await pushAllOriginals(cmsUrl, token, results, originals)) {
    if (answer) lines.push(`Bản gốc ${sourceKey}: ${answer.map((o) => `${o.name} (${o.action === 'attached' ? 'đã gắn' : 'đã có, không gắn lại'})`).join(', ')}`);
    else {
      originalFailures += 1;
      console.error(`✗ ${sourceKey}: ${error?.message}`);
    }
  }
  for (const path of packages) {
    const outcome = await pushEdxmlPackage(cmsUrl, token, path, { draft: values.draft });
    results.push(outcome);
    const files = outcome.originals.map((o) => `${o.name} (${o.action === 'attached' ? 'đã gắn' : o.action === 'already-attached' ? 'đã có, không gắn lại' : `bỏ qua: ${o.reason}`})`);
    const action = { created: 'tạo mới', updated: 'cập nhật', failed: 'lỗi' }[outcome.action];
    lines.push(
      `edXML ${outcome.file}: ${action}${outcome.number ? ` ${outcome.number}` : ''} — chữ ký: ${describePackageSignatures(outcome.signatures)}` +
        (files.length ? `; bản gốc: ${files.join(', ')}` : ''),
    );
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
// Every file's encoding; an entry's fields only when they were not plain Unicode.
for (const e of encodings.filter((e) => e.kind === 'file' || e.encoding !== 'unicode' || !e.decided)) {
  console.log(`Bảng mã ${describeEncoding(e)}`);
}
for (const n of notes) console.log(`! ${n.file}: ${n.reason}`);
for (const line of lines) console.log(line);
for (const r of results.filter((r) => r.action === 'failed')) console.error(`✗ ${r.sourceKey} (${r.number ?? 'không số'}): ${r.error}`);
const count = (pred: (r: (typeof results)[number]) => boolean) => results.filter(pred).length;
console.log(
  `Tổng kết: ${count((r) => r.action === 'created')} tạo mới, ${count((r) => r.action === 'updated')} cập nhật, ` +
    `${count((r) => r.published)} xuất bản, ${count((r) => r.action !== 'failed' && !r.published)} bản nháp ` +
    `(${count((r) => r.needsReview)} cần biên tập viên xem lại), ${count((r) => r.action === 'failed') + problems.length + originalFailures} lỗi — ${seconds.toFixed(1)} giây.`,
);
process.exit(problems.length || originalFailures || results.some((r) => r.action === 'failed') ? 1 : 0);
