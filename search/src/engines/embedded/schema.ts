import type { Database } from 'better-sqlite3';

/**
 * The embedded index lives in one SQLite file (WAL: the site reads while the CMS writes). Its tables exist
 * twice, in slots "a" and "b": a rebuild fills the inactive slot while the active one keeps answering, then
 * one transaction flips `meta.active`. Readers in other processes notice through `PRAGMA data_version` and
 * the flip in `meta`, and follow single writes through the slot's `changes` log.
 */
export const SCHEMA_VERSION = '1';
export const SLOTS = ['a', 'b'] as const;
export type Slot = (typeof SLOTS)[number];

export function otherSlot(slot: Slot): Slot {
  return slot === 'a' ? 'b' : 'a';
}

/** Tables of one slot, named `<slot>_<name>`. */
export function slotTables(slot: Slot) {
  return {
    docs: `${slot}_docs`,
    numbers: `${slot}_numbers`,
    terms: `${slot}_terms`,
    vocab: `${slot}_vocab`,
    hot: `${slot}_hot`,
    changes: `${slot}_changes`,
  };
}
export type SlotTables = ReturnType<typeof slotTables>;

export function createSlot(db: Database, slot: Slot): void {
  const t = slotTables(slot);
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t.docs} (
      docid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      slug TEXT NOT NULL,
      url TEXT NOT NULL,
      title TEXT NOT NULL,
      number TEXT,
      number_key TEXT,
      date TEXT,
      year INTEGER,
      type_slug TEXT,
      type_name TEXT,
      issuer_slug TEXT,
      issuer_name TEXT,
      status TEXT,
      cited TEXT NOT NULL,
      -- The articles as JSON [[anchor, number, title, text], …]: read only for the page of hits, in one row.
      sections TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${t.numbers} (
      key TEXT NOT NULL,
      docid INTEGER NOT NULL,
      own INTEGER NOT NULL,
      PRIMARY KEY (key, docid)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS ${t.numbers}_docid ON ${t.numbers} (docid);
    CREATE VIRTUAL TABLE IF NOT EXISTS ${t.terms} USING fts5 (
      head, body, pairs_head, pairs_body,
      content = '', contentless_delete = 1, detail = column,
      tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
    );
    CREATE TABLE IF NOT EXISTS ${t.vocab} (exact TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID;
    -- Frequent terms and their posting bitmaps as of change \`hot_seq\` (in meta), loaded when the index opens.
    CREATE TABLE IF NOT EXISTS ${t.hot} (term_group TEXT NOT NULL, term TEXT NOT NULL, bits BLOB, count INTEGER, PRIMARY KEY (term_group, term));
    CREATE TABLE IF NOT EXISTS ${t.changes} (seq INTEGER PRIMARY KEY AUTOINCREMENT, docid INTEGER NOT NULL);
  `);
}

export function dropSlot(db: Database, slot: Slot): void {
  const t = slotTables(slot);
  for (const table of [t.terms, t.docs, t.numbers, t.vocab, t.hot, t.changes]) db.exec(`DROP TABLE IF EXISTS ${table}`);
}

export function createSchema(db: Database): void {
  // Set before the first table exists: lets a dropped slot's pages be returned to the file system.
  db.pragma('auto_vacuum = INCREMENTAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, doc TEXT);
  `);
  const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).pluck().get() as string | undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    throw new Error(`Chỉ mục tìm kiếm được tạo bởi phiên bản khác (lược đồ ${version}, cần ${SCHEMA_VERSION}): xóa tệp chỉ mục và chạy lại "npm run reindex"`);
  }
  db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?), ('active', 'a')`).run(SCHEMA_VERSION);
  createSlot(db, activeSlot(db));
}

export function activeSlot(db: Database): Slot {
  const value = db.prepare(`SELECT value FROM meta WHERE key = 'active'`).pluck().get();
  return value === 'b' ? 'b' : 'a';
}

export type RebuildMarker = { slot: Slot; startSeq: number; heartbeat: number };

/** A rebuild older than this without a heartbeat is taken as crashed: writers stop journaling for it. */
export const REBUILD_STALE_MS = 10 * 60_000;

export function rebuildMarker(db: Database): RebuildMarker | null {
  const value = db.prepare(`SELECT value FROM meta WHERE key = 'rebuild'`).pluck().get() as string | undefined;
  if (value === undefined) return null;
  const marker = JSON.parse(value) as RebuildMarker;
  return Date.now() - marker.heartbeat > REBUILD_STALE_MS ? null : marker;
}

export function setRebuildMarker(db: Database, marker: RebuildMarker | null): void {
  if (marker === null) db.prepare(`DELETE FROM meta WHERE key = 'rebuild'`).run();
  else db.prepare(`INSERT INTO meta (key, value) VALUES ('rebuild', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(marker));
}
