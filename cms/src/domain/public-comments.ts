import { createHash, createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { normalizeInput, articleLabel, COMMENT_FILE_MIME, COMMENT_LIMITS, commentFileProblem, draftOutline, parsePublicComment, sniffCommentFile, type CommentFileKind, type ConsultationStatus } from '@cong/content';
import { PUBLIC_COMMENT } from './uids';
import { newDocumentId } from './document-id';
import { publishedConsultation, statusOfRow } from './consultation-rules';
import { commentMailOutbox } from './comment-mail-outbox';
import { commentInsertBatch } from './comment-insert-batch';
import { attachmentName, storeAttachments } from './comment-attachments';
import { strapiUploadRefusal } from '../strapi-internals/upload-security';

type Row = Record<string, any>;

/**
 * Receiving a comment (góp ý). The order matters: validate, check the window at this instant (shared rule),
 * recognise a repeat (same idempotency key, or the same text from the same e-mail within DUPLICATE_WINDOW),
 * apply the rate limits, commit to the database, and only then answer; mail goes out afterwards.
 */

/** One error taxonomy for the submission, mapped to HTTP in one place (the consultation controller). */
export class CommentInvalidError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super('invalid comment');
  }
}
export class ConsultationNotFoundError extends Error {}
export class ConsultationClosedError extends Error {
  constructor(readonly status: ConsultationStatus) {
    super(status === 'upcoming' ? 'Dự thảo chưa đến thời gian lấy ý kiến.' : 'Dự thảo đã hết thời hạn nhận góp ý.');
  }
}
export class CommentRateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Quý vị đã gửi quá nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau ít phút.');
  }
}

const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/** Per e-mail strict, per address loose: one office behind NAT shares an address, not a mailbox. */
function limits() {
  const int = (name: string, fallback: number) => {
    const n = Number(process.env[name]);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    windowMs: int('COMMENT_RATE_WINDOW_SECONDS', 600) * 1000,
    perEmail: int('COMMENT_RATE_PER_EMAIL', 10),
    perAddress: int('COMMENT_RATE_PER_ADDRESS', 120),
  };
}

const recent = new Map<string, number[]>();

function retryAfter(key: string, max: number, windowMs: number, now: number): number | null {
  const times = (recent.get(key) ?? []).filter((t) => t > now - windowMs);
  recent.set(key, times);
  if (times.length < max) return null;
  return Math.max(1, Math.ceil((times[0]! + windowMs - now) / 1000));
}

function record(key: string, now: number): void {
  const times = recent.get(key) ?? [];
  times.push(now);
  recent.set(key, times);
}

/** Submissions for the same consultation and e-mail run one at a time, so a double click is seen as one. */
const locks = new Map<string, Promise<unknown>>();
async function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}

function secret(): string {
  return process.env.COMMENT_HASH_SECRET || process.env.API_TOKEN_SALT || 'cong';
}

export function addressHash(address: string): string {
  return createHmac('sha256', secret()).update(address).digest('hex').slice(0, 32);
}

export type SubmitResult = { id: string; status: 'pending'; duplicate: boolean };

/** A file as the body parser (formidable) leaves it on disk. */
export type IncomingFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };

type CheckedFile = IncomingFile & { kind: CommentFileKind };

/**
 * Checks attachments by their bytes (PDF / DOCX / ODT, ≤ 10 MB, ≤ 3): the Vietnamese message, or the files with
 * their sniffed kind. Each file is then named after that kind (`gop-y-1.pdf`, whatever the citizen called it) and
 * must also pass Strapi's own upload security (allow and deny lists of config/plugins.ts, content sniffing), so a
 * `%PDF-` polyglot named `.html` or `.svg` is a PDF from here on and nothing else.
 */
async function checkAttachments(strapi: Core.Strapi, files: IncomingFile[]): Promise<{ problem: string } | { files: CheckedFile[] }> {
  if (files.length > COMMENT_LIMITS.attachments) return { problem: `Chỉ gửi kèm tối đa ${COMMENT_LIMITS.attachments} tệp.` };
  const typed: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    const name = file.originalFilename || 'tệp';
    const bytes = new Uint8Array(await readFile(file.filepath));
    const problem = commentFileProblem(name, bytes);
    if (problem) return { problem };
    const kind = sniffCommentFile(bytes)!;
    typed.push({ ...file, kind, originalFilename: attachmentName(index, kind), mimetype: COMMENT_FILE_MIME[kind] });
  }
  const refused = await strapiUploadRefusal(strapi, typed.map((f) => ({ filepath: f.filepath, originalFilename: f.originalFilename!, mimetype: f.mimetype!, size: f.size })));
  if (refused) {
    strapi.log.warn(`Comment attachment refused by the upload security: ${refused.name}: ${refused.reason}`);
    return { problem: 'Tệp đính kèm không được chấp nhận. Chỉ nhận tệp PDF, DOCX hoặc ODT.' };
  }
  return { files: typed };
}

export async function submitComment(strapi: Core.Strapi, slug: string, body: unknown, clientAddress: string, now = new Date(), files: IncomingFile[] = []): Promise<SubmitResult> {
  const consultation: Row | null = await publishedConsultation(strapi, slug);
  if (!consultation) throw new ConsultationNotFoundError(slug);
  const articles = draftOutline(consultation.body ?? '');
  const parsed = parsePublicComment(body, articles.map((a) => a.anchor));
  if (!parsed.ok) throw new CommentInvalidError(parsed.errors as Record<string, string>);
  const checked = await checkAttachments(strapi, files);
  if ('problem' in checked) throw new CommentInvalidError({ attachments: checked.problem });
  const status = statusOfRow(consultation, now);
  if (status !== 'open') throw new ConsultationClosedError(status);

  const input = parsed.value;
  const email = input.email.toLowerCase();
  const consultationId: string = consultation.documentId;
  const contentHash = createHash('sha256').update([consultationId, email, input.article ?? '', input.content].join('\u0000')).digest('hex');
  const ipHash = addressHash(clientAddress || 'unknown');

  const result = await serialised(`${consultationId}|${email}`, async () => {
    // One lookup for both kinds of repeat; each branch of the OR has an index of its own (the content hash
    // already covers the consultation, so that branch must not name it, or SQLite scans the draft's comments).
    const sameText = { contentHash, submittedAt: { $gt: new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString() } };
    const repeat: Row | null = await strapi.db.query(PUBLIC_COMMENT).findOne({
      where: input.idempotencyKey ? { $or: [{ consultationId, idempotencyKey: input.idempotencyKey }, sameText] } : sameText,
      select: ['documentId'],
    });
    if (repeat) return { id: repeat.documentId as string, status: 'pending' as const, duplicate: true, stored: false };

    const { windowMs, perEmail, perAddress } = limits();
    const t = now.getTime();
    const wait = Math.max(retryAfter(`e|${email}`, perEmail, windowMs, t) ?? 0, retryAfter(`a|${ipHash}`, perAddress, windowMs, t) ?? 0);
    if (wait > 0) throw new CommentRateLimitedError(wait);
    record(`e|${email}`, t);
    record(`a|${ipHash}`, t);

    const label = articleLabel(articles, input.article);
    // Kept in the CMS's private folder, never the public media folder, before the comment that cites them.
    const attachmentFiles = await storeAttachments(strapi, checked.files);
    const stored = await storeComment(strapi, {
        consultationId,
        consultationTitle: String(consultation.title).slice(0, 250),
        moderationStatus: 'pending',
        name: input.name,
        anonymous: input.anonymous,
        organization: input.organization,
        email,
        phone: input.phone,
        article: input.article,
        articleLabel: label,
        content: input.content,
        submittedAt: now.toISOString(),
        idempotencyKey: input.idempotencyKey,
        contentHash,
        ipHash,
        attachmentFiles,
        ackPending: true,
        noticePending: true,
    });
    return { id: stored.documentId as string, status: 'pending' as const, duplicate: false, stored: true };
  });

  // The mails wait in the row; the outbox sends them after the 202, at its own pace.
  if (result.stored) commentMailOutbox(strapi).kick();
  return { id: result.id, status: result.status, duplicate: result.duplicate };
}


/**
 * A comment without attachments is one row: it is written with a plain insert (NFC-normalised, as the
 * document-service middleware would), grouped with the comments arriving at the same moment
 * (comment-insert-batch.ts), because under a burst of submissions the document service's
 * validation, event and re-read round-trips on SQLite's one connection were most of the latency. Comments have
 * no draft & publish, so the row is also the published one. With attachments the document service writes the
 * row (its JSON list of private files).
 */
async function storeComment(strapi: Core.Strapi, data: Row): Promise<{ documentId: string }> {
  if (data.attachmentFiles?.length) return (strapi.documents(PUBLIC_COMMENT as any) as any).create({ data });
  const now = new Date();
  const { attachmentFiles: _none, ...fields } = normalizeInput(data);
  const documentId = newDocumentId();
  // Written with the comments arriving at the same moment (group commit); not read back: the id is ours already.
  await commentInsertBatch(strapi).insert({ ...fields, documentId, createdAt: now, updatedAt: now, publishedAt: now });
  return { documentId };
}

