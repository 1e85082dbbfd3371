import { describeIssues, firstIssue, type ValidityStatus } from '@cong/content';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RebuildOptions, RebuildReport, SearchEngine } from '../engine.ts';
import { InvalidSearchDocumentError, InvalidSearchQueryError } from '../errors.ts';
import { bestSection, sectionPatterns, type SectionPatterns } from '../hits/best-section.ts';
import { parseQuery, termPairs, type ParsedQuery } from '../query/parse-query.ts';
import { partialSuggestion, widensToPartial } from '../query/partial-match.ts';
import { createQueryMatcher } from '../query/query-matcher.ts';
import { hitAttachment, hitUrl, SearchDocumentSchema, type SearchDocument, type SearchKind } from '../search-document.ts';
import { emptyFacets, SearchQuerySchema, type SearchHit, type SearchQuery, type SearchQueryInput, type SearchResult } from '../search-query.ts';
import { spellingVariants } from '../text/spelling-variants.ts';
import { syllableKeys } from '../text/syllables.ts';
import { DocAttributes, type AttributeRow } from './embedded/doc-attributes.ts';
import { evaluate, type EvaluateOptions, type Evaluation, type Filters } from './embedded/evaluate.ts';
import { facetsFrom } from './embedded/facets.ts';
import { headFields, indexDocument, termsOf, type IndexedDocument } from './embedded/indexed-document.ts';
import { activeSlot, createSchema, createSlot, dropSlot, otherSlot, rebuildMarker, setRebuildMarker, type Slot } from './embedded/schema.ts';
import { HitDocuments } from './embedded/hit-documents.ts';
import { attributeRowOf, sectionsOf, SlotStore } from './embedded/slot-store.ts';
import { TERM_GROUPS, TermSets, type TermGroup } from './embedded/term-sets.ts';
import { Vocabulary } from './embedded/vocabulary.ts';
import { suggestCorrection } from './embedded/did-you-mean.ts';

export type EmbeddedEngineOptions = {
  /** The index file, e.g. `$DATA_DIR/search.db`; created with its folder when missing. */
  path: string;
  /** Memory for cached posting bitmaps (default 256 MiB; 12.5 KB per term at 100,000 documents). */
  cacheBytes?: number;
  /** Load the frequent terms' bitmaps when the index opens (default true). */
  warmUp?: boolean;
  /** Article text kept for documents shown as hits, in characters (default 8 million, about 16 MB). */
  hitCacheChars?: number;
};

/** Documents written per transaction during a rebuild: small enough that searches interleave. */
const REBUILD_BATCH = 250;
/** Changes kept for readers in other processes; one further behind reloads everything. */
const CHANGES_KEPT = 20_000;

type Active = {
  store: SlotStore;
  hits: HitDocuments;
  attributes: DocAttributes;
  vocabulary: Vocabulary;
  sets: TermSets;
  lastChange: number;
};

function validateDocuments(docs: readonly unknown[]): SearchDocument[] {
  return docs.map((doc, index) => {
    const parsed = SearchDocumentSchema.safeParse(doc);
    if (!parsed.success) {
      throw new InvalidSearchDocumentError(`Tài liệu thứ ${index + 1} không đúng dạng SearchDocument: ${describeIssues(parsed.error, { limit: 1 })}`);
    }
    return parsed.data;
  });
}

/**
 * The default engine: SQLite FTS5 through better-sqlite3, one file, WAL. FTS5 stores posting lists of
 * per-document term sets (see embedded/indexed-document.ts); queries are evaluated as set operations with
 * frequent terms held as bitmaps (embedded/term-sets.ts, embedded/evaluate.ts); articles and snippets are read
 * for the page of hits only. Several processes may open the same file: the CMS writing, the site reading.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  readonly path: string;
  private readonly db: Database.Database;
  private readonly options: EmbeddedEngineOptions;
  private active: Active;
  private dataVersion: number;
  private rebuilding = false;
  private lastPrune = 0;
  private lastSave = 0;
  /** One transaction function for every snapshot (better-sqlite3 builds several wrappers per `transaction()` call). */
  private readonly inSnapshot: Database.Transaction<(read: () => unknown) => unknown>;

  constructor(options: EmbeddedEngineOptions) {
    this.options = options;
    this.path = options.path;
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536');
    createSchema(this.db);
    this.inSnapshot = this.db.transaction((read: () => unknown) => read());
    const opened = this.snapshot(() => ({ active: this.activate(activeSlot(this.db)), version: this.readDataVersion() }));
    this.active = opened.active;
    this.dataVersion = opened.version;
  }

  private readDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private activate(slot: Slot): Active {
    createSlot(this.db, slot);
    const store = new SlotStore(this.db, slot);
    const attributes = new DocAttributes();
    for (const row of store.attributeRows()) attributes.set(row);
    const vocabulary = new Vocabulary();
    for (const row of store.vocabularyRows()) {
      vocabulary.add(row.exact, row.folded);
      store.rememberVocabulary(row.exact);
    }
    const sets = new TermSets(this.db, store.tables.terms, () => attributes.universe, this.options.cacheBytes);
    const hits = new HitDocuments(this.options.hitCacheChars ?? 8_000_000);
    const active = { store, hits, attributes, vocabulary, sets, lastChange: store.lastChange() };
    this.active = active;
    this.lastPrune = active.lastChange;
    this.lastSave = store.hotSeq() ?? active.lastChange;
    if (this.options.warmUp !== false) this.warmUp();
    return active;
  }

  /**
   * Runs `read` on one snapshot of the file (a deferred transaction: WAL gives it the state as of its first read).
   * Another process commits whenever it likes, so steps that read the file one statement at a time — the slot,
   * the change log, each changed document, a rare term's postings, the page of hits — would otherwise each see a
   * different state: a hit whose row a removal committed in between, a posting for a docid the in-memory sets do
   * not know yet, or a data version newer than the changes taken in (a write then missed until the next one).
   */
  private snapshot<T>(read: () => T): T {
    if (this.db.inTransaction) return read();
    return this.inSnapshot.deferred(read) as T;
  }

  /** Follows writes made by other processes (and by this one): slot flips and the change log. */
  private sync(force = false): void {
    this.snapshot(() => this.syncNow(force));
  }

  private syncNow(force: boolean): void {
    const version = this.readDataVersion();
    if (!force && version === this.dataVersion) return;
    this.dataVersion = version;
    const slot = activeSlot(this.db);
    if (slot !== this.active.store.slot) {
      this.active = this.activate(slot);
      return;
    }
    this.applyChanges();
  }

  /**
   * `own`: the documents this process has just written, by docid, and the last change its write logged. A document
   * whose latest change is one of those is taken into memory as written, instead of re-read and re-tokenised from
   * the tables (the same terms: both come from the same sections); one changed again since, by another process, is
   * re-read like any other.
   */
  private applyChanges(own?: { written: ReadonlyMap<number, IndexedDocument>; upTo: number }): void {
    const active = this.active;
    const first = active.store.firstChange();
    if (first !== null && first > active.lastChange + 1) {
      // This process fell further behind than the log keeps: start again from the tables.
      this.active = this.activate(active.store.slot);
      return;
    }
    const changes = active.store.changesSince(active.lastChange);
    const latest = new Map<number, number>();
    for (const { seq, docid } of changes) latest.set(docid, seq);
    for (const [docid, seq] of latest) {
      const written = own && seq <= own.upTo ? own.written.get(docid) : undefined;
      if (written) this.remember(docid, attributeRowOf(docid, written), written);
      else this.reload(docid);
    }
    const last = changes.at(-1);
    if (last) active.lastChange = last.seq;
  }

  /** Brings the in-memory state of one document up to date from the tables. */
  private reload(docid: number): void {
    const row = this.active.store.docRow(docid);
    if (row === undefined) {
      this.active.attributes.delete(docid);
      this.active.sets.update(docid, null);
      this.active.hits.forget(docid);
      return;
    }
    const sections = sectionsOf(row);
    const terms = termsOf(headFields({ title: row.title, number: row.number, type: row.type_name === null ? null : { slug: row.type_slug ?? '', name: row.type_name } }), sections);
    this.remember(docid, row, terms);
  }

  /** One document's in-memory state: its attributes, its words in the vocabulary, its terms' sets. */
  private remember(docid: number, row: AttributeRow, terms: Pick<IndexedDocument, 'head' | 'body' | 'headPairs' | 'bodyPairs'>): void {
    const { attributes, vocabulary, sets, hits } = this.active;
    attributes.set(row);
    hits.forget(docid);
    for (const exact of [...terms.head, ...terms.body]) vocabulary.add(exact, syllableKeys(exact).folded);
    sets.update(docid, terms as IndexedDocument);
  }

  async applySettings(): Promise<void> {
    createSchema(this.db);
    this.sync(true);
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const indexed = validateDocuments(docs).map(indexDocument);
    const journal = this.db.prepare('INSERT INTO journal (id, doc) VALUES (?, ?)');
    const written = new Map<number, IndexedDocument>();
    this.write((store, journaling) => {
      written.clear();
      for (const doc of indexed) {
        written.set(store.write(doc, { logChange: true }), doc);
        if (journaling) journal.run(doc.doc.id, JSON.stringify(doc.doc));
      }
    }, written);
  }

  async remove(ids: readonly string[]): Promise<void> {
    const journal = this.db.prepare('INSERT INTO journal (id, doc) VALUES (?, NULL)');
    this.write((store, journaling) => {
      for (const id of ids) {
        store.remove(id, { logChange: true });
        if (journaling) journal.run(id);
      }
    });
  }

  /**
   * One write transaction on the active slot. Holding the write lock, it re-checks which slot is active (a
   * rebuild in another process may just have flipped) and whether a rebuild is running, whose new slot must
   * then receive this write too (through the journal it replays before flipping).
   */
  private write(apply: (store: SlotStore, journaling: boolean) => void, written?: ReadonlyMap<number, IndexedDocument>): void {
    let ownUpTo = 0;
    for (let attempt = 0; ; attempt++) {
      this.sync();
      const store = this.active.store;
      let flipped = false;
      this.db
        .transaction(() => {
          if (activeSlot(this.db) !== store.slot) {
            flipped = true;
            return;
          }
          const marker = rebuildMarker(this.db);
          apply(store, marker !== null && marker.slot !== store.slot);
          ownUpTo = store.lastChange();
        })
        .immediate();
      if (!flipped) break;
      if (attempt >= 3) throw new Error('Chỉ mục tìm kiếm vừa được dựng lại nhiều lần liên tiếp; thử ghi lại sau');
      this.sync(true);
    }
    this.snapshot(() => {
      this.applyChanges(written ? { written, upTo: ownUpTo } : undefined);
      // Read in the same snapshot as the changes just taken in: one committed elsewhere since is still to follow.
      this.dataVersion = this.readDataVersion();
    });
    if (this.active.lastChange - this.lastPrune >= 1000) {
      this.active.store.pruneChanges(CHANGES_KEPT);
      this.lastPrune = this.active.lastChange;
    }
    // Saved bitmaps older than the change log would be useless to the next process that opens the index.
    if (this.active.lastChange - this.lastSave >= CHANGES_KEPT / 4) this.saveWarmState();
  }

  async count(): Promise<number> {
    this.sync();
    return this.active.attributes.count;
  }

  async search(input: SearchQueryInput): Promise<SearchResult> {
    const started = performance.now();
    const parsedQuery = SearchQuerySchema.safeParse(input);
    if (!parsedQuery.success) throw new InvalidSearchQueryError(firstIssue(parsedQuery.error).message);
    const query = parsedQuery.data;
    // Following the writes and answering from one snapshot: what sync took in is exactly what the postings, rows
    // and articles read afterwards show, even while another process removes documents or flips slots (the old
    // slot's tables stay readable in a snapshot taken before the flip).
    return this.snapshot(() => {
      this.syncNow(false);
      return this.run(query, started);
    });
  }

  private run(query: SearchQuery, started: number): SearchResult {
    const { attributes } = this.active;
    const filters: Filters = {
      kind: query.kind === undefined ? undefined : attributes.kinds.find(query.kind),
      type: query.type === undefined ? undefined : attributes.types.find(query.type),
      issuer: query.issuer === undefined ? undefined : attributes.issuers.find(query.issuer),
      year: query.year,
      status: query.status === undefined ? undefined : attributes.statuses.find(query.status),
    };
    const limit = query.page * query.pageSize;
    let parsed = parseQuery(query.q);
    const typed = parsed;
    let evaluation = this.evaluate(parsed, filters, limit);
    if (!evaluation.numbersFound) {
      // Nobody has or cites that number: search its syllables as text instead of finding nothing.
      parsed = parseQuery(query.q, { numbers: false });
      evaluation = this.evaluate(parsed, filters, limit);
    }
    let didYouMean = suggestCorrection(parsed, evaluation, {
      vocabulary: this.active.vocabulary,
      sets: this.active.sets,
      evaluate: (corrected) => this.evaluate(corrected, filters, 1).total,
    });
    let allWordsTotal: number | undefined;
    if (widensToPartial(typed, parsed, evaluation.total)) {
      // Too few documents have every word: the best ones with some of them follow (partial-match.ts).
      const widened = this.evaluate(parsed, filters, limit, { partial: true });
      if (widened.total > evaluation.total) {
        allWordsTotal = evaluation.total;
        evaluation = widened;
        didYouMean ??= partialSuggestion(parsed, widened.bestMatched);
      }
    }
    const sectionQuery = sectionQueryOf(parsed, evaluation.corrections);
    const hits = evaluation.ranked.slice((query.page - 1) * query.pageSize).map((docid) => this.hit(docid, sectionQuery));
    return {
      hits,
      total: evaluation.total,
      facets: evaluation.total === 0 && parsed.terms.length === 0 && parsed.numbers.length === 0 ? emptyFacets() : facetsFrom(evaluation.facets, attributes),
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      partial: allWordsTotal !== undefined,
      ...(allWordsTotal === undefined ? {} : { allWordsTotal }),
      ...(didYouMean === undefined ? {} : { didYouMean }),
    };
  }

  private evaluate(parsed: ParsedQuery, filters: Filters, limit: number, options?: EvaluateOptions): Evaluation {
    const { sets, vocabulary, attributes, store } = this.active;
    return evaluate({ sets, vocabulary, attributes, numberSets: (numbers) => store.numberSets(numbers, Math.max(attributes.universe, 1)) }, parsed, filters, limit, options);
  }

  private hit(docid: number, sectionQuery: SectionPatterns): SearchHit {
    const { store, hits } = this.active;
    const doc = hits.get(docid, (id) => store.docRow(id));
    // Cannot happen while sync and the query share one snapshot; if it ever does, say so instead of a TypeError.
    if (doc === undefined) throw new Error(`Chỉ mục tìm kiếm không nhất quán: không còn tài liệu số ${docid} trong trang kết quả`);
    const { row } = doc;
    const best = bestSection(doc.sections, sectionQuery);
    const article = best?.section.number != null && best.score > 0 ? { number: best.section.number, title: best.section.title } : undefined;
    const attachment = best !== null && best.score > 0 ? hitAttachment(best.section.attachment) : undefined;
    return {
      kind: row.kind as SearchKind,
      slug: row.slug,
      url: hitUrl(row.url, article === undefined ? null : best?.section.anchor),
      title: row.title,
      ...(row.number === null ? {} : { number: row.number }),
      ...(row.date === null ? {} : { date: row.date }),
      ...(row.type_slug === null ? {} : { type: { slug: row.type_slug, name: row.type_name ?? row.type_slug } }),
      ...(row.issuer_slug === null ? {} : { issuer: { slug: row.issuer_slug, name: row.issuer_name ?? row.issuer_slug } }),
      ...(row.status === null ? {} : { status: row.status as ValidityStatus }),
      ...(article === undefined ? {} : { article }),
      ...(attachment === undefined ? {} : { attachment }),
      highlight: best?.html ?? '',
    };
  }

  async rebuild(source: AsyncIterable<SearchDocument> | Iterable<SearchDocument>, options: RebuildOptions = {}): Promise<RebuildReport> {
    // One rebuild at a time, in this process or another one sharing the file (a crashed one stops counting
    // once its heartbeat is older than REBUILD_STALE_MS).
    if (this.rebuilding || rebuildMarker(this.db) !== null) throw new Error('Đang dựng lại chỉ mục tìm kiếm; chờ lần dựng lại trước kết thúc');
    this.rebuilding = true;
    const started = performance.now();
    const from = this.active.store.slot;
    const target = otherSlot(from);
    const startSeq = (this.db.prepare('SELECT coalesce(max(seq), 0) FROM journal').pluck().get() as number) ?? 0;
    try {
      dropSlot(this.db, target);
      createSlot(this.db, target);
      setRebuildMarker(this.db, { slot: target, startSeq, heartbeat: Date.now() });
      const store = new SlotStore(this.db, target);
      // Bulk loading: larger in-memory segments and no merging until the end, then one 'optimize'.
      const terms = store.tables.terms;
      this.db.exec(`INSERT INTO ${terms} (${terms}, rank) VALUES ('hashsize', 67108864); INSERT INTO ${terms} (${terms}, rank) VALUES ('automerge', 0)`);
      let indexed = 0;
      let batch: SearchDocument[] = [];
      const flush = async () => {
        const docs = validateDocuments(batch).map(indexDocument);
        batch = [];
        this.db.transaction(() => {
          for (const doc of docs) store.write(doc, { logChange: false });
          setRebuildMarker(this.db, { slot: target, startSeq, heartbeat: Date.now() });
        }).immediate();
        indexed += docs.length;
        options.onProgress?.({ indexed, total: options.total ?? null });
        // Let searches and writes waiting on the event loop run between batches.
        await new Promise((resolve) => setImmediate(resolve));
      };
      for await (const doc of source) {
        batch.push(doc);
        if (batch.length >= REBUILD_BATCH) await flush();
      }
      if (batch.length > 0) await flush();

      this.db.exec(`INSERT INTO ${terms} (${terms}) VALUES ('optimize'); INSERT INTO ${terms} (${terms}, rank) VALUES ('automerge', 4); INSERT INTO ${terms} (${terms}, rank) VALUES ('hashsize', 1048576)`);
      writeHotTerms(this.db, store, Math.max(512, Math.ceil(indexed / 32)));
      // Saved before the switch, so that every process following it opens the new slot warm.
      const universe = (this.db.prepare(`SELECT coalesce(max(docid), 0) + 1 FROM ${store.tables.docs}`).pluck().get() as number) ?? 1;
      const warm = new TermSets(this.db, terms, () => universe, this.options.cacheBytes);
      for (const { term_group, term } of store.hotTerms()) if (term_group in TERM_GROUPS) warm.load(term_group as TermGroup, term);
      store.saveHot(warm.entries(), 0);
      warm.clear();

      // The switch: replay what was written to the old slot meanwhile (logged, so the saved bitmaps are brought
      // up to date), then flip, in one transaction.
      this.db.transaction(() => {
        const journal = this.db.prepare('SELECT seq, id, doc FROM journal WHERE seq > ? ORDER BY seq').all(startSeq) as Array<{ seq: number; id: string; doc: string | null }>;
        for (const entry of journal) {
          if (entry.doc === null) store.remove(entry.id, { logChange: true });
          else store.write(indexDocument(JSON.parse(entry.doc) as SearchDocument), { logChange: true });
        }
        this.db.prepare(`UPDATE meta SET value = ? WHERE key = 'active'`).run(target);
        setRebuildMarker(this.db, null);
        this.db.prepare('DELETE FROM journal').run();
      }).immediate();
      this.snapshot(() => {
        this.active = this.activate(target);
        this.dataVersion = this.readDataVersion();
      });
      dropSlot(this.db, from);
      this.db.pragma('incremental_vacuum');
      return { indexed, tookMs: Math.round(performance.now() - started) };
    } catch (error) {
      setRebuildMarker(this.db, null);
      if (activeSlot(this.db) !== target) dropSlot(this.db, target);
      throw error;
    } finally {
      this.rebuilding = false;
    }
  }

  /** Figures for benchmarks and health pages. */
  stats(): { documents: number; cachedTerms: number; cachedBytes: number; slot: Slot } {
    return { documents: this.active.attributes.count, cachedTerms: this.active.sets.cachedTerms, cachedBytes: this.active.sets.cachedBytes, slot: this.active.store.slot };
  }

  /** Drops cached bitmaps (benchmarks measure the cold path with it). */
  dropCaches(): void {
    this.active.sets.clear();
  }

  /**
   * Loads the frequent terms' bitmaps not held yet (what opening the index does unless `warmUp: false`):
   * from the copies saved in the index, brought up to date through the change log, or else from FTS5.
   */
  warmUp(): number {
    const active = this.active;
    const { store, sets } = active;
    const saved = store.hotSeq();
    const first = store.firstChange();
    // Saved bitmaps are usable if every change since they were taken is still in the log.
    const usable = saved !== null && saved <= active.lastChange && (saved === active.lastChange || first === null || first <= saved + 1);
    let loaded = 0;
    for (const { term_group, term, bits, count } of store.hotTerms()) {
      if (!(term_group in TERM_GROUPS) || sets.holds(term_group as TermGroup, term)) continue;
      if (usable && bits !== null && count !== null) {
        const words = new Uint32Array(bits.byteLength >>> 2);
        new Uint8Array(words.buffer).set(bits);
        sets.adopt(term_group as TermGroup, term, words, count);
      } else {
        sets.load(term_group as TermGroup, term);
      }
      loaded++;
    }
    if (usable && saved < active.lastChange) {
      const docids = new Set(store.changesSince(saved).map((change) => change.docid));
      for (const docid of docids) this.reload(docid);
    }
    return loaded;
  }

  /** Saves the cached bitmaps in the index, so the next process to open it starts warm. */
  saveWarmState(): void {
    this.active.store.saveHot(this.active.sets.entries(), this.active.lastChange);
    this.lastSave = this.active.lastChange;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Records which terms are frequent enough to keep as bitmaps, from FTS5's own vocabulary (fts5vocab), so the
 * next process to open the index loads them at once instead of on first use.
 */
function writeHotTerms(db: Database.Database, store: SlotStore, threshold: number): void {
  const vocab = `temp.${store.tables.terms}_vocab_col`;
  db.exec(`DROP TABLE IF EXISTS ${vocab}`);
  db.exec(`CREATE VIRTUAL TABLE ${vocab} USING fts5vocab(main, ${store.tables.terms}, 'col')`);
  const rows = db.prepare(`SELECT term, col, doc FROM ${vocab} WHERE doc >= ?`).all(threshold) as Array<{ term: string; col: string; doc: number }>;
  const insert = db.prepare(`INSERT OR IGNORE INTO ${store.tables.hot} (term_group, term) VALUES (?, ?)`);
  const groups: Record<string, TermGroup[]> = { head: ['any', 'head'], body: ['any'], pairs_head: ['pairs', 'headPairs'], pairs_body: ['pairs'] };
  db.transaction(() => {
    for (const row of rows) for (const group of groups[row.col] ?? []) insert.run(group, row.term);
  })();
  db.exec(`DROP TABLE ${vocab}`);
}

/** What picking an article needs from a query: its matcher and its folded syllables and pairs. */
function sectionQueryOf(parsed: ParsedQuery, corrections: ReadonlyMap<string, readonly string[]>): SectionPatterns {
  const alternatives = (folded: string) => corrections.get(folded) ?? spellingVariants(folded);
  return sectionPatterns({
    matcher: createQueryMatcher(parsed, corrections),
    folded: [...new Set(parsed.terms.flatMap((term) => alternatives(term.folded)))],
    pairs: [...new Set(termPairs(parsed.terms).flatMap((pair) => alternatives(parsed.terms[pair.left]!.folded).flatMap((l) => alternatives(parsed.terms[pair.right]!.folded).map((r) => `${l} ${r}`))))],
  });
}

export function createEmbeddedSearchEngine(options: EmbeddedEngineOptions): EmbeddedSearchEngine {
  return new EmbeddedSearchEngine(options);
}
