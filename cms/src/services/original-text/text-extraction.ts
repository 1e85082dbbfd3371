import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import { Piscina } from 'piscina';
import { ORIGINAL_TEXT_STATUSES, type OriginalTextStatus, type TextLayer } from '@cong/content';
import { EXTRACTION_FAILURES, EXTRACTION_LIMITS, failedLayer, ORIGINAL_TEXT_MIMES, originalFormat, retryDelayMs, textLayerOf, type ExtractionLimits, type OriginalFormat } from '../../rules/original-text';
import { LEGAL_DOCUMENT, ORIGINAL_TEXT, UPLOAD_FILE } from '../../model/uids';
import { searchSync } from '../search/search-sync';
import type { ExtractAnswer, ExtractTask } from './extract-worker';
import { saveTextLayer, textLayerOfRow } from './original-text-store';
import { localFilePath, replacesFileBytes } from '../media/stored-files';
import { cmsEnv, extractionLimits } from '../../env';

type FileRow = { id: number; name: string; url: string; mime: string | null; ext: string | null };

const PENDING: TextLayer = { status: 'pending', pages: [], error: null, attempts: 0 };

/** Files read at the same time: the pool's threads (the machine's cores are the CMS's and the database's too). */
const POOL_THREADS = 2;

/**
 * Texts read are written together: what finished within WRITE_WINDOW_MS of the first, at most WRITE_BATCH. One
 * transaction and one search update for the lot instead of one per file (an import reads dozens of files a second,
 * and each write and index update has a fixed cost on the CMS's main thread); a tenth of a second is nothing beside
 * the reading itself.
 */
const WRITE_BATCH = 32;
const WRITE_WINDOW_MS = 100;

/** A file read, waiting for its batch's write. */
type ReadText = { fileId: number; layer: TextLayer; rowId: number | undefined };

/** How the queue stands: files by status in the database, and what this process is doing now. */
export type ExtractionProgress = Record<OriginalTextStatus, number> & { running: number; waiting: number; retrying: number };

/**
 * The queue that reads the text layer of every original uploaded (PDF, DOCX, ODT), so search finds a document by
 * words only its attachment has (issue 14 §2). It never blocks an editor: an upload only enqueues its file id;
 * a pool of worker threads (piscina) reads the files, each under a time limit (the worker is killed on timeout),
 * a heap limit (a decompression bomb kills only its worker) and a size and page limit (rules/original-text.ts;
 * set through the environment, ORIGINAL_TEXT_*, env.ts).
 * Each outcome is stored per file (content type "Nội dung tệp gốc", keyed by the file id: kept off the file itself,
 * whose every answer in the media library would otherwise carry the whole text), so the queue's state survives a
 * restart: files still pending, or never seen, are picked up at start. A failure that may pass (a timeout, a crashed worker) is
 * retried with a growing delay; a file that is not what it claims fails alone, with a Vietnamese message. Once
 * read, the documents the file is attached to are re-indexed through the search sync — the files read within a tenth
 * of a second stored and re-indexed together (WRITE_BATCH).
 */
export class OriginalTextQueue {
  private pool: Piscina | null = null;
  private readonly waiting = new Set<number>();
  private readonly running = new Set<number>();
  private readonly retries = new Map<number, NodeJS.Timeout>();
  private unwritten: ReadText[] = [];
  private writeTimer: NodeJS.Timeout | null = null;
  private writes: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly limits: ExtractionLimits = EXTRACTION_LIMITS,
  ) {}

  /** Reads this file when a worker is free (a file that is not an original is ignored). */
  enqueue(fileId: number): void {
    if (this.stopped || this.running.has(fileId)) return;
    this.waiting.add(fileId);
    // Outside the upload's request: the queue's own writes are the system's, not the uploader's (the audit log
    // records a person's changes to files, and would otherwise read every file before each of these writes).
    void this.strapi.requestContext.run(undefined as never, async () => this.pump());
  }

  /** Picks up every original still to read: left pending by a stop, or uploaded while the queue did not run. */
  async start(): Promise<void> {
    this.stopped = false;
    const pending: Array<{ file: number }> = await this.texts().findMany({ where: { status: 'pending' }, select: ['file'] });
    for (const row of pending) this.enqueue(row.file);
    for (let lastId = 0; ; ) {
      const files: Array<{ id: number }> = await this.files().findMany({ where: { id: { $gt: lastId }, mime: { $in: ORIGINAL_TEXT_MIMES } }, select: ['id'], orderBy: { id: 'asc' }, limit: 500 });
      if (files.length === 0) break;
      const known = new Set(((await this.texts().findMany({ where: { file: { $in: files.map((f) => f.id) } }, select: ['file'] })) as Array<{ file: number }>).map((row) => row.file));
      for (const file of files) if (!known.has(file.id)) this.enqueue(file.id);
      if (files.length < 500) break;
      lastId = files[files.length - 1]!.id;
    }
    if (this.waiting.size) this.strapi.log.info(`[original-text] ${this.waiting.size} tệp chờ trích xuất nội dung`);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    this.waiting.clear();
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
    // What was read is kept, not read again at the next start.
    await this.writeRead();
  }

  async progress(): Promise<ExtractionProgress> {
    const counts = {} as Record<OriginalTextStatus, number>;
    for (const status of ORIGINAL_TEXT_STATUSES) counts[status] = await this.texts().count({ where: { status } });
    // A file read but not yet written is still being handled (its row says pending until the write).
    return { ...counts, running: this.running.size + this.unwritten.length, waiting: this.waiting.size, retrying: this.retries.size };
  }

  private files() {
    return this.strapi.db.query(UPLOAD_FILE);
  }

  private texts() {
    return this.strapi.db.query(ORIGINAL_TEXT);
  }

  private workers(): Piscina {
    if (!this.pool) {
      this.pool = new Piscina({
        // The compiled worker beside this file (dist/src/services/original-text/extract-worker.js).
        filename: resolve(__dirname, 'extract-worker.js'),
        minThreads: 0,
        maxThreads: POOL_THREADS,
        idleTimeout: 30_000,
        resourceLimits: { maxOldGenerationSizeMb: this.limits.workerHeapMb, maxYoungGenerationSizeMb: 32 },
      });
    }
    return this.pool;
  }

  private pump(): void {
    // Twice the threads in flight, so a worker never waits for the database between two files.
    while (!this.stopped && this.running.size < POOL_THREADS * 2 && this.waiting.size) {
      const id = this.waiting.values().next().value!;
      this.waiting.delete(id);
      this.running.add(id);
      void this.read(id)
        .catch((error) => this.strapi.log.error(`[original-text] tệp #${id}: ${(error as Error).message}`))
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
    }
  }

  private async read(id: number): Promise<void> {
    const row: FileRow | null = await this.files().findOne({ where: { id }, select: ['id', 'name', 'url', 'mime', 'ext'] });
    if (!row) return;
    const format = originalFormat(row.mime, row.ext);
    if (!format) return;
    const stored = await this.texts().findOne({ where: { file: id }, select: ['id', 'file', 'status', 'error', 'attempts'] });
    const previous = textLayerOfRow(stored);
    const attempts = (previous?.status === 'pending' ? previous.attempts : 0) + 1;
    const layer = await this.extract(row, format, attempts);
    if (this.stopped) return;
    const what = `[original-text] ${row.name} (#${id})`;
    if (layer.status === 'pending') {
      await saveTextLayer(this.strapi, id, layer, stored?.id);
      const delay = retryDelayMs(attempts);
      this.strapi.log.warn(`${what}: lần ${attempts} thất bại, thử lại sau ${delay / 1000} giây: ${layer.error}`);
      this.retries.set(
        id,
        setTimeout(() => {
          this.retries.delete(id);
          this.enqueue(id);
        }, delay).unref(),
      );
      return;
    }
    if (layer.status === 'failed') this.strapi.log.warn(`${what}: ${layer.error}`);
    // A line per file read is noise in an import of thousands (and costs as much as reading a small file's text).
    else this.strapi.log.debug(`${what}: ${layer.status}${layer.status === 'extracted' ? `, ${layer.pages.length} trang có chữ` : ''}`);
    this.keep({ fileId: id, layer, rowId: stored?.id });
  }

  /** A file's outcome into the next batch write (written at once when the batch is full). */
  private keep(read: ReadText): void {
    this.unwritten.push(read);
    if (this.unwritten.length >= WRITE_BATCH) void this.writeRead();
    else this.writeTimer ??= setTimeout(() => void this.writeRead(), WRITE_WINDOW_MS).unref();
  }

  /** Writes every outcome kept so far (after any write under way): one transaction, then one search update. */
  private writeRead(): Promise<void> {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = null;
    this.writes = this.writes.then(async () => {
      const batch = this.unwritten;
      this.unwritten = [];
      if (batch.length) await this.writeBatch(batch);
    });
    return this.writes;
  }

  private async writeBatch(batch: ReadText[]): Promise<void> {
    let written = batch;
    try {
      await this.strapi.db.transaction(async () => {
        for (const read of batch) await saveTextLayer(this.strapi, read.fileId, read.layer, read.rowId);
      });
    } catch {
      // Each on its own, so a file whose row cannot be written (deleted meanwhile) does not hold back the others.
      written = [];
      for (const read of batch) {
        try {
          await saveTextLayer(this.strapi, read.fileId, read.layer, read.rowId);
          written.push(read);
        } catch (error) {
          this.strapi.log.error(`[original-text] tệp #${read.fileId}: ${(error as Error).message}`);
        }
      }
    }
    await this.reindexDocumentsOf(written.map((read) => read.fileId)).catch((error) => this.strapi.log.error(`[original-text] ${(error as Error).message}`));
  }

  /** Reads one file in a worker, turning every way it can fail into a layer with the editor's message. */
  private async extract(row: FileRow, format: OriginalFormat, attempts: number): Promise<TextLayer> {
    const path = localFilePath(this.strapi, row.url);
    const size = path === null ? null : await stat(path).then((s) => s.size, () => null);
    if (path === null || size === null) return failedLayer(EXTRACTION_FAILURES.missing(), attempts, true, this.limits);
    if (size > this.limits.maxBytes) return failedLayer(EXTRACTION_FAILURES['too-big'](size, this.limits.maxBytes), attempts, false, this.limits);
    const task: ExtractTask = { path, format, maxPages: this.limits.maxPages };
    try {
      const answer: ExtractAnswer = await this.workers().run(task, { signal: AbortSignal.timeout(this.limits.timeoutMs) });
      if (!answer.ok) return failedLayer(EXTRACTION_FAILURES['too-many-pages'](answer.pageCount, this.limits.maxPages), attempts, false, this.limits);
      return textLayerOf(format, answer.pages, attempts);
    } catch (error) {
      const { name, code, message } = error as { name?: string; code?: string; message?: string };
      if (name === 'AbortError' || name === 'TimeoutError') return failedLayer(EXTRACTION_FAILURES.timeout(this.limits.timeoutMs), attempts, true, this.limits);
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') return failedLayer(EXTRACTION_FAILURES['out-of-memory'](), attempts, false, this.limits);
      if (name === 'PasswordException') return failedLayer(EXTRACTION_FAILURES.password(), attempts, false, this.limits);
      // pdf.js, mammoth and JSZip refuse a file that is not what it claims (garbage, truncated, wrong format).
      this.strapi.log.debug(`[original-text] ${row.name}: ${name ?? 'Error'}: ${message ?? ''}`);
      return failedLayer(EXTRACTION_FAILURES['not-readable'](format), attempts, false, this.limits);
    }
  }

  /** The legal documents (draft and published rows) that attach these files, re-indexed so search sees their text. */
  private async reindexDocumentsOf(fileIds: number[]): Promise<void> {
    if (fileIds.length === 0) return;
    const rows: Array<{ documentId: string }> = await this.strapi.db.query(LEGAL_DOCUMENT).findMany({ where: { attachments: { id: { $in: fileIds } } }, select: ['documentId'] });
    const ids = [...new Set(rows.map((r) => r.documentId))];
    if (ids.length) searchSync(this.strapi).enqueue(LEGAL_DOCUMENT, ids);
  }
}

let instance: OriginalTextQueue | null = null;

export function originalTextQueue(strapi: Core.Strapi): OriginalTextQueue {
  instance ??= new OriginalTextQueue(strapi, extractionLimits(cmsEnv()));
  return instance;
}

/**
 * Every original uploaded (admin, REST, importer) is read in the background; a replaced file is read again; a
 * deleted file's text goes with it. The upload plugin writes files through the query engine, not the document
 * service, so this is a database lifecycle.
 */
/** What the query engine's lifecycles hand over for a media-library file: the write's data and the file row. */
type FileEvent = { params?: { data?: Record<string, unknown> }; result?: { id?: unknown; mime?: string | null; ext?: string | null } };
type OriginalFileEvent = FileEvent & { result: { id: number } };

export function registerOriginalTextExtraction(strapi: Core.Strapi): void {
  const queue = originalTextQueue(strapi);
  const isOriginal = (event: FileEvent): event is OriginalFileEvent => typeof event.result?.id === 'number' && originalFormat(event.result.mime, event.result.ext) !== null;
  strapi.db.lifecycles.subscribe({
    models: [UPLOAD_FILE],
    async afterCreate(event: FileEvent) {
      if (!isOriginal(event)) return;
      // Pending from now on, so the count is right and a stop before it is read does not lose it.
      await saveTextLayer(strapi, event.result.id, PENDING);
      queue.enqueue(event.result.id);
    },
    async afterUpdate(event: FileEvent) {
      const data = event.params?.data ?? {};
      // A new file under the same entry (the media library's "replace"): its old text no longer holds.
      if (!isOriginal(event) || !replacesFileBytes(data)) return;
      await saveTextLayer(strapi, event.result.id, PENDING);
      queue.enqueue(event.result.id);
    },
    async afterDelete(event: FileEvent) {
      const id = event.result?.id;
      if (typeof id === 'number') await strapi.db.query(ORIGINAL_TEXT).deleteMany({ where: { file: id } });
    },
  });
}
