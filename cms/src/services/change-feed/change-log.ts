import { randomUUID } from 'node:crypto';
import { parseChangeCursor, type ChangeFeedAnswer, type ContentChangeRecord } from '@cong/content';
import { WRITE_ACTIONS } from '../../rules/document-actions';

/**
 * The change feed: what changed in the published content, so the site invalidates exactly the cached answers and
 * pages that showed it (content/src/cache-tags.ts `tagsForChange`) instead of emptying its caches on every write.
 *
 * A bounded in-memory log per CMS process: the site polls it every second (GET /api/site-sync/changes?since=…) and,
 * with REDIS_URL, is pushed each change at once (broadcast.ts). A cursor is `<bootId>-<seq>`: a restart of
 * the CMS starts a new boot id, and a reader whose cursor is from another boot, or older than the log keeps, is
 * told to reset (treat everything as changed). Nothing is lost that way, only precision.
 *
 * One CMS process is assumed (today's deployment). Several CMS processes behind one address would each keep their
 * own log and boot id, so a site alternating between them would reset at every poll: correct, never precise. The
 * log would then have to live in the shared database or in Redis (a stream) instead of here.
 */
export type ChangeInput = Omit<ContentChangeRecord, 'seq'>;
export type ChangeListener = (change: ContentChangeRecord, bootId: string) => void;

export class ChangeLog {
  readonly bootId: string;
  readonly #capacity: number;
  readonly #records: ContentChangeRecord[] = [];
  readonly #listeners = new Set<ChangeListener>();
  #seq = 0;

  constructor(options: { bootId?: string; capacity?: number } = {}) {
    this.bootId = options.bootId ?? randomUUID().replaceAll('-', '').slice(0, 12);
    this.#capacity = options.capacity ?? 2_000;
  }

  /** The cursor of the latest change: `<bootId>-<seq>` (`…-0` before any), the same opaque string /version answers. */
  version(): string {
    return `${this.bootId}-${this.#seq}`;
  }

  append(change: ChangeInput): ContentChangeRecord {
    this.#seq += 1;
    const record: ContentChangeRecord = {
      seq: this.#seq,
      pluralName: change.pluralName,
      ...(change.documentId ? { documentId: change.documentId } : {}),
      searchable: change.searchable,
    };
    this.#records.push(record);
    // A bulk import writes thousands: the oldest go, and a reader that far behind resets instead.
    if (this.#records.length > this.#capacity) this.#records.splice(0, this.#records.length - this.#capacity);
    for (const listener of this.#listeners) listener(record, this.bootId);
    return record;
  }

  /** Told of every change as it is appended (the Redis broadcast). */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every change after `since`, or `reset` when the log cannot say (no cursor, another boot, too old, unknown). */
  since(since: string | undefined): ChangeFeedAnswer {
    const version = this.version();
    const cursor = since ? parseChangeCursor(since) : null;
    if (!cursor || cursor.bootId !== this.bootId || cursor.seq > this.#seq) return { version, reset: true };
    const oldest = this.#records[0]?.seq ?? this.#seq + 1;
    // The reader needs every change from cursor.seq + 1 on; the log must still hold that one.
    if (cursor.seq + 1 < oldest) return { version, reset: true };
    return { version, changes: this.#records.slice(cursor.seq + 1 - oldest) };
  }
}

/**
 * Which writes the site must hear about. A content type with draft & publish changes what the public sees only when
 * its published side changes: publish, unpublish, delete, or a create/update straight to `published`; a draft being
 * saved changes nothing on the site (its token cannot read drafts), so it is not announced, which also keeps the ids
 * of never-published drafts out of the feed. Every write to a type without drafts is public at once.
 */
const FEED_ACTIONS: ReadonlySet<string> = new Set([...WRITE_ACTIONS, 'clone']);

export function changesPublicSide(write: { action: string; draftAndPublish: boolean; status?: string | undefined; hadPublished?: boolean }): boolean {
  if (!FEED_ACTIONS.has(write.action)) return false;
  if (!write.draftAndPublish) return true;
  switch (write.action) {
    case 'publish':
      return true;
    case 'unpublish':
    case 'delete':
      return write.hadPublished ?? true;
    case 'create':
    case 'update':
      return write.status === 'published';
    default:
      // discardDraft resets the draft to the published version; clone makes a new draft.
      return false;
  }
}

/** The CMS's one change log. */
export const changeLog = new ChangeLog();

/** The opaque counter of GET /api/site-sync/version (older sites, and a quick "did anything change"). */
export function currentVersion(): string {
  return changeLog.version();
}
