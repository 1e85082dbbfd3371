import { z } from 'zod';

/**
 * A planned-maintenance notice (Nghị định 224/2026: downtime that is planned is announced before it happens).
 * An editor schedules one in the CMS (single type `maintenance-notice`); every page of the site shows it from the
 * announcement time until the window ends, then it disappears by itself — the site compares the times with the
 * clock on every render, so no edit or cache drop is needed for it to go.
 */

/** Without `announceFrom`, a notice is shown this many days before the window starts. */
export const MAINTENANCE_NOTICE_DEFAULT_DAYS = 3;

const isoDate = z.iso.datetime({ offset: true, error: 'phải là thời điểm ISO 8601, ví dụ 2026-12-20T22:00:00.000Z' });

export const MaintenanceNoticeSchema = z.object({
  /** When the service becomes unavailable. */
  startsAt: isoDate,
  /** When the service is expected back; after this the notice is gone. */
  endsAt: isoDate,
  /** When the notice starts to show; MAINTENANCE_NOTICE_DEFAULT_DAYS before `startsAt` when empty. */
  announceFrom: isoDate.nullish(),
  /** What the editor adds (which services are affected, where to turn meanwhile). Plain text. */
  message: z.string().nullish(),
});
export type MaintenanceNotice = z.output<typeof MaintenanceNoticeSchema>;

/** 'upcoming' during the announcement period, 'ongoing' inside the window, null otherwise. */
export type MaintenanceNoticeState = 'upcoming' | 'ongoing' | null;

export function announcementStart(notice: Pick<MaintenanceNotice, 'startsAt' | 'announceFrom'>): number {
  return notice.announceFrom ? Date.parse(notice.announceFrom) : Date.parse(notice.startsAt) - MAINTENANCE_NOTICE_DEFAULT_DAYS * 86_400_000;
}

export function maintenanceNoticeState(notice: MaintenanceNotice | null | undefined, now: Date): MaintenanceNoticeState {
  if (!notice) return null;
  const t = now.getTime();
  const start = Date.parse(notice.startsAt);
  const end = Date.parse(notice.endsAt);
  if (!(end > start)) return null;
  if (t >= end) return null;
  if (t >= start) return 'ongoing';
  return t >= announcementStart(notice) ? 'upcoming' : null;
}

/** What is wrong with a notice an editor saves, in Vietnamese for the admin; null when it is sound. */
export function maintenanceNoticeProblem(input: { startsAt?: unknown; endsAt?: unknown; announceFrom?: unknown }): { field: 'startsAt' | 'endsAt' | 'announceFrom'; message: string } | null {
  const start = toTime(input.startsAt);
  const end = toTime(input.endsAt);
  if (start === null) return { field: 'startsAt', message: 'Cần nhập thời điểm bắt đầu bảo trì.' };
  if (end === null) return { field: 'endsAt', message: 'Cần nhập thời điểm kết thúc bảo trì.' };
  if (end <= start) return { field: 'endsAt', message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' };
  const announce = toTime(input.announceFrom);
  if (announce !== null && announce > start) return { field: 'announceFrom', message: 'Thời điểm bắt đầu thông báo phải trước (hoặc bằng) thời điểm bắt đầu bảo trì.' };
  return null;
}

function toTime(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string' || value === '') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}
