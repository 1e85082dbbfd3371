import { TIME_ZONE } from './dates.ts';

/**
 * Lịch công tác: the leaders' schedule is shown a week at a time, Monday to Sunday in Asia/Ho_Chi_Minh (UTC+7,
 * no daylight saving), so a week starts at Monday 00:00 ICT = Sunday 17:00 UTC. Weeks are named by their ISO
 * week key ("2026-W48"), which is also the site's `?tuan=` parameter.
 */
const ICT_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

export interface WorkWeek {
  /** ISO week key, "2026-W48". */
  key: string;
  /** First instant of the week (Monday 00:00 ICT), ISO UTC. */
  start: string;
  /** First instant of the next week, ISO UTC (exclusive end). */
  end: string;
  /** The seven calendar days (YYYY-MM-DD, Vietnamese days), Monday first. */
  days: string[];
}

/** The week an instant falls in, Vietnamese time. */
export function weekOf(instant: Date | string): WorkWeek {
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Không đọc được thời điểm "${String(instant)}"`);
  const local = new Date(ms + ICT_OFFSET_MS); // wall-clock time in Vietnam, read with getUTC*
  const weekday = (local.getUTCDay() + 6) % 7; // Monday = 0
  const mondayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - weekday * DAY_MS;
  return fromMondayLocal(mondayLocal);
}

/** The week named by an ISO week key; null if the key is malformed or names no week. */
export function weekFromKey(key: string): WorkWeek | null {
  const match = WEEK_KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  // ISO week 1 contains 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const mondayLocal = jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
  const result = fromMondayLocal(mondayLocal);
  return result.key === key ? result : null; // week 53 of a 52-week year
}

export function shiftWeek(week: WorkWeek, by: number): WorkWeek {
  return weekOf(new Date(new Date(week.start).getTime() + by * 7 * DAY_MS));
}

function fromMondayLocal(mondayLocal: number): WorkWeek {
  const days = Array.from({ length: 7 }, (_, i) => new Date(mondayLocal + i * DAY_MS).toISOString().slice(0, 10));
  // ISO year/week: the Thursday of the week decides the year.
  const thursday = new Date(mondayLocal + 3 * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return {
    key: `${isoYear}-W${String(week).padStart(2, '0')}`,
    start: new Date(mondayLocal - ICT_OFFSET_MS).toISOString(),
    end: new Date(mondayLocal + 7 * DAY_MS - ICT_OFFSET_MS).toISOString(),
    days,
  };
}

export interface WorkDay {
  /** The calendar day in Vietnam, YYYY-MM-DD. */
  day: string;
  /** Monday = 0 … Sunday = 6, to index the week's day names. */
  weekday: number;
  /** First instant of the day (00:00 ICT), ISO UTC. */
  start: string;
  /** First instant of the next day, ISO UTC (exclusive end). */
  end: string;
}

/** The Vietnamese day an instant falls in (the home page's "today" in the leaders' schedule). */
export function dayOf(instant: Date | string): WorkDay {
  const week = weekOf(instant);
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  const weekday = Math.floor((ms - new Date(week.start).getTime()) / DAY_MS);
  const start = new Date(week.start).getTime() + weekday * DAY_MS;
  return { day: week.days[weekday]!, weekday, start: new Date(start).toISOString(), end: new Date(start + DAY_MS).toISOString() };
}

/** Hour and minute of an instant in Vietnam, "08:30". */
export function timeInVietnam(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
