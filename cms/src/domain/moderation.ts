import type { Core } from '@strapi/strapi';
import { CONSULTATION, PUBLIC_COMMENT } from './uids';
import { COMMENT_STATUSES, COMMENT_STATUS_LABELS, type CommentStatus } from '@cong/content';
import { commentsCsv, commentsXlsx, type ExportRow } from './comment-export';

type Row = Record<string, any>;

/**
 * The agency side of comments. Moderators work in the admin panel (role `cong-moderator`); the export is a
 * content-API route that accepts the admin panel's own access token (Authorization: Bearer <admin JWT>) and
 * answers only to users allowed to read comments in the content manager.
 */
export class NotModeratorError extends Error {}

export async function adminUserAbleToModerate(strapi: Core.Strapi, authorization: string | undefined): Promise<Row> {
  const [scheme, token] = (authorization ?? '').split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw new NotModeratorError();
  const manager = (strapi as any).sessionManager;
  if (!manager) throw new NotModeratorError();
  const checked = manager('admin').validateAccessToken(token);
  if (!checked.isValid || !(await manager('admin').isSessionActive(checked.payload.sessionId))) throw new NotModeratorError();
  const raw = checked.payload.userId;
  const user = await strapi.db.query('admin::user').findOne({ where: { id: Number(raw) || raw }, populate: ['roles'] });
  if (!user?.isActive) throw new NotModeratorError();
  const ability = await (strapi.service('admin::permission') as any).engine.generateUserAbility(user);
  if (!ability.can('plugin::content-manager.explorer.read', PUBLIC_COMMENT)) throw new NotModeratorError();
  return user;
}

export type ExportFile = { body: Buffer; type: string; fileName: string };

/** A consultation by document id or slug (the admin panel knows the first, people the second). */
async function findConsultation(strapi: Core.Strapi, ref: string): Promise<Row | null> {
  return strapi.db.query(CONSULTATION).findOne({
    where: { $or: [{ documentId: ref }, { slug: ref }] },
    select: ['documentId', 'slug', 'title'],
  });
}

export type CommentSummary = {
  documentId: string;
  slug: string;
  total: number;
  byStatus: { status: CommentStatus; label: string; count: number }[];
};

/** How many comments a draft has in each moderation status: the admin panel's side panel shows it. */
export async function commentSummary(strapi: Core.Strapi, consultationRef: string): Promise<CommentSummary | null> {
  const consultation = await findConsultation(strapi, consultationRef);
  if (!consultation) return null;
  const byStatus = await Promise.all(
    COMMENT_STATUSES.map(async (status) => ({
      status,
      label: COMMENT_STATUS_LABELS[status],
      count: await strapi.db.query(PUBLIC_COMMENT).count({ where: { consultationId: consultation.documentId, moderationStatus: status } }),
    })),
  );
  return { documentId: consultation.documentId, slug: consultation.slug, total: byStatus.reduce((n, s) => n + s.count, 0), byStatus };
}

export async function exportComments(strapi: Core.Strapi, consultationRef: string, format: 'csv' | 'xlsx', onlyApproved: boolean): Promise<ExportFile | null> {
  const consultation = await findConsultation(strapi, consultationRef);
  if (!consultation) return null;
  const rows: ExportRow[] = await strapi.db.query(PUBLIC_COMMENT).findMany({
    where: { consultationId: consultation.documentId, ...(onlyApproved ? { moderationStatus: 'approved' } : {}) },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
  const base = `gop-y-${consultation.slug}`;
  if (format === 'xlsx') {
    return {
      body: await commentsXlsx(rows, consultation.title),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `${base}.xlsx`,
    };
  }
  return { body: commentsCsv(rows), type: 'text/csv; charset=utf-8', fileName: `${base}.csv` };
}
