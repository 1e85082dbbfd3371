/**
 * npm run import -- <folder> [--draft] [--cms <url>] [--token <api token>]
 * Imports a folder of texts with a manifest.json through the CMS. Idempotent: re-importing updates by number.
 * Without --cms/--token it talks to the local `npm start` CMS — the address and importer token it recorded in its
 * data folder (scripts/lib/operator-cms.ts) — so it follows CMS_PORT.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { operatorCms } from './lib/operator-cms.ts';
import { readImportFolder } from './lib/import-folder.ts';
import { progressBar, pushRecords } from './lib/registry-client.ts';
import { describeEncoding } from '../content/src/legacy-encodings/index.ts';

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

const { records, problems, notes, encodings } = readImportFolder(resolve(folder), { draft: values.draft });
for (const p of problems) console.error(`✗ ${p.file}: ${p.reason}`);
const started = performance.now();
let results: Awaited<ReturnType<typeof pushRecords>> = [];
if (records.length) {
  try {
    results = await pushRecords(cmsUrl, token, records, { onProgress: progressBar('Nhập văn bản') });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
const seconds = (performance.now() - started) / 1000;
// Every file's encoding; an entry's fields only when they were not plain Unicode.
for (const e of encodings.filter((e) => e.kind === 'file' || e.encoding !== 'unicode' || !e.decided)) {
  console.log(`Bảng mã ${describeEncoding(e)}`);
}
for (const n of notes) console.log(`! ${n.file}: ${n.reason}`);
for (const r of results.filter((r) => r.action === 'failed')) console.error(`✗ ${r.sourceKey} (${r.number ?? 'không số'}): ${r.error}`);
const count = (pred: (r: (typeof results)[number]) => boolean) => results.filter(pred).length;
console.log(
  `Tổng kết: ${count((r) => r.action === 'created')} tạo mới, ${count((r) => r.action === 'updated')} cập nhật, ` +
    `${count((r) => r.published)} xuất bản, ${count((r) => r.action !== 'failed' && !r.published)} bản nháp ` +
    `(${count((r) => r.needsReview)} cần biên tập viên xem lại), ${count((r) => r.action === 'failed') + problems.length} lỗi — ${seconds.toFixed(1)} giây.`,
);
process.exit(problems.length || results.some((r) => r.action === 'failed') ? 1 : 0);
