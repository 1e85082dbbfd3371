/**
 * The vocabulary of the site's rendered-page cache tags: one place for what a cached response says it shows and
 * what a change in the CMS invalidates, so both sides agree.
 *
 * - `kind:<plural>` — any response that listed entries of a content type (a list, a feed, the home page, the
 *   sitemap): a create, publish, unpublish, edit or delete of any entry of that type invalidates it.
 * - `entry:<documentId>` — any response that showed that entry (its detail page, or a page that populated it as
 *   a relation: a related document, a document type, an issuing body). Strapi's documentIds are unique across
 *   types, so the tag needs no type.
 * - `search` — answers of the search index (/tim-kiem, /api/v1/search): any change to indexed content.
 *
 * Tags are derived automatically where the site reads the CMS (the CMS client knows which type it read and which
 * documentIds came back), so a page cannot forget one.
 */
export const SEARCH_TAG = 'search';

/** `kind:legal-documents` — from the REST plural name (`/api/legal-documents`), as the CMS's pluralName. */
export function kindTag(pluralName: string): string {
  return `kind:${pluralName}`;
}

export function entryTag(documentId: string): string {
  return `entry:${documentId}`;
}

/** A change to one entry of a content type, as the CMS's change feed announces it. */
export type ContentChange = { pluralName: string; documentId?: string | undefined; searchable?: boolean };

/** What one change in the CMS invalidates. */
export function tagsForChange(change: ContentChange): string[] {
  const tags = [kindTag(change.pluralName)];
  if (change.documentId) tags.push(entryTag(change.documentId));
  if (change.searchable !== false) tags.push(SEARCH_TAG);
  return tags;
}
