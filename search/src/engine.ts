import type { SearchDocument } from './search-document.ts';
import type { SearchQueryInput, SearchResult } from './search-query.ts';

export type RebuildProgress = {
  /** Documents written to the new index so far. */
  indexed: number;
  /** Total when the source knows it (for a progress bar), else null. */
  total: number | null;
};

export type RebuildReport = { indexed: number; tookMs: number };

export type RebuildOptions = {
  onProgress?: (progress: RebuildProgress) => void;
  /** Expected number of documents, passed through to `onProgress`. */
  total?: number;
};

/**
 * Indexing and querying, whatever the engine. The CMS middleware calls `upsert`/`remove`, `npm run reindex`
 * calls `rebuild`, the site calls `search`. Every method validates its input (CMS → search and citizen →
 * search are boundaries) and is safe to call repeatedly.
 */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Creates or updates the index and its settings; idempotent, called at start-up. */
  applySettings(): Promise<void>;
  /** Adds or replaces documents by `id`. */
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  /** Removes documents by `id`; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  search(query: SearchQueryInput): Promise<SearchResult>;
  /** Number of indexed documents. */
  count(): Promise<number>;
  /**
   * Builds a complete new index from `docs` while the current one keeps answering, then switches to it in one
   * atomic step. Writes made meanwhile are not lost.
   */
  rebuild(docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>, options?: RebuildOptions): Promise<RebuildReport>;
  close(): Promise<void>;
}
