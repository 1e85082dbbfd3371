import { entryTag, kindTag } from '@cong/content';

/**
 * The cache tags of one CMS answer (content/src/cache-tags.ts): what a response built from it shows, so a change
 * announced by the CMS's change feed invalidates exactly the cached answers and pages that showed it.
 *
 * - a list read (`/api/<plural>`, whatever its filters: a new or re-slugged entry may join it) → `kind:<plural>`;
 * - every object in the answer that carries a `documentId`, populated relations included → `entry:<documentId>`;
 * - the CMS's own routes are mapped to the types they read (READ_ROUTES).
 * Derived from the answer itself, not declared by each page, so no page can forget a tag.
 */

/** Custom routes and single types: the first path segment after /api/ → the types (plural names) they list. */
const READ_ROUTES: Record<string, (rest: string[]) => { kinds: string[]; entries?: string[] }> = {
  // Single types: Strapi's REST path is the singular name; the change feed names the plural.
  'agency-profile': () => ({ kinds: ['agency-profiles'] }),
  'maintenance-notice': () => ({ kinds: ['maintenance-notices'] }),
  // The published answers and a lookup by code: a question being answered or published changes both.
  'question-desk': () => ({ kinds: ['questions'] }),
  // The published documents' statistics rows (cms/src/services/registry/statistics-rows.ts): any document joins them.
  registry: (rest) => (rest[0] === 'statistics' ? { kinds: ['legal-documents'] } : { kinds: [] }),
  consultations: (rest) =>
    // /consultations/:ref/comments/approved: the draft's approved comments (any moderation decision may change
    // them) and the draft itself (its comment count).
    rest[1] === 'comments' ? { kinds: ['public-comments'], entries: [rest[0]!] } : rest.length === 0 ? { kinds: ['consultations'] } : { kinds: [] },
};

export function tagsForRead(path: string, body: unknown): string[] {
  const [first = '', ...rest] = path.replace(/[?#].*$/, '').replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent);
  const route = READ_ROUTES[first];
  // A collection's list is `/api/<plural>`; `/api/<plural>/<documentId>` is one entry, tagged by its documentId below.
  const { kinds, entries = [] } = route ? route(rest) : { kinds: rest.length === 0 ? [first] : [] };
  const tags = new Set<string>(kinds.map(kindTag));
  for (const id of entries) tags.add(entryTag(id));
  collectEntryTags(body, tags);
  return [...tags];
}

function collectEntryTags(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectEntryTags(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.documentId === 'string' && record.documentId) into.add(entryTag(record.documentId));
  for (const child of Object.values(record)) {
    if (child !== null && typeof child === 'object') collectEntryTags(child, into);
  }
}
