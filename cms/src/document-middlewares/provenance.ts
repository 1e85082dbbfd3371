import type { Core } from '@strapi/strapi';
import { LEGAL_DOCUMENT } from '../model/uids';

/** The fields that say how a document entered the registry, and from whom an edXML package came. */
export const PROVENANCE_FIELDS = ['receivedVia', 'exchangeSender', 'exchangeReceivedAt'] as const;

/**
 * How a document entered the registry is a fact, never an editor's choice: whatever a document-service create or
 * update carries for these fields (the admin, where they are read-only, or any API token) is dropped, so a document
 * made in the admin stays `editor` (the schema's default). The importer and the edXML paths write them beside the
 * document service (services/registry/registry-import.ts), the only writers.
 */
export function registerProvenanceRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== LEGAL_DOCUMENT || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data) for (const field of PROVENANCE_FIELDS) delete data[field];
    return next();
  });
}
