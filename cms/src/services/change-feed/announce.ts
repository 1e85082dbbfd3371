import type { Core, UID } from '@strapi/strapi';
import { changeLog } from './change-log';
import { searchSourceOf } from '../search/search-sources';

/**
 * Appends one change per entry (undefined: the type as a whole) once the surrounding transaction, if any, has
 * committed: a site that reloads on the announcement must find the new rows, and a rollback announces nothing.
 */
export function announceChanges(strapi: Core.Strapi, uid: string, documentIds: Iterable<string | undefined>): void {
  const pluralName: string | undefined = (strapi.getModel(uid as UID.Schema)?.info as { pluralName?: string } | undefined)?.pluralName;
  if (!pluralName) return;
  const searchable = searchSourceOf(uid) !== undefined;
  const ids = [...new Set(documentIds)];
  const append = () => {
    for (const documentId of ids) changeLog.append({ pluralName, documentId, searchable });
  };
  if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }) => onCommit(append));
  else append();
}
