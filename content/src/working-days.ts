import { addDays, isCalendarDate, toVietnamDay } from './dates.ts';

/**
 * Ngày làm việc: Monday to Friday in Vietnam, minus public holidays. Holidays are configuration (the lunar ones
 * and the compensatory days move every year and are announced by the Government), given as YYYY-MM-DD in
 * PUBLIC_HOLIDAYS; the default lists the fixed solar holidays of Bộ luật Lao động 2019 Điều 112 for the
 * current and next year, which an agency extends with Tết and the days off it is told about.
 */
export const FIXED_SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02', '09-01'] as const;

/** Reads PUBLIC_HOLIDAYS ("2026-02-16,2026-02-17 …"); throws with a hint on a malformed day. */
export function parseHolidays(raw: string | undefined | null, years: readonly number[] = defaultYears()): Set<string> {
  const days = (raw ?? '').split(/[,\s]+/).map((d) => d.trim()).filter(Boolean);
  for (const day of days) {
    if (!isCalendarDate(day)) throw new RangeError(`Ngày nghỉ lễ “${day}” không hợp lệ: hãy viết dạng YYYY-MM-DD, cách nhau bằng dấu phẩy.`);
  }
  const fixed = years.flatMap((year) => FIXED_SOLAR_HOLIDAYS.map((md) => `${year}-${md}`));
  return new Set([...fixed, ...days]);
}

function defaultYears(): number[] {
  const year = new Date().getUTCFullYear();
  return [year - 1, year, year + 1];
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * Working days that have passed since an instant (the Vietnamese day it fell on does not count), up to and
 * including `now`'s day: a question sent on Friday evening has 1 working day on Monday.
 */
export function workingDaysSince(sinceIso: string, now: Date, holidays: ReadonlySet<string>): number {
  const from = toVietnamDay(sinceIso);
  const to = toVietnamDay(now.toISOString());
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return count;
}

/** The day by which an answer is due: `n` working days after the day of `sinceIso`. */
export function workingDayDeadline(sinceIso: string, n: number, holidays: ReadonlySet<string>): string {
  let day = toVietnamDay(sinceIso);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}
