import { createHmac, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Core, Modules } from '@strapi/strapi';
import {
  normalizeInput,
  articleLabel,
  AcknowledgementSchema,
  COMMENT_FILE_MIME,
  commentFileCountProblem,
  consultationStatus,
  isAcceptingComments,
  commentFileProblem,
  draftOutline,
  mailboxKey,
  newReceiptCode,
  parsePublicComment,
  publicCommenterName,
  ReceiptCodeSchema,
  relayedReceivedAt,
  sniffCommentFile,
  type Acknowledgement,
  type CommentFileKind,
  type ConsultationStatus,
} from '@cong/content';
import { OUTBOUND_MAIL, PUBLIC_COMMENT } from '../../model/uids';
import { newDocumentId } from '../../strapi-internals/document-id';
import { publishedConsultation, windowOfRow } from '../consultations/consultation-status';
import { claimAcknowledgement, perMailbox, releaseAcknowledgement, type AcknowledgementDecision } from '../mail/acknowledgement-quota';
import { commentAcknowledgement, commentNotice, portalLink } from '../../rules/mail-messages';
import { mailOutbox, outboxRow, type OutgoingMail } from '../mail/outbox';
import { commentInsertBatch } from '../../strapi-internals/comment-insert-batch';
import { attachmentName, storeAttachments, type StoredAttachment } from './attachments';
import { strapiUploadRefusal } from '../../strapi-internals/upload-security';
import { CommentRateLimits } from '../../rules/comment-rate-limits';
import { COMMENT_REPEAT_WINDOW_MS, commentContentHash, repeatWindowStart } from '../../rules/repeat-submissions';
import { cmsEnv } from '../../env';
import type { ConsultationRow, PublicCommentRow } from '../../model/rows';

type Row = Record<string, unknown>;
/**
 * A comment as the document service takes it, typed from its schema; Strapi's generated input types allow no
 * null for an empty optional field, which the row stores, hence the cast where the row is handed over.
 */
type CommentInput = Modules.Documents.Params.Data.Input<typeof PUBLIC_COMMENT>;

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

/** The comment limits (rules/comment-rate-limits.ts), as configured (COMMENT_RATE_*); one per process. */
let limits: CommentRateLimits | null = null;

function rateLimits(): CommentRateLimits {
  const env = cmsEnv();
  limits ??= new CommentRateLimits({ windowMs: env.COMMENT_RATE_WINDOW_SECONDS * 1000, perEmail: env.COMMENT_RATE_PER_EMAIL, perAddress: env.COMMENT_RATE_PER_ADDRESS });
  return limits;
}

/**
 * The key that turns client addresses into the stored `ipHash` (review I5): COMMENT_HASH_SECRET, a secret of
 * its own (npm start generates it into .data/cms-secrets.json; docker-compose requires it). Never another
 * purpose's secret, never a literal: in production the CMS refuses to start without it (rules/secret-policy.ts).
 */
let devSecret: string | null = null;
function secret(): string {
  const configured = cmsEnv().COMMENT_HASH_SECRET?.trim();
  if (configured) return configured;
  // Outside production (strapi develop) a per-process random key: hashes change at each restart, nothing else.
  devSecret ??= randomBytes(32).toString('base64');
  return devSecret;
}

export function addressHash(address: string): string {
  return createHmac('sha256', secret()).update(address).digest('hex').slice(0, 32);
}

/**
 * The CMS's answer to a stored comment (contract with the site): the comment's id and receipt code, and whether
 * an acknowledgement mail will be sent (`queued`), was already sent to this mailbox today (`limited`), or cannot
 * be sent because mail is not configured (`mail-off`). A repeat answers what the first submission answered.
 */
export type SubmitResult = { id: string; receipt: string | null; status: 'pending'; acknowledgement: Acknowledgement; duplicate: boolean };

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
  const tooMany = commentFileCountProblem(files.length);
  if (tooMany) return { problem: tooMany };
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
  const consultation = await publishedConsultation(strapi, slug);
  if (!consultation) throw new ConsultationNotFoundError(slug);
  const articles = draftOutline(consultation.body ?? '');
  const parsed = parsePublicComment(body, articles.map((a) => a.anchor));
  if (!parsed.ok) throw new CommentInvalidError(parsed.errors as Record<string, string>);
  const checked = await checkAttachments(strapi, files);
  if ('problem' in checked) throw new CommentInvalidError({ attachments: checked.problem });
  // The site's stamp (content/src/relayed-submission.ts): a comment its journal kept while the CMS was away
  // counts from when the citizen sent it, and keeps the receipt code the citizen was shown.
  const stamp = (body ?? {}) as { receipt?: unknown; receivedAt?: unknown };
  const receivedAt = relayedReceivedAt(stamp.receivedAt, now);
  // The window at this instant, by the shared rule; the answer names why a closed one refused the comment.
  const window = windowOfRow(consultation);
  if (!isAcceptingComments(window, receivedAt)) throw new ConsultationClosedError(consultationStatus(window, receivedAt));

  const input = parsed.value;
  const email = input.email.toLowerCase();
  const consultationId: string = consultation.documentId;
  const contentHash = commentContentHash({ consultationId, email, article: input.article, content: input.content });
  const ipHash = addressHash(clientAddress || 'unknown');

  const result = await perMailbox(email, async (): Promise<SubmitResult & { stored: boolean }> => {
    // One lookup for both kinds of repeat; each branch of the OR has an index of its own (the content hash
    // already covers the consultation, so that branch must not name it, or SQLite scans the draft's comments).
    const sameText = { contentHash, submittedAt: { $gt: repeatWindowStart(now, COMMENT_REPEAT_WINDOW_MS) } };
    const repeat: Pick<PublicCommentRow, 'documentId' | 'receipt' | 'acknowledgement'> | null = await strapi.db.query(PUBLIC_COMMENT).findOne({
      where: input.idempotencyKey ? { $or: [{ consultationId, idempotencyKey: input.idempotencyKey }, sameText] } : sameText,
      select: ['documentId', 'receipt', 'acknowledgement'],
    });
    if (repeat) {
      const acknowledgement = AcknowledgementSchema.safeParse(repeat.acknowledgement).data ?? 'limited';
      return { id: repeat.documentId as string, receipt: repeat.receipt ?? null, status: 'pending', acknowledgement, duplicate: true, stored: false };
    }

    const wait = rateLimits().admit(mailboxKey(email), ipHash, now.getTime());
    if (wait > 0) throw new CommentRateLimitedError(wait);

    const receipt = await freshReceipt(strapi, now, stamp.receipt);
    const decision = await claimAcknowledgement(strapi, email, now);
    try {
      const label = articleLabel(articles, input.article);
      const title = String(consultation.title);
      const mails = commentMails(consultation, { receipt, submittedAt: receivedAt.toISOString(), email, decision, name: input.name, anonymous: input.anonymous, organization: input.organization ?? null, articleLabel: label, content: input.content });
      // Kept in the CMS's private folder, never the public media folder, before the comment that cites them.
      const attachmentFiles = await storeAttachments(strapi, checked.files);
      const stored = await storeComment(
        strapi,
        {
          consultationId,
          consultationTitle: title.slice(0, 250),
          moderationStatus: 'pending',
          receipt,
          acknowledgement: decision.acknowledgement,
          name: input.name,
          anonymous: input.anonymous,
          organization: input.organization,
          email,
          phone: input.phone,
          article: input.article,
          articleLabel: label,
          content: input.content,
          submittedAt: receivedAt.toISOString(),
          idempotencyKey: input.idempotencyKey,
          contentHash,
          ipHash,
          attachmentFiles,
        },
        mails.map((m) => outboxRow(m, now)),
      );
      return { id: stored.documentId, receipt, status: 'pending', acknowledgement: decision.acknowledgement, duplicate: false, stored: true };
    } catch (error) {
      releaseAcknowledgement(decision);
      throw error;
    }
  });

  // The mails wait in the outbox, committed with the comment; it sends them after the 202, at its own pace.
  if (result.stored) mailOutbox(strapi).kick();
  const { stored: _stored, ...answer } = result;
  return answer;
}

/**
 * A receipt code no other comment has (checked, and unique in the table: cong_public_comments_receipt_idx): the
 * one the site issued when it is well-formed and unused, else a new one. A site-issued code already taken by
 * another comment (a repeat of the same comment was answered before this point) is a one-in-a-billion draw: the
 * comment gets a new code, said in the log, and its acknowledgement mail carries the code that was stored.
 */
async function freshReceipt(strapi: Core.Strapi, now: Date, offered?: unknown): Promise<string> {
  if (offered !== undefined && offered !== null) {
    const code = ReceiptCodeSchema.safeParse(offered);
    if (!code.success) strapi.log.warn(`Comment relayed with a malformed receipt code; a new one is issued.`);
    else if (!(await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { receipt: code.data }, select: ['id'] }))) return code.data;
    else strapi.log.warn(`Receipt code ${code.data} issued by the site is already another comment's; a new one is issued.`);
  }
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const receipt = newReceiptCode(now);
    if (!(await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { receipt }, select: ['id'] }))) return receipt;
  }
  throw new Error('Không tạo được mã biên nhận mới sau 10 lần thử.');
}

/**
 * A stored comment's mails: the acknowledgement to the commenter (only when the day's one is claimed; nothing
 * the commenter typed is in it) and the notice to the receiving unit (the comment, defanged, in plain text).
 */
function commentMails(
  consultation: ConsultationRow,
  comment: { receipt: string; submittedAt: string; email: string; decision: AcknowledgementDecision; name: string; anonymous: boolean; organization: string | null; articleLabel: string | null; content: string },
): OutgoingMail[] {
  const title = String(consultation.title);
  const receivingUnit = String(consultation.receivingUnit ?? '');
  const mails: OutgoingMail[] = [];
  if (comment.decision.acknowledgement !== 'limited') {
    const draftUrl = portalLink(cmsEnv().PUBLIC_SITE_URL, `/du-thao/${consultation.slug}`);
    mails.push({
      kind: 'comment-ack',
      to: comment.email,
      reference: comment.receipt,
      ackKey: comment.decision.ackKey,
      ...commentAcknowledgement({ title, receivingUnit, receipt: comment.receipt, submittedAt: comment.submittedAt, draftUrl }),
    });
  }
  if (consultation.receivingEmail) {
    mails.push({
      kind: 'comment-notice',
      to: String(consultation.receivingEmail),
      reference: comment.receipt,
      ...commentNotice({
        title,
        receivingUnit,
        receipt: comment.receipt,
        submittedAt: comment.submittedAt,
        commenter: comment.anonymous ? `${publicCommenterName(comment)} (${comment.name})` : comment.name,
        organization: comment.organization,
        articleLabel: comment.articleLabel,
        content: comment.content,
      }),
    });
  }
  return mails;
}

/**
 * A comment without attachments is one row: it is written with a plain insert (NFC-normalised, as the
 * document-service middleware would), grouped with the comments arriving at the same moment
 * (strapi-internals/comment-insert-batch.ts), because under a burst of submissions the document service's
 * validation, event and re-read round-trips on SQLite's one connection were most of the latency. Comments have
 * no draft & publish, so the row is also the published one. With attachments the document service writes the
 * row (its JSON list of private files).
 */
async function storeComment(strapi: Core.Strapi, data: Row & { attachmentFiles: StoredAttachment[] }, mails: Row[]): Promise<{ documentId: string }> {
  if (data.attachmentFiles.length) {
    return strapi.db.transaction(async () => {
      const created = await strapi.documents(PUBLIC_COMMENT).create({ data: data as unknown as CommentInput });
      if (mails.length) await strapi.db.query(OUTBOUND_MAIL).createMany({ data: mails });
      return { documentId: created.documentId as string };
    });
  }
  const now = new Date();
  const { attachmentFiles: _none, ...fields } = normalizeInput(data);
  const documentId = newDocumentId();
  // Written with the comments arriving at the same moment (group commit); not read back: the id is ours already.
  await commentInsertBatch(strapi).insert({ row: { ...fields, documentId, createdAt: now, updatedAt: now, publishedAt: now }, mails });
  return { documentId };
}

