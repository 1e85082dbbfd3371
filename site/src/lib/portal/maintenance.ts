import { announcementStart, formatDateTime, MaintenanceNoticeSchema, maintenanceNoticeState, type MaintenanceNotice, type MaintenanceNoticeState } from '@cong/content';
import { z } from 'zod';
import { cms } from '../cms/cms-client.ts';
import { freshUntil } from '../page-cache/fresh-until.ts';

/**
 * The planned-maintenance notice for the banner every page shows (components/layout/MaintenanceBanner.astro).
 * The notice comes through the CMS response cache like any content — an edit shows within the change feed's
 * second — while whether it shows is decided against the clock at every render, so it appears when its
 * announcement starts and is gone when the window ends without anyone touching it.
 */
const CurrentNoticeSchema = z.object({ data: MaintenanceNoticeSchema.nullable() });

export type MaintenanceBanner = { state: Exclude<MaintenanceNoticeState, null>; startsAt: string; endsAt: string; message: string | null };

export async function maintenanceBanner(now: Date = new Date()): Promise<MaintenanceBanner | null> {
  let notice: MaintenanceNotice | null;
  try {
    notice = (await cms().get('/api/maintenance-notice/current', {}, CurrentNoticeSchema)).data;
  } catch (error) {
    // The page itself says what it can; a notice that cannot be read is not a reason to fail it.
    console.warn(`[maintenance] notice unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  // A page cached with the banner (or without it) is rendered again when the announcement starts or the window
  // opens or ends, with no edit to announce it.
  if (notice) {
    const next = [announcementStart(notice), Date.parse(notice.startsAt), Date.parse(notice.endsAt)].filter((t) => t > now.getTime());
    if (next.length) freshUntil(Math.min(...next));
  }
  const state = maintenanceNoticeState(notice, now);
  if (!notice || !state) return null;
  return { state, startsAt: formatDateTime(notice.startsAt), endsAt: formatDateTime(notice.endsAt), message: notice.message?.trim() || null };
}
