import type { Core } from '@strapi/strapi';
import { LEGAL_DOCUMENT } from '../../model/uids';

/**
 * When a document was first published on the portal (the statistics' "signing → publication" delay, issue 14 §5).
 * Strapi's `publishedAt` moves on every re-publish (a corrected typo would reset the clock), so `firstPublishedAt`
 * is kept beside it: set once, on the draft row and the published row alike (a publish clones the draft, so a
 * re-publish carries the first value over), never written by anyone else (document-middlewares/legal-document.ts
 * drops it from every write) and filled at start from `publishedAt` for documents published before it existed.
 * The name and type are those of Strapi's own `features.future.experimental_firstPublishedAt` (5.54: every
 * draft-and-publish type, stamped by the document service's publish), which this stands in for on the one type that
 * needs it; the day that feature is stable and turned on, it takes this attribute over and these functions go.
 */

/** The document's first publication, if it was ever published. */
export async function firstPublicationOf(strapi: Core.Strapi, documentId: string): Promise<Date | null> {
  const rows = await strapi.db.query(LEGAL_DOCUMENT).findMany({ where: { documentId }, select: ['firstPublishedAt'] });
  const times = (rows as Array<{ firstPublishedAt?: string | Date | null }>).flatMap((row) => (row.firstPublishedAt ? [new Date(row.firstPublishedAt).getTime()] : []));
  return times.length ? new Date(Math.min(...times)) : null;
}

/** Before a publish: the draft (and any row without it) gets the first publication, now if there was none. */
export async function stampFirstPublication(strapi: Core.Strapi, documentId: string, now: Date = new Date()): Promise<Date> {
  const first = (await firstPublicationOf(strapi, documentId)) ?? now;
  await strapi.db.query(LEGAL_DOCUMENT).updateMany({ where: { documentId, firstPublishedAt: { $null: true } }, data: { firstPublishedAt: first } });
  return first;
}

/** At start: every published document without a first publication takes its earliest `publishedAt`. */
export async function backfillFirstPublication(strapi: Core.Strapi): Promise<number> {
  const rows = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { publishedAt: { $notNull: true }, firstPublishedAt: { $null: true } },
    select: ['documentId', 'publishedAt'],
  });
  const earliest = new Map<string, Date>();
  for (const row of rows as Array<{ documentId: string; publishedAt: string | Date }>) {
    const at = new Date(row.publishedAt);
    const seen = earliest.get(row.documentId);
    if (!seen || at < seen) earliest.set(row.documentId, at);
  }
  for (const [documentId, at] of earliest) {
    await strapi.db.query(LEGAL_DOCUMENT).updateMany({ where: { documentId, firstPublishedAt: { $null: true } }, data: { firstPublishedAt: at } });
  }
  if (earliest.size) strapi.log.info(`First publication filled in for ${earliest.size} document(s) from their publishedAt.`);
  return earliest.size;
}
