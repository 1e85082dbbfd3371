import type { Core } from '@strapi/strapi';
import { checkWebLinks } from './portal';
import { consultationPeriodProblem, consultationStatus, minConsultationDays, normalizeInput, type ConsultationStatus } from '@cong/content';
import { CONSULTATION, CONSULTATION_UIDS, PUBLIC_COMMENT } from '../model/uids';
import { RegistryRuleError } from '../errors';
import { announceChanges } from './change-feed';
import { searchSync } from '../services/search/search-sync';

type Data = Record<string, any>;

/**
 * Every write to consultations and comments, whoever makes it (admin, REST, demo loader): text is
 * NFC-normalised; a consultation's stored status is re-derived by the shared rule (content/src/consultation.ts);
 * publishing checks the minimum consultation period (CONSULTATION_MIN_DAYS) and the receiving unit; a
 * moderation decision is stamped and the consultation's count of approved comments kept current.
 */
export function registerConsultationRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (!(CONSULTATION_UIDS as readonly string[]).includes(uid)) return next();
    const params = context.params as Data;
    const writing = (context.action === 'create' || context.action === 'update') && params.data;
    if (writing) params.data = normalizeInput(params.data);

    if (uid === CONSULTATION) {
      if (writing) checkWebLinks(uid, params.data);
      forgetConsultations();
      const documentId: string | undefined = params.documentId;
      const publishing = context.action === 'publish' || (writing && params.status === 'published');
      if (publishing) assertPublishable(writing ? { ...(await currentDraft(strapi, documentId)), ...params.data } : await currentDraft(strapi, documentId));
      const result = await next();
      const id = documentId ?? (result as Data | undefined)?.documentId;
      if (id && ['create', 'update', 'publish', 'unpublish', 'discardDraft'].includes(context.action)) await refreshConsultationStatus(strapi, id);
      return result;
    }

    // PUBLIC_COMMENT
    // The receipt names the comment for good and the acknowledgement is what the citizen was told: an edit form
    // sent back must not change them.
    if (context.action === 'update' && params.data) {
      delete params.data.receipt;
      delete params.data.acknowledgement;
    }
    if (context.action === 'update' && params.data && 'moderationStatus' in params.data) {
      params.data.moderatedAt = new Date().toISOString();
      const user = (strapi as any).requestContext?.get?.()?.state?.user;
      if (user?.email) params.data.moderatedBy = user.email;
      if (params.data.moderationStatus !== 'rejected') params.data.rejectionReason = null;
    }
    const result = await next();
    // A citizen's new comment is pending, so it changes no public count; decisions, deletions and a comment
    // created already approved (the demo's samples, comments entered from a paper letter) do.
    const createdApproved = context.action === 'create' && (result as Data | undefined)?.moderationStatus === 'approved';
    if (['update', 'delete'].includes(context.action) || createdApproved) {
      const consultationId = (result as Data | undefined)?.consultationId ?? (params.data as Data | undefined)?.consultationId;
      if (consultationId) await refreshCommentCount(strapi, consultationId);
    }
    return result;
  });
}

/**
 * Published consultations by slug, for the comment endpoint (read on every submission). Dropped on every write
 * to a consultation in this process, which is the only writer, and kept at most a few seconds in any case.
 */
const bySlug = new Map<string, { row: Data | null; at: number }>();
const CACHE_MS = 5_000;

export function forgetConsultations(): void {
  bySlug.clear();
}

export async function publishedConsultation(strapi: Core.Strapi, slug: string): Promise<Data | null> {
  const hit = bySlug.get(slug);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.row;
  const row = await strapi.db.query(CONSULTATION).findOne({ where: { slug, publishedAt: { $notNull: true } }, populate: { responseReportFile: true } });
  if (bySlug.size > 1000) bySlug.clear();
  bySlug.set(slug, { row, at: Date.now() });
  return row;
}

async function currentDraft(strapi: Core.Strapi, documentId: string | undefined): Promise<Data> {
  if (!documentId) return {};
  return (await strapi.db.query(CONSULTATION).findOne({ where: { documentId, publishedAt: null } })) ?? {};
}

/** A draft reaches the public only with a long enough window and the receiving unit the law requires. */
export function assertPublishable(draft: Data): void {
  const missing = [
    !draft.title && 'tên dự thảo',
    !draft.receivingUnit && 'đơn vị tiếp nhận ý kiến',
    !draft.receivingAddress && 'địa chỉ đơn vị tiếp nhận',
    !draft.receivingEmail && 'thư điện tử đơn vị tiếp nhận',
  ].filter(Boolean);
  if (missing.length) throw new RegistryRuleError(`Chưa thể xuất bản: dự thảo còn thiếu ${missing.join(', ')}. Bổ sung rồi xuất bản lại.`);
  const problem = consultationPeriodProblem(toIso(draft.opensAt), toIso(draft.closesAt), minConsultationDays(process.env.CONSULTATION_MIN_DAYS));
  if (problem) throw new RegistryRuleError(problem, 'closesAt');
}

function toIso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  return typeof value === 'string' && value ? value : null;
}

export function statusOfRow(row: Data, now: Date = new Date()): ConsultationStatus {
  return consultationStatus(
    {
      opensAt: toIso(row.opensAt) ?? '',
      closesAt: toIso(row.closesAt) ?? '',
      hasResponse: Boolean((row.responseReport && String(row.responseReport).trim()) || row.responseReportFile || row.responsePublishedAt),
    },
    now,
  );
}

/** Stores the derived status on every row (draft and published) of one consultation; returns whether it changed. */
export async function refreshConsultationStatus(strapi: Core.Strapi, documentId: string, now: Date = new Date()): Promise<boolean> {
  const rows = await strapi.db.query(CONSULTATION).findMany({ where: { documentId }, populate: { responseReportFile: true } });
  let changed = false;
  for (const row of rows) {
    const status = statusOfRow(row, now);
    if (row.consultationStatus === status) continue;
    await strapi.db.query(CONSULTATION).update({ where: { id: row.id }, data: { consultationStatus: status } });
    changed = true;
    forgetConsultations();
  }
  return changed;
}

/** Windows open and close with the clock: the cron and the start-up re-derive every consultation. */
export async function refreshAllConsultationStatuses(strapi: Core.Strapi): Promise<number> {
  const rows = await strapi.db.query(CONSULTATION).findMany({ select: ['documentId'] });
  const changed: string[] = [];
  for (const documentId of new Set(rows.map((r: Data) => r.documentId as string))) {
    if (await refreshConsultationStatus(strapi, documentId)) changed.push(documentId);
  }
  if (changed.length) {
    announceChanges(strapi, CONSULTATION, changed);
    // The status is a search facet (a draft's `type`): re-index the drafts whose window opened or closed. Writes
    // through the document service are re-indexed by search-index-rules.ts, which runs after this rule.
    searchSync(strapi).enqueue(CONSULTATION, changed);
  }
  return changed.length;
}

/** The number of approved comments, stored on the consultation for the list page. */
export async function refreshCommentCount(strapi: Core.Strapi, consultationId: string): Promise<void> {
  const count = await strapi.db.query(PUBLIC_COMMENT).count({ where: { consultationId, moderationStatus: 'approved' } });
  await strapi.db.query(CONSULTATION).updateMany({ where: { documentId: consultationId }, data: { commentCount: count } });
  // The decision itself was announced before this count was written; announce again so no reader caches the old count.
  announceChanges(strapi, CONSULTATION, [consultationId]);
}
