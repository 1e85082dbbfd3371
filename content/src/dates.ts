/**
 * Dates as Vietnamese documents and readers see them: a day in Asia/Ho_Chi_Minh, written dd/mm/yyyy.
 * Two kinds of value cross the system: calendar dates ('YYYY-MM-DD', the legal dates of a document, which have
 * no time zone and are never shifted) and timestamps (ISO 8601 instants such as Strapi's updatedAt, which are
 * shown on the Vietnamese day they fall on: 2026-11-25T18:30:00Z is 26/11/2026).
 */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Strapi always sends a zone designator; a timestamp without one is read as UTC rather than the server's zone,
// so the result does not depend on where the code runs.
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** True for a real 'YYYY-MM-DD' day ("2026-02-30" is not one). */
export function isCalendarDate(s: string): boolean {
  const match = DATE_ONLY.exec(s);
  if (match === null) return false;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type VietnamParts = { year: string; month: string; day: string; hour: string; minute: string };

function parseInstant(iso: string): Date {
  const date = new Date(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Không đọc được thời điểm "${iso}" (cần dạng ISO 8601)`);
  return date;
}

function vietnamParts(date: Date): VietnamParts {
  const parts: Record<string, string> = {};
  for (const part of PARTS.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: (parts.year ?? '').padStart(4, '0'),
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

function calendarParts(iso: string): VietnamParts {
  if (DATE_ONLY.test(iso)) {
    if (!isCalendarDate(iso)) throw new RangeError(`Ngày "${iso}" không có thật`);
    return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10), hour: '', minute: '' };
  }
  return vietnamParts(parseInstant(iso));
}

/** The Vietnamese calendar day of a date or timestamp, as 'YYYY-MM-DD'. */
export function toVietnamDay(iso: string): string {
  const { year, month, day } = calendarParts(iso);
  return `${year}-${month}-${day}`;
}

/**
 * "dd/mm/yyyy" for a calendar date or a timestamp (on its Vietnamese day); "" for null or "", so templates
 * can print optional dates directly. A malformed value throws: it is a bug upstream, not something to show.
 */
export function formatDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const { year, month, day } = calendarParts(iso);
  return `${day}/${month}/${year}`;
}

/**
 * "HH:mm dd/mm/yyyy" in Vietnamese time. A calendar date has no time of day and is formatted as `formatDate` does.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  if (DATE_ONLY.test(iso)) return formatDate(iso);
  const { year, month, day, hour, minute } = vietnamParts(parseInstant(iso));
  return `${hour}:${minute} ${day}/${month}/${year}`;
}

/** Today's date in Vietnam as 'YYYY-MM-DD' (the server may run in UTC: at 20:00 UTC it is already tomorrow). */
export function todayInVietnam(now: Date = new Date()): string {
  const { year, month, day } = vietnamParts(now);
  return `${year}-${month}-${day}`;
}

/** Calendar arithmetic on a 'YYYY-MM-DD' date: `addDays('2026-12-31', 1)` is '2027-01-01'. */
export function addDays(isoDate: string, n: number): string {
  if (!isCalendarDate(isoDate)) throw new RangeError(`Ngày "${isoDate}" phải có dạng YYYY-MM-DD`);
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return date.toISOString().slice(0, 10);
}
