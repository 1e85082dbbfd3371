import { z } from 'zod';

/**
 * The CMS's change feed as the site reads it (GET /api/site-sync/changes?since=<cursor>, and the same changes pushed
 * over Redis when REDIS_URL is set): what changed, so the site invalidates exactly the cached answers and pages that
 * showed it (cache-tags.ts `tagsForChange`). Defined once here; the CMS writes it, the site validates it.
 */

/** `<bootId>-<seq>`: the CMS process that counted, and how far. A restart of the CMS starts a new boot id. */
export const ChangeCursorSchema = z.string().regex(/^[A-Za-z0-9]+-\d+$/, 'a cursor is <bootId>-<seq>, as the CMS answered it in "version"');
export type ChangeCursor = z.output<typeof ChangeCursorSchema>;

/**
 * Every answer of the CMS's content API carries the change feed's cursor at the time it was read. A site process
 * that receives data newer than the feed it has applied reads the feed first, so the caches of whatever that data
 * changed (the page of a document citing one that just arrived, D17) are invalidated before it serves the new data:
 * no visitor sees the new side of a relation linked while the other side is still the old page.
 */
export const CHANGE_CURSOR_HEADER = 'x-cong-change-cursor';

/** Whether `answer` (a cursor an answer carried) is past `applied` (the cursor the site has read the feed up to). */
export function cursorIsAhead(answer: string | null | undefined, applied: string | null | undefined): boolean {
  const read = answer ? parseChangeCursor(answer) : null;
  if (!read) return false;
  const mine = applied ? parseChangeCursor(applied) : null;
  return !mine || mine.bootId !== read.bootId || read.seq > mine.seq;
}

export const ContentChangeRecordSchema = z.object({
  /** Position in this boot's log: consecutive, from 1. */
  seq: z.number().int().positive(),
  /** The content type's REST plural name (`legal-documents`), as in `kindTag`. */
  pluralName: z.string().min(1),
  /** The entry that changed; absent when a change concerns the type as a whole. */
  documentId: z.string().min(1).optional(),
  /** Whether the type is in the search index (cms/src/services/search/search-sources.ts), so search answers may change. */
  searchable: z.boolean(),
});
export type ContentChangeRecord = z.output<typeof ContentChangeRecordSchema>;

export const ChangeFeedAnswerSchema = z.union([
  z.object({
    /** The cursor to send next time. */
    version: ChangeCursorSchema,
    /** Every change after the cursor that was sent, oldest first. */
    changes: z.array(ContentChangeRecordSchema),
  }),
  z.object({
    version: ChangeCursorSchema,
    /**
     * The cursor sent is from another boot of the CMS (it restarted), older than the log keeps, or missing: the
     * reader cannot know what changed and must treat everything as changed.
     */
    reset: z.literal(true),
  }),
]);
export type ChangeFeedAnswer = z.output<typeof ChangeFeedAnswerSchema>;

/** One change as pushed over Redis: the record and the boot it belongs to (a reader ignores another boot's). */
export const ChangeMessageSchema = ContentChangeRecordSchema.extend({ bootId: z.string().min(1) });
export type ChangeMessage = z.output<typeof ChangeMessageSchema>;

/** The Redis channel changes are pushed on; `prefix` is REDIS_PREFIX (default `cong:`), so deployments sharing a Redis do not cross. */
/**
 * The prefix of every Redis key and channel of one portal (REDIS_PREFIX), the same default for the CMS and the site:
 * several portals, or test runs, can share one Redis.
 */
export const DEFAULT_REDIS_PREFIX = 'cong:';

export function changeChannel(prefix: string): string {
  return `${prefix}changes`;
}

export function parseChangeCursor(cursor: string): { bootId: string; seq: number } | null {
  const parsed = ChangeCursorSchema.safeParse(cursor);
  if (!parsed.success) return null;
  const dash = cursor.lastIndexOf('-');
  return { bootId: cursor.slice(0, dash), seq: Number(cursor.slice(dash + 1)) };
}
