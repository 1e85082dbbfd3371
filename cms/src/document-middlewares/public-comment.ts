import type { Core } from '@strapi/strapi';
import { normalizeInput } from '@cong/content';
import { PUBLIC_COMMENT } from '../model/uids';
import { moderatedEdit, movesApprovedCount } from '../rules/moderation';
import { refreshCommentCount } from '../services/consultations/consultation-status';

import type { EditorData } from './editor-data';

/**
 * Every write to a comment through the document service (the moderators' admin, REST, the demo loader, intake
 * with attachments; intake without attachments writes the same NFC-normalised row itself): text is
 * NFC-normalised, a moderator's save obeys rules/moderation.ts, and the consultation's count of approved
 * comments is kept current.
 */
export function registerPublicCommentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== PUBLIC_COMMENT) return next();
    const params = context.params as EditorData;
    if ((context.action === 'create' || context.action === 'update') && params.data) params.data = normalizeInput(params.data);
    if (context.action === 'update' && params.data) params.data = moderatedEdit(params.data, new Date(), moderatorEmail(strapi));
    const result = await next();
    if (movesApprovedCount(context.action, (result as EditorData | undefined)?.moderationStatus)) {
      const consultationId = (result as EditorData | undefined)?.consultationId ?? (params.data as EditorData | undefined)?.consultationId;
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
