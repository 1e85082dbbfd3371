import type { Database, Statement } from 'better-sqlite3';
import type { QueryNumber } from '../../query/parse-query.ts';
import type { SearchDocument } from '../../search-document.ts';
import type { ArticleSection } from '../../text/articles.ts';
import { syllableKeys } from '../../text/syllables.ts';
import type { AttributeRow } from './doc-attributes.ts';
import { fromSorted, type DocSet } from './doc-set.ts';
import type { IndexedDocument } from './indexed-document.ts';
import { slotTables, type Slot, type SlotTables } from './schema.ts';

export type DocRow = AttributeRow & {
  id: string;
  slug: string;
  url: string;
  title: string;
  number: string | null;
  number_key: string | null;
  cited: string;
  sections: string;
};

/** An article; a page of an attached original carries its file, link and page as a fifth element. */
type StoredSection =
  | [anchor: string | null, number: string | null, title: string, text: string]
  | [anchor: string | null, number: string | null, title: string, text: string, attachment: [file: string, url: string, page: number | null]];

export function sectionsOf(row: Pick<DocRow, 'sections'>): ArticleSection[] {
  return (JSON.parse(row.sections) as StoredSection[]).map(([anchor, number, title, text, attachment]) =>
    attachment === undefined ? { anchor, number, title, text } : { anchor, number, title, text, attachment: { file: attachment[0], url: attachment[1], page: attachment[2] } },
  );
}

/** Reads and writes of one slot's tables, with statements prepared once. */
export class SlotStore {
  readonly slot: Slot;
  readonly tables: SlotTables;
  private readonly db: Database;
  private readonly s: Record<string, Statement>;
  /** Vocabulary syllables already stored (avoids 300 `INSERT OR IGNORE`s per document). */
  private readonly knownExact = new Set<string>();

  constructor(db: Database, slot: Slot) {
    this.db = db;
    this.slot = slot;
    const t = (this.tables = slotTables(slot));
    const prepare = (sql: string) => db.prepare(sql);
    this.s = {
      docidOf: prepare(`SELECT docid FROM ${t.docs} WHERE id = ?`).pluck(),
      nextDocid: prepare(`SELECT coalesce(max(docid), 0) + 1 FROM ${t.docs}`).pluck(),
      deleteTerms: prepare(`DELETE FROM ${t.terms} WHERE rowid = ?`),
      deleteNumbers: prepare(`DELETE FROM ${t.numbers} WHERE docid = ?`),
      deleteDoc: prepare(`DELETE FROM ${t.docs} WHERE docid = ?`),
      insertDoc: prepare(
        `INSERT OR REPLACE INTO ${t.docs} (docid, id, kind, slug, url, title, number, number_key, date, year, type_slug, type_name, issuer_slug, issuer_name, status, cited, sections)
         VALUES (@docid, @id, @kind, @slug, @url, @title, @number, @number_key, @date, @year, @type_slug, @type_name, @issuer_slug, @issuer_name, @status, @cited, @sections)`,
      ),
      insertNumber: prepare(`INSERT OR IGNORE INTO ${t.numbers} (key, docid, own) VALUES (?, ?, ?)`),
      insertTerms: prepare(`INSERT INTO ${t.terms} (rowid, head, body, pairs_head, pairs_body) VALUES (?, ?, ?, ?, ?)`),
      insertVocab: prepare(`INSERT OR IGNORE INTO ${t.vocab} (exact, folded) VALUES (?, ?)`),
      logChange: prepare(`INSERT INTO ${t.changes} (docid) VALUES (?)`),
      docRow: prepare(`SELECT * FROM ${t.docs} WHERE docid = ?`),
      numbersExact: prepare(`SELECT docid, own FROM ${t.numbers} WHERE key = ?`),
      numbersPrefix: prepare(`SELECT docid, own FROM ${t.numbers} WHERE key >= ? AND key < ?`),
      changesSince: prepare(`SELECT seq, docid FROM ${t.changes} WHERE seq > ? ORDER BY seq`),
      lastChange: prepare(`SELECT coalesce(max(seq), 0) FROM ${t.changes}`).pluck(),
      firstChange: prepare(`SELECT min(seq) FROM ${t.changes}`).pluck(),
      pruneChanges: prepare(`DELETE FROM ${t.changes} WHERE seq <= ?`),
      count: prepare(`SELECT count(*) FROM ${t.docs}`).pluck(),
    };
  }

  docidOf(id: string): number | undefined {
    return this.s.docidOf!.get(id) as number | undefined;
  }

  /** Writes a document (replacing an earlier version, which keeps its docid). Call inside a transaction. */
  write(indexed: IndexedDocument, options: { logChange: boolean }): number {
    const { doc } = indexed;
    const existing = this.docidOf(doc.id);
    const docid = existing ?? (this.s.nextDocid!.get() as number);
    if (existing !== undefined) this.clear(docid);
    this.s.insertDoc!.run(toRow(docid, doc, indexed));
    if (indexed.numberKey !== null) this.s.insertNumber!.run(indexed.numberKey, docid, 1);
    for (const key of doc.citedNumbers) this.s.insertNumber!.run(key, docid, 0);
    this.s.insertTerms!.run(docid, [...indexed.head].join(' '), [...indexed.body].join(' '), [...indexed.headPairs].join(' '), [...indexed.bodyPairs].join(' '));
    for (const terms of [indexed.head, indexed.body]) {
      for (const exact of terms) {
        if (this.knownExact.has(exact)) continue;
        this.knownExact.add(exact);
        this.s.insertVocab!.run(exact, syllableKeys(exact).folded);
      }
    }
    if (options.logChange) this.s.logChange!.run(docid);
    return docid;
  }

  /** Removes a document by id; returns its docid, or undefined when it was not indexed. */
  remove(id: string, options: { logChange: boolean }): number | undefined {
    const docid = this.docidOf(id);
    if (docid === undefined) return undefined;
    this.clear(docid);
    this.s.deleteDoc!.run(docid);
    if (options.logChange) this.s.logChange!.run(docid);
    return docid;
  }

  private clear(docid: number): void {
    this.s.deleteTerms!.run(docid);
    this.s.deleteNumbers!.run(docid);
  }

  /** Marks vocabulary read from the database as stored, so writes skip it. */
  rememberVocabulary(exact: string): void {
    this.knownExact.add(exact);
  }

  docRow(docid: number): DocRow | undefined {
    return this.s.docRow!.get(docid) as DocRow | undefined;
  }

  attributeRows(): IterableIterator<AttributeRow> {
    return this.db
      .prepare(`SELECT docid, title, kind, date, year, type_slug, type_name, issuer_slug, issuer_name, status FROM ${this.tables.docs}`)
      .iterate() as IterableIterator<AttributeRow>;
  }

  vocabularyRows(): IterableIterator<{ exact: string; folded: string }> {
    return this.db.prepare(`SELECT exact, folded FROM ${this.tables.vocab}`).iterate() as IterableIterator<{ exact: string; folded: string }>;
  }

  hotTerms(): Array<{ term_group: string; term: string; bits: Buffer | null; count: number | null }> {
    return this.db.prepare(`SELECT term_group, term, bits, count FROM ${this.tables.hot}`).all() as Array<{ term_group: string; term: string; bits: Buffer | null; count: number | null }>;
  }

  /** The change after which the saved bitmaps were taken, null when none were saved. */
  hotSeq(): number | null {
    const value = this.db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(`${this.slot}:hot_seq`) as string | undefined;
    return value === undefined ? null : Number(value);
  }

  /** Saves bitmaps of frequent terms as of change `seq` (replacing those saved before). */
  saveHot(entries: Iterable<{ group: string; term: string; bits: Uint32Array; count: number }>, seq: number): void {
    const insert = this.db.prepare(`INSERT OR REPLACE INTO ${this.tables.hot} (term_group, term, bits, count) VALUES (?, ?, ?, ?)`);
    this.db.transaction(() => {
      this.db.prepare(`UPDATE ${this.tables.hot} SET bits = NULL, count = NULL`).run();
      for (const entry of entries) insert.run(entry.group, entry.term, Buffer.from(entry.bits.buffer, entry.bits.byteOffset, entry.bits.byteLength), entry.count);
      this.db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(`${this.slot}:hot_seq`, String(seq));
    })();
  }

  /** Documents whose own number, or a number they cite, is one of `numbers`. */
  numberSets(numbers: readonly QueryNumber[], universe: number): { own: DocSet; cited: DocSet } {
    const own = new Set<number>();
    const cited = new Set<number>();
    for (const number of numbers) {
      const rows = (
        number.prefix ? this.s.numbersPrefix!.all(number.key, `${number.key}\u007f`) : this.s.numbersExact!.all(number.key)
      ) as Array<{ docid: number; own: number }>;
      for (const row of rows) (row.own === 1 ? own : cited).add(row.docid);
    }
    const sorted = (ids: Set<number>) => fromSorted(Int32Array.from(ids).sort(), universe);
    return { own: sorted(own), cited: sorted(cited) };
  }

  changesSince(seq: number): Array<{ seq: number; docid: number }> {
    return this.s.changesSince!.all(seq) as Array<{ seq: number; docid: number }>;
  }

  lastChange(): number {
    return this.s.lastChange!.get() as number;
  }

  firstChange(): number | null {
    return this.s.firstChange!.get() as number | null;
  }

  /** Keeps the change log short: readers further behind than this reload everything. */
  pruneChanges(keep: number): void {
    this.s.pruneChanges!.run(this.lastChange() - keep);
  }

  count(): number {
    return this.s.count!.get() as number;
  }
}

/** The stored row's attributes of a document as written, without reading it back. */
export function attributeRowOf(docid: number, indexed: IndexedDocument): AttributeRow {
  return toRow(docid, indexed.doc, indexed);
}

function toRow(docid: number, doc: SearchDocument, indexed: IndexedDocument): DocRow {
  return {
    docid,
    id: doc.id,
    kind: doc.kind,
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    number: doc.number,
    number_key: indexed.numberKey,
    date: doc.date,
    year: doc.year,
    type_slug: doc.type?.slug ?? null,
    type_name: doc.type?.name ?? null,
    issuer_slug: doc.issuer?.slug ?? null,
    issuer_name: doc.issuer?.name ?? null,
    status: doc.status,
    cited: JSON.stringify(doc.citedNumbers),
    sections: JSON.stringify(
      indexed.sections.map((section): StoredSection =>
        section.attachment === undefined
          ? [section.anchor, section.number, section.title, section.text]
          : [section.anchor, section.number, section.title, section.text, [section.attachment.file, section.attachment.url, section.attachment.page]],
      ),
    ),
  };
}
