import { randomBytes } from 'node:crypto';
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
 *
 * Several CMS processes may watch one folder (replicas on one database). A package is claimed before it is read: moved
 * into `processing/` under a name of this claim’s own (takeClaim below). rename() is atomic on one filesystem, so of
 * the processes that try, exactly one succeeds and imports it; the others find it gone and move on. A claim whose
 * process died (its name carries the time it was made) is taken over after INBOX_CLAIM_TIMEOUT_MS — far longer than
 * any import of a package within EDXML_MAX_BYTES takes — by the same atomic rename, so again by one process only.
 */
export const INBOX_POLL_MS = 1000;
export const INBOX_SETTLE_MS = 15_000;
export const INBOX_CLAIM_TIMEOUT_MS = 10 * 60_000;
const PROCESSING = 'processing';

export function startEdxmlInbox(strapi: Core.Strapi, env: CmsEnv, pollMs = INBOX_POLL_MS): (() => Promise<void>) | null {
  const dir = env.EDXML_INBOX_DIR;
  if (!dir) return null;
  for (const sub of ['processed', 'failed', PROCESSING]) mkdirSync(join(dir, sub), { recursive: true });
  const seen = new Map<string, string>();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    for (const claimed of await abandonedClaims(dir)) {
      if (stopped) return;
      const claim = await takeClaim(dir, join(PROCESSING, claimed.file), claimed.name);
      if (claim) await processOne(strapi, dir, claim).catch((error) => strapi.log.error(`edXML inbox: ${claimed.name}: ${error}`));
    }
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
      const claim = await takeClaim(dir, name, name);
      if (claim) await processOne(strapi, dir, claim).catch((error) => strapi.log.error(`edXML inbox: ${name}: ${error}`));
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

/** A package this process has claimed: its path under processing/ and the name it arrived with. */
type Claim = { path: string; name: string };

/** `<claimed at, ms in base 36>-<pid>-<random>--<name>`: the time travels with the name, set by the same atomic rename. */
const CLAIM_NAME = /^([0-9a-z]+)-\d+-[0-9a-f]+--(.+)$/;

/** Moves `from` (relative to the inbox) into processing/ under a fresh claim name; null when another process was first. */
async function takeClaim(dir: string, from: string, name: string): Promise<Claim | null> {
  const path = join(dir, PROCESSING, `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}--${name}`);
  try {
    await rename(join(dir, from), path);
    return { path, name };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Claims in processing/ older than INBOX_CLAIM_TIMEOUT_MS: their process died (or was stopped) before finishing. */
async function abandonedClaims(dir: string, now = Date.now()): Promise<Array<{ file: string; name: string }>> {
  const files = await readdir(join(dir, PROCESSING)).catch(() => [] as string[]);
  return files.flatMap((file) => {
    const match = CLAIM_NAME.exec(file);
    return match && now - Number.parseInt(match[1]!, 36) > INBOX_CLAIM_TIMEOUT_MS ? [{ file, name: match[2]! }] : [];
  });
}

async function processOne(strapi: Core.Strapi, dir: string, { path, name }: Claim): Promise<void> {
  const { size } = await stat(path);
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
