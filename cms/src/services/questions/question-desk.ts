import type { Core, Modules } from '@strapi/strapi';
import {
  AcknowledgementSchema,
  answerDueDate,
  isOverdue,
  newLookupCode,
  normalizeInput,
  parseHolidays,
  parseLookupCode,
  PUBLISHED_ANSWER_FILTER,
  QuestionStatusSchema,
  QuestionSubmissionSchema,
  relayedReceivedAt,
  type Acknowledgement,
  firstIssue,
} from '@cong/content';
import { claimAcknowledgement, perMailbox, releaseAcknowledgement } from '../mail/acknowledgement-quota';
import { RuleViolationError } from '../../errors';
import { portalLink, questionAcknowledgement, questionAnswered } from '../../rules/mail-messages';
import { mailOutbox } from '../mail/outbox';
import { QUESTION } from '../../model/uids';
import { cmsEnv } from '../../env';
import { instant } from '../../model/rows';
import { QUESTION_REPEAT_WINDOW_MS, questionFingerprint, repeatWindowStart } from '../../rules/repeat-submissions';

type Data = Record<string, unknown>;
/** A question as the document service takes it; its generated input type allows no null for an empty field, which the row stores. */
type QuestionInput = Modules.Documents.Params.Data.Input<typeof QUESTION>;

/**
 * Hỏi đáp on the CMS side: every question gets a lookup code, a submission time and the day its answer is due
 * (15 working days, Vietnamese holidays from PUBLIC_HOLIDAYS); open questions past that are flagged `overdue`
 * so staff see them first (list filter "Quá hạn"). Recomputed on every write, daily, and at start-up.
 */
export function holidays(): Set<string> {
  return parseHolidays(cmsEnv().PUBLIC_HOLIDAYS);
}

/** Called by the portal middleware before a question is created or updated. */
export async function prepareQuestionWrite(strapi: Core.Strapi, action: string, data: Data, documentId?: string): Promise<void> {
  const now = new Date();
  if (action === 'create') {
    data.submittedAt ??= now.toISOString();
    data.answerStatus ??= 'received';
    if (!data.code) data.code = await freshCode(strapi, now);
  }
  const current = documentId
    ? await strapi.db.query(QUESTION).findOne({ where: { documentId }, select: ['submittedAt', 'answerStatus', 'answeredAt'] })
    : null;
  const submittedAt: string | undefined = instant(data.submittedAt) ?? instant(current?.submittedAt) ?? undefined;
  const answerStatus = QuestionStatusSchema.safeParse(data.answerStatus ?? current?.answerStatus ?? 'received').data ?? 'received';
  if (answerStatus === 'answered' && !data.answeredAt && !current?.answeredAt) data.answeredAt = now.toISOString();
  if (submittedAt) {
    const days = holidays();
    data.dueDate = answerDueDate(submittedAt, days);
    data.overdue = isOverdue({ submittedAt, answerStatus }, now, days);
  }
}

async function freshCode(strapi: Core.Strapi, now: Date): Promise<string> {
  const year = Number(now.toISOString().slice(0, 4));
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const code = newLookupCode(year);
    if (!(await strapi.db.query(QUESTION).findOne({ where: { code }, select: ['id'] }))) return code;
  }
  throw new Error('Không tạo được mã câu hỏi mới sau 10 lần thử.');
}

/** Re-derives `overdue` and `dueDate` for every question (a day passed, or the holiday list changed). */
export async function refreshOverdueQuestions(strapi: Core.Strapi, now: Date = new Date()): Promise<number> {
  const days = holidays();
  const rows = await strapi.db.query(QUESTION).findMany({ select: ['id', 'submittedAt', 'answerStatus', 'overdue', 'dueDate'] });
  let changed = 0;
  for (const row of rows) {
    const submittedAt = instant(row.submittedAt) ?? undefined;
    if (!submittedAt) continue;
    const answerStatus = QuestionStatusSchema.safeParse(row.answerStatus).data ?? 'received';
    const overdue = isOverdue({ submittedAt, answerStatus }, now, days);
    const dueDate = answerDueDate(submittedAt, days);
    if (Boolean(row.overdue) !== overdue || String(row.dueDate ?? '').slice(0, 10) !== dueDate) {
      await strapi.db.query(QUESTION).update({ where: { id: row.id }, data: { overdue, dueDate } });
      changed += 1;
    }
  }
  return changed;
}

/**
 * Files a question sent from the site: validated with the shared schema, de-duplicated by the form's
 * idempotency key and by a fingerprint of sender and text, then created through the document service (so the
 * middleware gives it its code and due date). The question is stored before the site shows its confirmation.
 */
export async function submitQuestion(strapi: Core.Strapi, input: unknown): Promise<{ code: string; acknowledgement: Acknowledgement; duplicate: boolean }> {
  const raw = (input ?? {}) as Data;
  const parsed = QuestionSubmissionSchema.safeParse({ ...raw, consent: raw.consent === true });
  if (!parsed.success) {
    const { message, field } = firstIssue(parsed.error, '');
    throw new RuleViolationError(message, field);
  }
  const idempotencyKey = typeof raw.idempotencyKey === 'string' ? raw.idempotencyKey.slice(0, 100) : null;
  const question = normalizeInput(parsed.data);
  const fingerprint = questionFingerprint(question);
  // One mailbox at a time: a double click files one question, and the day's acknowledgement is claimed once.
  return perMailbox(question.email, async () => {
    const since = repeatWindowStart(new Date(), QUESTION_REPEAT_WINDOW_MS);
    const existing = await strapi.db.query(QUESTION).findOne({
      where: {
        $or: [
          ...(idempotencyKey ? [{ idempotencyKey }] : []),
          { fingerprint, submittedAt: { $gte: since } },
        ],
      },
      select: ['code', 'acknowledgement'],
    });
    if (existing?.code) {
      return { code: existing.code, acknowledgement: AcknowledgementSchema.safeParse(existing.acknowledgement).data ?? 'limited', duplicate: true };
    }
    const now = new Date();
    // The site's stamp (content/src/relayed-submission.ts): its lookup code and when it received the question.
    const code = await offeredCode(strapi, raw.code);
    const submittedAt = relayedReceivedAt(raw.receivedAt, now).toISOString();
    const decision = await claimAcknowledgement(strapi, question.email, now);
    try {
      // The question and its acknowledgement commit together: a stored question has its mail, or neither exists.
      const filedCode = await strapi.db.transaction(async () => {
        const created = (await strapi.documents(QUESTION).create({
          data: {
            ...(code ? { code } : {}),
            submittedAt,
            name: question.name,
            email: question.email,
            phone: question.phone || null,
            subject: question.subject,
            body: question.body,
            idempotencyKey,
            fingerprint,
            senderKey: typeof raw.senderKey === 'string' ? raw.senderKey.slice(0, 100) : null,
            acknowledgement: decision.acknowledgement,
          } as unknown as QuestionInput,
        })) as { code: string };
        const filed = String(created.code);
        // The asker gets the lookup code by mail (nothing they typed is in it), at most one acknowledgement a day.
        if (decision.acknowledgement !== 'limited') {
          await mailOutbox(strapi).write(
            [{ kind: 'question-ack', to: question.email, reference: filed, ackKey: decision.ackKey, ...questionAcknowledgement({ code: filed, lookupUrl: lookupUrl(filed) }) }],
            now,
          );
        }
        return filed;
      });
      mailOutbox(strapi).kick();
      return { code: filedCode, acknowledgement: decision.acknowledgement, duplicate: false };
    } catch (error) {
      releaseAcknowledgement(decision);
      throw error;
    }
  });
}

/**
 * The lookup code the site issued, when it is well-formed and no other question has it; else null, and the
 * portal middleware issues one (a taken code is a one-in-a-billion draw; the asker's mail carries the stored one).
 */
async function offeredCode(strapi: Core.Strapi, offered: unknown): Promise<string | null> {
  if (offered === undefined || offered === null) return null;
  const code = typeof offered === 'string' && parseLookupCode(offered) === offered ? offered : null;
  if (!code) strapi.log.warn('Question relayed with a malformed lookup code; a new one is issued.');
  else if (await strapi.db.query(QUESTION).findOne({ where: { code }, select: ['id'] })) strapi.log.warn(`Lookup code ${code} issued by the site is already another question's; a new one is issued.`);
  else return code;
  return null;
}

function lookupUrl(code: string): string | null {
  return portalLink(cmsEnv().PUBLIC_SITE_URL, `/hoi-dap?ma=${encodeURIComponent(code)}`);
}

/** Whether the question is answered and shown publicly (PUBLISHED_ANSWER_FILTER) right now. */
export async function isPublishedAnswer(strapi: Core.Strapi, documentId: string | undefined): Promise<boolean> {
  if (!documentId) return false;
  return !!(await strapi.db.query(QUESTION).findOne({ where: { documentId, ...PUBLISHED_ANSWER_FILTER }, select: ['id'] }));
}

/**
 * The /hoi-dap page promises the asker a mail when the answer is published: when an update makes a question
 * answered and shown publicly (PUBLISHED_ANSWER_FILTER), the asker gets one notice with the lookup link — once,
 * even if the answer is edited, hidden and shown again afterwards (`answerNotifiedAt`). A question created
 * already answered (an import of past questions) notifies no one. Called by the portal middleware after an
 * update that changed the question from not published to published, whoever made it.
 */
export async function notifyPublishedAnswer(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  const row = await strapi.db.query(QUESTION).findOne({
    where: { documentId, ...PUBLISHED_ANSWER_FILTER, answerNotifiedAt: { $null: true } },
    select: ['id', 'code', 'email'],
  });
  if (!row?.code || !row.email) return;
  const now = new Date();
  // Claimed first (a concurrent write to the same question finds it claimed), then queued.
  const claimed = await strapi.db.query(QUESTION).updateMany({ where: { id: row.id, answerNotifiedAt: { $null: true } }, data: { answerNotifiedAt: now } });
  if (!claimed?.count) return;
  const code = String(row.code);
  await mailOutbox(strapi).enqueue([{ kind: 'question-answered', to: String(row.email), reference: code, ...questionAnswered({ code, lookupUrl: lookupUrl(code) }) }], now);
}
