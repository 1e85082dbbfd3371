import type { Core } from '@strapi/strapi';
import { LEGAL_DOCUMENT } from '../model/uids';
import { afterCommit, originals } from '../services/originals/originals';
import { paramsOf, resultDocumentId } from './editor-data';

/**
 * A legal document written (created, edited, published) with an original that has no current signature report
 * queues that file for verification (services/originals/originals.ts): an upload is verified at once, but a file
 * attached before this feature or verified against another trust list is caught here. After the commit, so the
 * queue reads what was written; a failure is logged, never the editor's.
 */
export function registerOriginalsRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== LEGAL_DOCUMENT || !['create', 'update', 'publish'].includes(context.action)) return result;
    const documentId: string | undefined = paramsOf(context).documentId ?? resultDocumentId(result);
    if (!documentId) return result;
    afterCommit(strapi, () => {
      originals(strapi)
        .staleAttachments([documentId])
        .then((ids) => originals(strapi).enqueue(ids))
        .catch((error) => strapi.log.error(`Signature verification not queued for ${documentId}: ${error}`));
    });
    return result;
  });
}
