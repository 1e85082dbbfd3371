import type { Modules, UID } from '@strapi/strapi';
import type { CONSULTATION, OUTBOUND_MAIL, PUBLIC_COMMENT, QUESTION, SUBSCRIPTION } from './uids';

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

/**
 * A stored row of a content type, typed from its schema.json by Strapi's generated types (cms/types/generated,
 * generated from the schemas by `npm run build`, never committed; model/generated-types.test.ts fails when they
 * are stale). The query engine returns `any`: annotate what it returns with these, so a renamed field fails the
 * typecheck. Dates are typed as strings, but come back as Date or number: read them through `instant`/`isoDay`.
 */
export type Row<T extends UID.ContentType> = Modules.Documents.Document<T>;
/** The fields a query selected, of attributes the schema requires: present and not null on a stored row. */
export type Selected<R, K extends keyof R> = { [P in K]-?: NonNullable<R[P]> };

export type ConsultationRow = Row<typeof CONSULTATION>;
export type PublicCommentRow = Row<typeof PUBLIC_COMMENT>;
export type QuestionRow = Row<typeof QUESTION>;
export type OutboundMailRow = Row<typeof OUTBOUND_MAIL>;
export type SubscriptionRow = Row<typeof SUBSCRIPTION>;
