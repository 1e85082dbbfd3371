import type { Core } from '@strapi/strapi';
import { publicSearchIds, searchSourceOf } from '../services/search/search-sources';
import { searchSync } from '../services/search/search-sync';
import { WRITE_ACTIONS } from '../rules/document-actions';

import { paramsOf, resultDocumentId } from './editor-data';

/**
 * The one place where content writes reach the search index: a document-service middleware over every searchable
 * content type (services/search/search-sources.ts), whoever writes (admin panel, REST, the importer's updates, the demo loader).
 * It is registered first, so it sees each action with all the other rules' effects (validity, a draft's status);
 * it compares the item's public search ids before and after the action, re-indexes what is public afterwards and
 * drops what stopped being public (unpublished, deleted, an answer withdrawn) or changed its slug.
 */
export function registerSearchIndexRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = searchSourceOf(context.uid as string);
    if (!source || !WRITE_ACTIONS.has(context.action)) return next();
    const sync = searchSync(strapi);
    // Everything the action enqueues on the way (a validity refresh of the same document) is queued once, with this.
    return sync.collect(async () => {
      const documentId = paramsOf(context).documentId;
      const before = documentId ? await publicSearchIds(strapi, source, [documentId]) : [];
      const result = await next();
      const id = documentId ?? resultDocumentId(result);
      if (!id) return result;
      const after = await publicSearchIds(strapi, source, [id]);
      const stale = before.filter((searchId) => !after.includes(searchId));
      sync.enqueue(source.uid, after.length ? [id] : [], stale);
      return result;
    });
  });
}
