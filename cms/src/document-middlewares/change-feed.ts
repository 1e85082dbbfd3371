import type { Core, UID } from '@strapi/strapi';
import { changesPublicSide } from '../services/change-feed/change-log';
import { announceChanges } from '../services/change-feed/announce';
import { PUBLIC_COMMENT, SILENT_UIDS } from '../model/uids';

import { paramsOf, resultDocumentId } from './editor-data';

/**
 * Strapi's side of the change feed (services/change-feed/change-log.ts): one document-service middleware
 * announces every public write to an api:: content type, with the entry's documentId; writers that bypass the
 * document service (validity and consultation-status refreshes, the importer's fast path, a comment count) call
 * `announceChanges` (services/change-feed/announce.ts) themselves.
 * Checked against Strapi 5.54 (`strapi.documents.use`, `strapi.getModel`, `strapi.db.inTransaction`).
 */
export function registerChangeFeed(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    // A new comment is pending moderation: nothing public changed until a moderator decides (an update).
    const silent = (SILENT_UIDS as readonly string[]).includes(uid) || (uid === PUBLIC_COMMENT && context.action === 'create');
    if (!uid.startsWith('api::') || silent) return next();
    const params = paramsOf(context);
    const draftAndPublish = Boolean(strapi.getModel(uid as UID.ContentType)?.options?.draftAndPublish);
    const hadPublished =
      draftAndPublish && (context.action === 'delete' || context.action === 'unpublish') && params.documentId
        ? (await strapi.db.query(uid as UID.ContentType).count({ where: { documentId: params.documentId, publishedAt: { $notNull: true } } })) > 0
        : undefined;
    const result = await next();
    if (changesPublicSide({ action: context.action, draftAndPublish, status: params.status, hadPublished })) {
      const documentId: string | undefined = params.documentId ?? resultDocumentId(result);
      announceChanges(strapi, uid, documentId ? [documentId] : [undefined]);
    }
    return result;
  });
}
