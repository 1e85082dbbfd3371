import type { Core } from '@strapi/strapi';
import { PUBLIC_COMMENT } from '../model/uids';
import { RuleViolationError } from '../errors';
import { moderatedEdit, movesApprovedCount, rejectionProblem } from '../rules/moderation';
import { refreshCommentCount } from '../services/consultations/consultation-status';

import { type EditorData, normalizedWrite, paramsOf } from './editor-data';

/**
 * Every write to a comment through the document service (the moderators' admin, REST, the demo loader, intake
 * with attachments; intake without attachments writes the same NFC-normalised row itself): text is
 * NFC-normalised, a moderator's save obeys rules/moderation.ts, and the consultation's count of approved
 * comments is kept current.
 */
export function registerPublicCommentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== PUBLIC_COMMENT) return next();
    const params = paramsOf(context);
    normalizedWrite(context);
    // The stored comment is read only when it is needed: a deleted comment's consultation is known only before it
    // goes (audit D9: the public count stayed stale after a delete), and a rejection sent without its reason may
    // rely on the one already stored.
    const needsStored = context.action === 'delete' || (context.action === 'update' && params.data?.moderationStatus === 'rejected' && !('rejectionReason' in params.data));
    const before = needsStored && params.documentId
      ? ((await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { documentId: params.documentId }, select: ['consultationId', 'rejectionReason'] })) as EditorData | null)
      : null;
    if (context.action === 'update' && params.data) {
      const problem = rejectionProblem(params.data, before?.rejectionReason);
      if (problem) throw new RuleViolationError(problem.message, problem.field);
      params.data = moderatedEdit(params.data, new Date(), moderatorEmail(strapi));
    }
    const result = await next();
    if (movesApprovedCount(context.action, (result as EditorData | undefined)?.moderationStatus)) {
      const consultationId = [(result as EditorData | undefined)?.consultationId, params.data?.consultationId, before?.consultationId].find((id) => typeof id === 'string');
      if (consultationId) await refreshCommentCount(strapi, consultationId);
    }
    return result;
  });
}

/** The admin user saving, when the write comes from the admin panel (none for REST tokens and scripts). */
function moderatorEmail(strapi: Core.Strapi): string | undefined {
  const user = (strapi.requestContext?.get?.() as { state?: { user?: { email?: unknown } } } | undefined)?.state?.user;
  return typeof user?.email === 'string' && user.email ? user.email : undefined;
}
