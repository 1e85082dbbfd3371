import type { Core } from '@strapi/strapi';
import { CONSULTATION, PUBLIC_COMMENT } from '../../model/uids';
import { COMMENT_STATUSES, COMMENT_STATUS_LABELS, publicCommenterName, type CommentStatus } from '@cong/content';
import { attachmentsOf, readAttachment } from './attachments';
import { commentsCsv, commentsXlsx, type ExportRow } from './export';
import { adminSessionUser } from '../../strapi-internals/admin-session';
import type { ConsultationRow, PublicCommentRow as PublicCommentStoredRow, Selected } from '../../model/rows';

type Row = Record<string, unknown>;

/**
 * The agency side of comments. Moderators work in the admin panel (role `cong-moderator`); the export is a
 * content-API route that accepts the admin panel's own access token (Authorization: Bearer <admin JWT>) and
 * answers only to users allowed to read comments in the content manager.
 */
export class NotModeratorError extends Error {}

/**
 * The admin user behind an admin-panel access token who may read comments; with `decide`, only one who may also
 * change them (moderators and super admins: the attachments are citizens' personal data, editors never see them).
 */
export async function adminUserAbleToModerate(strapi: Core.Strapi, authorization: string | undefined, options: { decide?: boolean } = {}): Promise<Row> {
  const session = await adminSessionUser(strapi, authorization);
  if (!session || !session.ability.can('plugin::content-manager.explorer.read', PUBLIC_COMMENT)) throw new NotModeratorError();
  if (options.decide && !session.ability.can('plugin::content-manager.explorer.update', PUBLIC_COMMENT)) throw new NotModeratorError();
  return session.user;
}

export type ExportFile = { body: Buffer; type: string; fileName: string };

/** A consultation by document id or slug (the admin panel knows the first, people the second). */
async function findConsultation(strapi: Core.Strapi, ref: string): Promise<Selected<ConsultationRow, 'documentId' | 'slug' | 'title'> | null> {
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

/** A comment's private attachments, as the moderation view lists them (no storage key leaves the CMS). */
export async function commentAttachments(strapi: Core.Strapi, commentId: string): Promise<Array<{ index: number; name: string; mime: string; size: number }> | null> {
  const row = await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { documentId: commentId }, select: ['documentId', 'attachmentFiles'] });
  if (!row) return null;
  return attachmentsOf(row).map((a, index) => ({ index, name: a.name, mime: a.mime, size: a.size }));
}

/** One attachment's bytes and how to send them; null when the comment or the index does not exist. */
export async function commentAttachment(strapi: Core.Strapi, commentId: string, index: number): Promise<{ body: Buffer; type: string; fileName: string } | null> {
  const row = await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { documentId: commentId }, select: ['documentId', 'attachmentFiles'] });
  const attachment = attachmentsOf(row)[index];
  if (!attachment) return null;
  return { body: await readAttachment(strapi, attachment), type: attachment.mime, fileName: attachment.name };
}

/** Approved comments of a published draft, all of them (no REST page limit), newest first; the name of who asked to stay anonymous never leaves the CMS. */
export async function approvedComments(strapi: Core.Strapi, consultationRef: string): Promise<PublicCommentRow[] | null> {
  const consultation = await strapi.db.query(CONSULTATION).findOne({
    where: { $or: [{ documentId: consultationRef }, { slug: consultationRef }], publishedAt: { $notNull: true } },
    select: ['documentId'],
  });
  if (!consultation) return null;
  const rows: PublicCommentRow[] = [];
  for (let offset = 0; ; offset += APPROVED_PAGE) {
    const page: PublicCommentStoredRow[] = await strapi.db.query(PUBLIC_COMMENT).findMany({
      where: { consultationId: consultation.documentId, moderationStatus: 'approved' },
      select: ['documentId', 'name', 'anonymous', 'organization', 'article', 'articleLabel', 'content', 'submittedAt'],
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      offset,
      limit: APPROVED_PAGE,
    });
    for (const row of page) {
      const anonymous = row.anonymous === true;
      rows.push({
        documentId: row.documentId,
        name: publicCommenterName({ name: String(row.name ?? ''), anonymous }),
        anonymous,
        organization: row.organization ?? null,
        article: row.article ?? null,
        articleLabel: row.articleLabel ?? null,
        content: row.content ?? '',
        submittedAt: row.submittedAt ? new Date(row.submittedAt).toISOString() : null,
      });
    }
    if (page.length < APPROVED_PAGE) return rows;
  }
}

const APPROVED_PAGE = 500;

export type PublicCommentRow = {
  documentId: string;
  name: string;
  anonymous: boolean;
  organization: string | null;
  article: string | null;
  articleLabel: string | null;
  content: string;
  submittedAt: string | null;
};
