import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { createSearchEngine, type SearchEngine } from '@cong/search';
import { loadSearchDocuments, searchSourceOf } from './search-sources';
import { cmsEnv } from '../../env';
import { WakeTimer } from '../wake-timer';

/** Items to re-index (documentIds per content type) and search ids to drop. */
type Changes = { documents: Map<string, Set<string>>; removals: Set<string> };

const noChanges = (): Changes => ({ documents: new Map(), removals: new Set() });

/**
 * Keeps the search index true to what is public. Every change reaches it through `SearchSync.enqueue` (called by
 * the one document-service middleware, document-middlewares/search-index.ts, and by the writers that bypass the document service:
 * the importer's fast path, validity and consultation-status refreshes); the queue drains at once in the background
 * and retries with backoff, logging each failure, so a search outage never blocks an editor.
 */
export class SearchSync {
  private pending: Changes = noChanges();
  private readonly timer = new WakeTimer(() => void this.drain());
  private running: Promise<void> | null = null;
  private failures = 0;
  private readonly batches = new AsyncLocalStorage<Changes>();

  constructor(
    private readonly strapi: Core.Strapi,
    readonly engine: SearchEngine,
  ) {}

  /** Re-index these items of one content type (by documentId) and drop these search ids (a slug that changed or went away). */
  enqueue(uid: string, documentIds: Iterable<string>, removeIds: Iterable<string> = []): void {
    const changes = noChanges();
    changes.documents.set(uid, new Set(documentIds));
    for (const id of removeIds) changes.removals.add(id);
    this.accept(changes);
  }

  /**
   * Runs `work` (one document-service action with everything it triggers) and queues what it enqueued once, at
   * the end: the middleware's own re-index and a validity refresh of the same document become one indexing.
   */
  async collect<T>(work: () => Promise<T>): Promise<T> {
    if (this.batches.getStore()) return work();
    const batch = noChanges();
    try {
      return await this.batches.run(batch, work);
    } finally {
      this.accept(batch);
    }
  }

  /** Waits until everything queued so far is in the index (the importer counts indexing in its time). */
  async flush(): Promise<void> {
    while (isPending(this.pending) || this.running) {
      this.timer.cancel();
      await (this.running ?? this.drain());
      if (this.failures) throw new Error('Chỉ mục tìm kiếm chưa cập nhật được; hệ thống sẽ tự thử lại.');
    }
  }

  get backlog(): number {
    return [...this.pending.documents.values()].reduce((sum, ids) => sum + ids.size, 0) + this.pending.removals.size;
  }

  private accept(changes: Changes): void {
    if (!isPending(changes)) return;
    const batch = this.batches.getStore();
    if (batch) {
      merge(batch, changes);
      return;
    }
    if (this.strapi.db.inTransaction()) {
      // Index what was committed, never what may still roll back (another connection would not see it yet).
      void this.strapi.db.transaction(async ({ onCommit }) => onCommit(() => this.accept(changes)));
      return;
    }
    merge(this.pending, changes);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer.pending || this.running) return;
    this.timer.atLatest(delayMs);
  }

  private drain(): Promise<void> {
    this.running = (async () => {
      const work = this.pending;
      this.pending = noChanges();
      try {
        // Drops first: a slug freed by one item may be taken by another in the same round.
        if (work.removals.size) await this.engine.remove([...work.removals]);
        for (const [uid, documentIds] of work.documents) {
          const source = searchSourceOf(uid);
          if (!source) continue;
          const ids = [...documentIds];
          for (let i = 0; i < ids.length; i += 200) {
            const { docs, drop } = await loadSearchDocuments(this.strapi, source, ids.slice(i, i + 200));
            if (docs.length) await this.engine.upsert(docs);
            // Not public (any more), or no longer mappable: make sure no stale copy answers searches.
            if (drop.length) await this.engine.remove(drop);
          }
        }
        this.failures = 0;
      } catch (error) {
        merge(this.pending, work);
        this.failures += 1;
        const retryIn = Math.min(60_000, 1000 * 2 ** Math.min(this.failures - 1, 6));
        const count = [...work.documents.values()].reduce((sum, ids) => sum + ids.size, 0) + work.removals.size;
        this.strapi.log.error(`[search] indexing ${count} item(s) failed (attempt ${this.failures}), retrying in ${retryIn / 1000}s: ${(error as Error).message}`);
        this.running = null;
        this.schedule(retryIn);
        return;
      }
      this.running = null;
      if (isPending(this.pending)) this.schedule(0);
    })();
    return this.running;
  }
}

function isPending(changes: Changes): boolean {
  return changes.removals.size > 0 || [...changes.documents.values()].some((ids) => ids.size > 0);
}

function merge(into: Changes, from: Changes): void {
  for (const [uid, ids] of from.documents) {
    const target = into.documents.get(uid) ?? new Set<string>();
    for (const id of ids) target.add(id);
    into.documents.set(uid, target);
  }
  for (const id of from.removals) into.removals.add(id);
}

let instance: SearchSync | null = null;

/** The CMS's one search sync, created at register time from the environment (MEILISEARCH_URL or embedded). */
export function searchSync(strapi: Core.Strapi): SearchSync {
  if (!instance) {
    const { MEILISEARCH_URL, MEILISEARCH_KEY, MEILISEARCH_INDEX, SEARCH_DB_PATH, CONG_DATA_DIR } = cmsEnv();
    const engine = createSearchEngine({ MEILISEARCH_URL, MEILISEARCH_KEY, MEILISEARCH_INDEX, SEARCH_DB_PATH, CONG_DATA_DIR }, {
      dataDir: CONG_DATA_DIR,
      log: { warn: (m) => strapi.log.warn(`[search] ${m}`), error: (m) => strapi.log.error(`[search] ${m}`) },
    });
    instance = new SearchSync(strapi, engine);
  }
  return instance;
}
