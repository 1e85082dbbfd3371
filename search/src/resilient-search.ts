import type { RebuildOptions, RebuildReport, SearchEngine } from './engine.ts';
import { InvalidSearchDocumentError, InvalidSearchQueryError, SearchUnavailableError } from './errors.ts';
import type { SearchDocument } from './search-document.ts';
import type { SearchQueryInput, SearchResult } from './search-query.ts';

export type SearchLogger = {
  warn: (message: string, details?: Record<string, unknown>) => void;
  error: (message: string, details?: Record<string, unknown>) => void;
};

export const consoleLogger: SearchLogger = {
  warn: (message, details) => console.warn(`[search] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[search] ${message}`, details ?? ''),
};

export type ResilientSearchOptions = {
  /** The engine that answers normally (Meilisearch in production). */
  primary: SearchEngine;
  /** Kept in sync with every write; answers while the primary is unreachable. */
  fallback?: SearchEngine | null;
  log?: SearchLogger;
  /** Attempts for a write to the primary (default 5), waiting 250 ms, 500 ms, 1 s, 2 s between them. */
  attempts?: number;
  baseDelayMs?: number;
  /** After a failure, searches skip the primary for this long instead of waiting for its timeout again (default 30 s). */
  cooldownMs?: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors that say "try again later"; others (an invalid document, a bad query) would fail again. */
function retryable(error: unknown): boolean {
  return !(error instanceof InvalidSearchDocumentError || error instanceof InvalidSearchQueryError);
}

/** Feeds one iterable to several consumers at the pace of the slowest, holding at most `limit` items. */
function tee<T>(source: AsyncIterable<T> | Iterable<T>, consumers: number, limit = 1000): AsyncIterable<T>[] {
  const iterator = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  const buffer: T[] = [];
  let base = 0;
  const positions = new Array<number>(consumers).fill(0);
  let finished = false;
  let pulling: Promise<void> | null = null;
  const pull = async () => {
    const next = await iterator.next();
    if (next.done) finished = true;
    else buffer.push(next.value);
  };
  const trim = () => {
    const lowest = Math.min(...positions);
    if (lowest > base) {
      buffer.splice(0, lowest - base);
      base = lowest;
    }
  };
  return positions.map((_, consumer) => ({
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (positions[consumer]! - base >= buffer.length) {
          if (finished) return;
          // Wait for slower consumers rather than buffering the whole archive in memory.
          while (buffer.length >= limit && Math.min(...positions) === base) await sleep(1);
          pulling ??= pull().finally(() => (pulling = null));
          await pulling;
        }
        const item = buffer[positions[consumer]! - base]!;
        positions[consumer]!++;
        trim();
        yield item;
      }
    },
  }));
}

/**
 * Meilisearch with a safety net. Searches go to the primary; when it cannot be reached they are answered by
 * the fallback (the embedded engine, kept in sync by every write), or end in `SearchUnavailableError`, which
 * the site shows as a Vietnamese message, never a 500. Writes go to both; a failed write to the primary is
 * retried with backoff and logged, and reported to the caller if it still fails (the CMS logs it; a reindex
 * repairs the index).
 */
export class ResilientSearch implements SearchEngine {
  readonly name: SearchEngine['name'];
  private readonly primary: SearchEngine;
  private readonly fallback: SearchEngine | null;
  private readonly log: SearchLogger;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly cooldownMs: number;
  private skipPrimaryUntil = 0;

  constructor(options: ResilientSearchOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback ?? null;
    this.name = options.primary.name;
    this.log = options.log ?? consoleLogger;
    this.attempts = options.attempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.cooldownMs = options.cooldownMs ?? 30_000;
  }

  private async withRetries(what: string, action: () => Promise<void>, details: Record<string, unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await action();
        return;
      } catch (error) {
        if (!retryable(error) || attempt >= this.attempts) {
          this.log.error(`${what} thất bại sau ${attempt} lần thử`, { ...details, error: String(error) });
          throw error;
        }
        this.log.warn(`${what} lỗi, thử lại lần ${attempt + 1}`, { ...details, error: String(error) });
        await sleep(this.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  async applySettings(): Promise<void> {
    await this.fallback?.applySettings();
    try {
      await this.primary.applySettings();
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      // Start anyway: searches are answered by the fallback until the primary is back.
      this.log.warn('Meilisearch không kết nối được khi khởi động; dùng chỉ mục nhúng', { error: String(error) });
    }
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    await this.fallback?.upsert(docs);
    await this.withRetries('Cập nhật chỉ mục tìm kiếm', () => this.primary.upsert(docs), { ids: docs.map((doc) => doc.id) });
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.fallback?.remove(ids);
    await this.withRetries('Xóa khỏi chỉ mục tìm kiếm', () => this.primary.remove(ids), { ids });
  }

  private async answer<T>(primary: () => Promise<T>, fallback: (() => Promise<T>) | null): Promise<T> {
    if (Date.now() >= this.skipPrimaryUntil) {
      try {
        return await primary();
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) throw error;
        this.skipPrimaryUntil = Date.now() + this.cooldownMs;
        this.log.warn('Meilisearch không trả lời; tạm dùng chỉ mục nhúng', { error: String(error.cause ?? error) });
      }
    }
    if (fallback === null) throw new SearchUnavailableError();
    return fallback();
  }

  search(query: SearchQueryInput): Promise<SearchResult> {
    const fallback = this.fallback;
    return this.answer(() => this.primary.search(query), fallback === null ? null : () => fallback.search(query));
  }

  count(): Promise<number> {
    const fallback = this.fallback;
    return this.answer(() => this.primary.count(), fallback === null ? null : () => fallback.count());
  }

  async rebuild(source: AsyncIterable<SearchDocument> | Iterable<SearchDocument>, options: RebuildOptions = {}): Promise<RebuildReport> {
    if (this.fallback === null) return this.primary.rebuild(source, options);
    const [forPrimary, forFallback] = tee(source, 2);
    const [report] = await Promise.all([this.primary.rebuild(forPrimary!, options), this.fallback.rebuild(forFallback!, {})]);
    return report;
  }

  async close(): Promise<void> {
    await Promise.all([this.primary.close(), this.fallback?.close()]);
  }
}
