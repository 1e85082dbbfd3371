import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';

/**
 * The durable journal of citizens' submissions the site accepted while the CMS could not take them: one SQLite
 * file per site process (better-sqlite3, already the embedded search engine's library), WAL with
 * `synchronous = FULL`, so a row is on disk — the WAL fsynced — when `append` returns, before the citizen gets
 * a 202 or a confirmation page. SQLite rather than a hand-written append-only file: the journal is a queue that
 * is read in order, deleted from one row at a time, de-duplicated by idempotency key and counted for the
 * backlog, and a torn write after a crash is SQLite's problem (its WAL is checksummed), not ours.
 *
 * An entry leaves `items` only when the CMS confirmed it (2xx), or refused it for good (a definitive 4xx: it
 * moves to `dead_letters` with the answer, for the agency's IT to read). A crash between the CMS storing an
 * item and its row being deleted leaves the row: it is sent again with the same idempotency key, and the CMS
 * answers it as a repeat, so it is stored once.
 */

/** What is relayed to the CMS, exactly as the live relay would have sent it (the payload is replayed as is). */
export const JournalItemSchema = z.discriminatedUnion('kind', [
  /** A comment without files: one item of `POST /api/consultations/comments/batch`. */
  z.object({ kind: z.literal('comment'), slug: z.string(), address: z.string(), body: z.record(z.string(), z.unknown()) }),
  /** A question: the `data` of `POST /api/question-desk/submit`. */
  z.object({ kind: z.literal('question'), data: z.record(z.string(), z.unknown()) }),
]);
export type JournalItem = z.output<typeof JournalItemSchema>;

export type JournalEntry = {
  id: number;
  /** De-duplicates the journal itself: a double submit while the CMS is away is one row. */
  key: string;
  receipt: string;
  receivedAt: Date;
  attempts: number;
  item: JournalItem;
};

export type Backlog = {
  /** Submissions waiting for the CMS. */
  count: number;
  /** Age of the oldest of them, in seconds (0 when none). */
  oldestAgeSeconds: number;
  /** Submissions the CMS refused for good after the site had accepted them (dead letters). */
  rejected: number;
};

type Row = { id: number; dedupe_key: string; receipt: string; received_at: number; attempts: number; payload: string };

export class JournalStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #byKey: Database.Statement;
  readonly #due: Database.Statement;
  readonly #delete: Database.Statement;
  readonly #later: Database.Statement;
  readonly #toDeadLetters: Database.Statement;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, 'submissions.db');
    this.#db = new Database(this.path);
    // Two site processes opening one journal folder at the same instant (two test sites given one data folder: CI
    // failed on it once) can meet while one switches a new file to WAL; SQLite then answers SQLITE_BUSY at once,
    // without waiting on its busy time-out (it would be a deadlock otherwise). Setting up is safe to repeat.
    whileBusy(() => {
      this.#db.pragma('journal_mode = WAL');
      // FULL: the WAL is fsynced at every commit, so an accepted submission survives a power cut, not only a crash.
      this.#db.pragma('synchronous = FULL');
      this.#db.exec(`
        CREATE TABLE IF NOT EXISTS items (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          dedupe_key TEXT NOT NULL UNIQUE,
          receipt TEXT NOT NULL,
          received_at INTEGER NOT NULL,
          payload TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL DEFAULT 0,
          last_error TEXT
        );
        CREATE TABLE IF NOT EXISTS dead_letters (
          id INTEGER PRIMARY KEY,
          dedupe_key TEXT NOT NULL,
          receipt TEXT NOT NULL,
          received_at INTEGER NOT NULL,
          payload TEXT NOT NULL,
          status INTEGER NOT NULL,
          reason TEXT NOT NULL,
          rejected_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      `);
    });
    this.#insert = this.#db.prepare('INSERT INTO items (dedupe_key, receipt, received_at, payload) VALUES (?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING');
    this.#byKey = this.#db.prepare('SELECT receipt FROM items WHERE dedupe_key = ?');
    this.#due = this.#db.prepare('SELECT id, dedupe_key, receipt, received_at, attempts, payload FROM items WHERE next_attempt_at <= ? ORDER BY id LIMIT ?');
    this.#delete = this.#db.prepare('DELETE FROM items WHERE id = ?');
    this.#later = this.#db.prepare('UPDATE items SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?');
    this.#toDeadLetters = this.#db.prepare(
      'INSERT INTO dead_letters (id, dedupe_key, receipt, received_at, payload, status, reason, rejected_at) SELECT id, dedupe_key, receipt, received_at, payload, ?, ?, ? FROM items WHERE id = ?',
    );
  }

  /**
   * Commits a submission (fsynced when this returns). A second one with the same key (a double submit) is not
   * stored again: the first one's receipt is answered, with `repeat`.
   */
  append(key: string, receipt: string, receivedAt: Date, item: JournalItem): { receipt: string; repeat: boolean } {
    return this.appendMany([{ key, receipt, receivedAt, item }])[0]!;
  }

  /**
   * Commits several submissions in one transaction, so one fsync (group commit): under a burst while the CMS is
   * away, the fsync per submission, on the site's one thread, was what every citizen waited for.
   */
  appendMany(entries: { key: string; receipt: string; receivedAt: Date; item: JournalItem }[]): { receipt: string; repeat: boolean }[] {
    const rows = entries.map((e) => ({ ...e, payload: JSON.stringify(JournalItemSchema.parse(e.item)) }));
    return this.#db.transaction(() =>
      rows.map(({ key, receipt, receivedAt, payload }) => {
        const inserted = this.#insert.run(key, receipt, receivedAt.getTime(), payload);
        if (inserted.changes === 1) return { receipt, repeat: false };
        return { receipt: (this.#byKey.get(key) as { receipt: string }).receipt, repeat: true };
      }),
    )();
  }

  /** The oldest entries due now, in the order they were accepted. */
  due(now: number, limit: number): JournalEntry[] {
    return (this.#due.all(now, limit) as Row[]).map((row) => ({
      id: row.id,
      key: row.dedupe_key,
      receipt: row.receipt,
      receivedAt: new Date(row.received_at),
      attempts: row.attempts,
      item: JournalItemSchema.parse(JSON.parse(row.payload)),
    }));
  }

  /** The CMS confirmed it: gone from the journal. */
  delivered(id: number): void {
    this.#delete.run(id);
  }

  /** Not now (the CMS asked to wait, or failed on this one): tried again from `at`. */
  retryLater(id: number, at: number, error: string): void {
    this.#later.run(at, error.slice(0, 500), id);
  }

  /** The CMS refused it for good: kept as a dead letter with its answer, out of the queue. */
  reject(id: number, status: number, reason: string, now = Date.now()): void {
    this.#db.transaction(() => {
      this.#toDeadLetters.run(status, reason.slice(0, 1000), now, id);
      this.#delete.run(id);
    })();
  }

  /** When the next deferred entry becomes due, or null when none waits. */
  nextDueAt(): number | null {
    const row = this.#db.prepare('SELECT MIN(next_attempt_at) AS at FROM items').get() as { at: number | null };
    return row.at;
  }

  backlog(now = Date.now()): Backlog {
    const items = this.#db.prepare('SELECT COUNT(*) AS count, MIN(received_at) AS oldest FROM items').get() as { count: number; oldest: number | null };
    const dead = this.#db.prepare('SELECT COUNT(*) AS count FROM dead_letters').get() as { count: number };
    return {
      count: items.count,
      oldestAgeSeconds: items.oldest === null ? 0 : Math.max(0, Math.round((now - items.oldest) / 1000)),
      rejected: dead.count,
    };
  }

  deadLetters(): { receipt: string; status: number; reason: string; item: JournalItem }[] {
    const rows = this.#db.prepare('SELECT receipt, status, reason, payload FROM dead_letters ORDER BY id').all() as { receipt: string; status: number; reason: string; payload: string }[];
    return rows.map((r) => ({ receipt: r.receipt, status: r.status, reason: r.reason, item: JournalItemSchema.parse(JSON.parse(r.payload)) }));
  }

  meta(key: string): string | null {
    return (this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    this.#db.close();
  }
}

/** Runs start-up work again while SQLite answers SQLITE_BUSY, for at most five seconds (start-up only: it blocks). */
function whileBusy(work: () => void, deadline = Date.now() + 5000): void {
  for (;;) {
    try {
      return work();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 30);
    }
  }
}
