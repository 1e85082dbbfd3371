/**
 * Values as the database hands them back. A datetime column comes back as a Date from PostgreSQL, as a number or
 * a string from SQLite, depending on how it was written (the document service, the query engine, a raw insert), so
 * every reader converts it here rather than each with its own helper.
 */

/** An instant as an ISO string (`2026-11-25T03:00:00.000Z`), or null when the column is empty. */
export function instant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  return String(value);
}

/** A date column's day (`2026-11-25`), or null when the column is empty. */
export function isoDay(value: unknown): string | null {
  return instant(value)?.slice(0, 10) ?? null;
}
