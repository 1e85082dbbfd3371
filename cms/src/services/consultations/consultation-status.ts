import type { Core } from '@strapi/strapi';
import { consultationStatus, type ConsultationStatus, type ConsultationWindow } from '@cong/content';
import { CONSULTATION, PUBLIC_COMMENT } from '../../model/uids';
import { instant, type ConsultationRow } from '../../model/rows';
import { announceChanges } from '../change-feed/announce';
import { searchSync } from '../search/search-sync';

/**
 * A consultation's stored status (upcoming / open / closed / response-published), derived by the shared rule
 * (content/src/consultation.ts) and kept current: on every write (document-middlewares/consultation.ts), every
 * minute (config/cron-tasks.ts) and at start-up; and the published consultations the comment endpoint reads.
 */

/**
 * Published consultations by slug, for the comment endpoint (read on every submission). Dropped on every write
 * to a consultation in this process, which is the only writer, and kept at most a few seconds in any case.
 */
const bySlug = new Map<string, { row: ConsultationRow | null; at: number }>();
const CACHE_MS = 5_000;

export function forgetConsultations(): void {
  bySlug.clear();
}

export async function publishedConsultation(strapi: Core.Strapi, slug: string): Promise<ConsultationRow | null> {
  const hit = bySlug.get(slug);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.row;
  const row: ConsultationRow | null = await strapi.db.query(CONSULTATION).findOne({ where: { slug, publishedAt: { $notNull: true } }, populate: { responseReportFile: true } });
  if (bySlug.size > 1000) bySlug.clear();
  bySlug.set(slug, { row, at: Date.now() });
  return row;
}

/** The unpublished row of a consultation (Strapi's draft version), empty for a new one. */
export async function currentDraft(strapi: Core.Strapi, documentId: string | undefined): Promise<Partial<ConsultationRow>> {
  if (!documentId) return {};
  return (await strapi.db.query(CONSULTATION).findOne({ where: { documentId, publishedAt: null } })) ?? {};
}

/** The fields the status depends on, as stored (dates as the database returns them). */
export type ConsultationWindowRow = Pick<ConsultationRow, 'opensAt' | 'closesAt' | 'responseReport' | 'responseReportFile' | 'responsePublishedAt'>;

/** A stored consultation's comment window, as the shared rule (content/src/consultation.ts) reads it. */
export function windowOfRow(row: ConsultationWindowRow): ConsultationWindow {
  return {
    opensAt: instant(row.opensAt) ?? '',
    closesAt: instant(row.closesAt) ?? '',
    hasResponse: Boolean((row.responseReport && String(row.responseReport).trim()) || row.responseReportFile || row.responsePublishedAt),
  };
}

export function statusOfRow(row: ConsultationWindowRow, now: Date = new Date()): ConsultationStatus {
  return consultationStatus(windowOfRow(row), now);
}

/** Stores the derived status on every row (draft and published) of one consultation; returns whether it changed. */
export async function refreshConsultationStatus(strapi: Core.Strapi, documentId: string, now: Date = new Date()): Promise<boolean> {
  const rows: ConsultationRow[] = await strapi.db.query(CONSULTATION).findMany({ where: { documentId }, populate: { responseReportFile: true } });
  let changed = false;
  for (const row of rows) {
    const status = statusOfRow(row, now);
    if (row.consultationStatus === status) continue;
    await strapi.db.query(CONSULTATION).update({ where: { id: row.id }, data: { consultationStatus: status } });
    changed = true;
    forgetConsultations();
  }
  return changed;
}

/** Windows open and close with the clock: the cron and the start-up re-derive every consultation. */
export async function refreshAllConsultationStatuses(strapi: Core.Strapi): Promise<number> {
  const rows: Pick<ConsultationRow, 'documentId'>[] = await strapi.db.query(CONSULTATION).findMany({ select: ['documentId'] });
  const changed: string[] = [];
  for (const documentId of new Set(rows.map((r) => r.documentId))) {
    if (await refreshConsultationStatus(strapi, documentId)) changed.push(documentId);
  }
  if (changed.length) {
    announceChanges(strapi, CONSULTATION, changed);
    // The status is a search facet (a draft's `type`): re-index the drafts whose window opened or closed. Writes
    // through the document service are re-indexed by document-middlewares/search-index.ts, which runs after this rule.
    searchSync(strapi).enqueue(CONSULTATION, changed);
  }
  return changed.length;
}

/** The number of approved comments, stored on the consultation for the list page. */
export async function refreshCommentCount(strapi: Core.Strapi, consultationId: string): Promise<void> {
  const count = await strapi.db.query(PUBLIC_COMMENT).count({ where: { consultationId, moderationStatus: 'approved' } });
  await strapi.db.query(CONSULTATION).updateMany({ where: { documentId: consultationId }, data: { commentCount: count } });
  // The decision itself was announced before this count was written; announce again so no reader caches the old count.
  announceChanges(strapi, CONSULTATION, [consultationId]);
}
