import { mkdirSync } from 'node:fs';
import { open, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { describePackageSignatures, formatDateTime, type ExchangeImportOutcome } from '@cong/content';
import type { CmsEnv } from '../../env';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { recordImport } from '../audit/audit-log';
import { importEdxmlPackage } from './edxml-import';
import { EDXML_MAX_BYTES } from './edxml-package';

/**
 * The edXML inbox (EDXML_INBOX_DIR): the agency's document-exchange client drops packages (`*.edxml`) into a folder,
 * and each becomes a draft flagged for an editor to check and publish — the same service as the importer's
 * (edxml-import.ts). Afterwards the package moves to `processed/` or `failed/`, with a short Vietnamese report
 * beside it (`<name>.bao-cao.txt`), so the folder's owner sees what happened without the CMS's logs.
 *
 * A package is read only once it is complete: its size and modification time unchanged between two looks a poll
 * apart (a copy in progress keeps growing), and — for a writer that stalls — ending with the root's closing tag
 * `</edXML>`, or left untouched for INBOX_SETTLE_MS (then it is judged as it is, and a truncated one fails with
 * its reason). Writers that can should still write under another name and rename.
 * The folder is polled, not watched: fs.watch misses events on network shares, and a second is quick enough.
 */
export const INBOX_POLL_MS = 1000;
export const INBOX_SETTLE_MS = 15_000;

export function startEdxmlInbox(strapi: Core.Strapi, env: CmsEnv, pollMs = INBOX_POLL_MS): (() => Promise<void>) | null {
  const dir = env.EDXML_INBOX_DIR;
  if (!dir) return null;
  for (const sub of ['processed', 'failed']) mkdirSync(join(dir, sub), { recursive: true });
  const seen = new Map<string, string>();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.edxml') && !n.startsWith('.'));
    for (const name of [...seen.keys()]) if (!names.includes(name)) seen.delete(name);
    for (const name of names) {
      if (stopped) return;
      const info = await stat(join(dir, name)).catch(() => null);
      if (!info?.isFile()) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      if (seen.get(name) !== signature) {
        seen.set(name, signature); // first look, or still being written: look again next poll
        continue;
      }
      if (!(await endsWithRoot(join(dir, name), info.size)) && Date.now() - info.mtimeMs < INBOX_SETTLE_MS) continue;
      seen.delete(name);
      await processOne(strapi, dir, name, info.size).catch((error) => strapi.log.error(`edXML inbox: ${name}: ${error}`));
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error) => {
      strapi.log.error(`edXML inbox: ${error}`);
    });
  }, pollMs);
  strapi.log.info(`edXML inbox: watching ${dir}`);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** Whether the file's last bytes close the package's root element (`</edXML>`, prefixed or not). */
async function endsWithRoot(path: string, size: number): Promise<boolean> {
  const length = Math.min(size, 256);
  const handle = await open(path, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    return /<\/(?:[\w.-]+:)?edXML>\s*$/.test(buffer.toString('latin1'));
  } finally {
    await handle.close();
  }
}

async function processOne(strapi: Core.Strapi, dir: string, name: string, size: number): Promise<void> {
  const path = join(dir, name);
  let outcome: ExchangeImportOutcome;
  if (size > EDXML_MAX_BYTES) {
    outcome = failedOutcome(name, `Gói edXML lớn ${(size / 1024 / 1024).toFixed(1)} MB, vượt giới hạn ${EDXML_MAX_BYTES / 1024 / 1024} MB`);
  } else {
    const bytes = await readFile(path);
    try {
      [outcome] = (await recordImport(strapi, LEGAL_DOCUMENT, async () => [await importEdxmlPackage(strapi, bytes, { file: name, draft: true, inbox: true })])) as [ExchangeImportOutcome];
    } catch (error) {
      outcome = failedOutcome(name, `Lỗi khi nhập: ${(error as Error).message}`);
    }
  }
  const target = join(dir, outcome.action === 'failed' ? 'failed' : 'processed');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const kept = `${stamp}-${name}`;
  await rename(path, join(target, kept));
  await writeFile(join(target, `${kept}.bao-cao.txt`), report(outcome), 'utf8');
  strapi.log.info(`edXML inbox: ${name} → ${outcome.action}${outcome.error ? ` (${outcome.error})` : ''}`);
}

function failedOutcome(file: string, error: string): ExchangeImportOutcome {
  return { file, sourceKey: file, number: null, action: 'failed', published: false, needsReview: false, error, signatures: [], originals: [] };
}

const ACTIONS = { created: 'Đã tạo văn bản nháp mới', updated: 'Đã cập nhật văn bản', failed: 'Không nhập được' } as const;

/** The small report beside each package, in Vietnamese. */
export function report(outcome: ExchangeImportOutcome, at = new Date()): string {
  const lines = [
    `Gói edXML: ${outcome.file}`,
    `Thời điểm xử lý: ${formatDateTime(at.toISOString())}`,
    `Kết quả: ${ACTIONS[outcome.action as keyof typeof ACTIONS]}${outcome.number ? ` — số ký hiệu ${outcome.number}` : ''}`,
  ];
  if (outcome.error) lines.push(`Lý do: ${outcome.error}`);
  if (outcome.action !== 'failed') lines.push('Văn bản ở trạng thái bản nháp, cần biên tập viên kiểm tra và xuất bản.');
  lines.push(`Chữ ký số: ${describePackageSignatures(outcome.signatures)}`);
  for (const original of outcome.originals) {
    const what = original.action === 'attached' ? 'đã lưu làm bản gốc' : original.action === 'already-attached' ? 'đã có từ trước' : `bỏ qua (${original.reason ?? ''})`;
    lines.push(`Tệp đính kèm ${original.name}: ${what}`);
  }
  return `${lines.join('\n')}\n`;
}
