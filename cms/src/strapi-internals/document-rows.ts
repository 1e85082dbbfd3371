import type { Core, UID } from '@strapi/strapi';
import { newDocumentId } from './document-id';

type Row = Record<string, unknown>;

/**
 * A document written as Strapi stores it, without the document service (the importer's fast path, decision 0002):
 * one row per version — the draft (`publishedAt` null) and, when published, the published one, sharing one
 * `documentId` — each with its own copies of its repeatable component (one component row per entry, linked through
 * Strapi's pivot `{ field, component_type }`). This is Strapi's storage layout, not its API: checked against
 * Strapi 5.54.0 (@strapi/core's document service `publish`, which clones the draft the same way); re-check on upgrade
 * (strapi-internals.test.ts fails when the installed version differs).
 */
export async function createDocumentVersions(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  document: { data: Row; publish: boolean; component?: { field: string; uid: UID.Component; entries: Row[] } },
): Promise<string> {
  const documentId = newDocumentId();
  const now = new Date();
  for (const publishedAt of document.publish ? [null, now] : [null]) {
    const links: Row = {};
    if (document.component) {
      const { field, uid: componentUid, entries } = document.component;
      const rows = [];
      for (const entry of entries) {
        const created: { id: number } = await strapi.db.query(componentUid).create({ data: entry });
        rows.push({ id: created.id, __pivot: { field, component_type: componentUid } });
      }
      links[field] = rows;
    }
    await strapi.db.query(uid).create({ data: { ...document.data, ...links, documentId, publishedAt, createdAt: now, updatedAt: now } });
  }
  return documentId;
}
