import { join } from 'node:path';
import { describeIssues } from '@cong/content';
import { z } from 'zod';
import type { SearchEngine } from './engine.ts';
import { EmbeddedSearchEngine } from './engines/embedded.ts';
import { MeilisearchEngine } from './engines/meilisearch.ts';
import { ResilientSearch, type SearchLogger } from './resilient-search.ts';

/** The environment search reads at start-up, validated once. */
export const SearchEnvSchema = z.object({
  /** Meilisearch base URL; when absent the embedded engine is used alone. */
  MEILISEARCH_URL: z
    .url({ error: 'MEILISEARCH_URL phải là địa chỉ đầy đủ, ví dụ http://localhost:7700' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MEILISEARCH_KEY: z.string().optional(),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'MEILISEARCH_INDEX chỉ gồm chữ không dấu, chữ số, "-" và "_"' })
    .default('cong'),
  /** The embedded index file; default `<data dir>/search.db`. */
  SEARCH_DB_PATH: z.string().optional(),
  CONG_DATA_DIR: z.string().optional(),
});
export type SearchEnv = z.output<typeof SearchEnvSchema>;

export type CreateSearchEngineOptions = {
  /** Folder of the embedded index when `SEARCH_DB_PATH` is not set (default `$CONG_DATA_DIR` or `.data`). */
  dataDir?: string;
  log?: SearchLogger;
};

/**
 * The engine for this environment: Meilisearch when `MEILISEARCH_URL` is set, wrapped so that the embedded
 * engine (kept in sync) answers when Meilisearch cannot be reached; otherwise the embedded engine alone.
 */
export function createSearchEngine(env: Record<string, string | undefined> = process.env, options: CreateSearchEngineOptions = {}): SearchEngine {
  const parsed = SearchEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Cấu hình tìm kiếm không hợp lệ: ${describeIssues(parsed.error, { messagesOnly: true })}`);
  const config = parsed.data;
  const embedded = new EmbeddedSearchEngine({
    path: config.SEARCH_DB_PATH ?? join(options.dataDir ?? config.CONG_DATA_DIR ?? '.data', 'search.db'),
  });
  if (config.MEILISEARCH_URL === undefined) return embedded;
  return new ResilientSearch({
    primary: new MeilisearchEngine({ url: config.MEILISEARCH_URL, apiKey: config.MEILISEARCH_KEY, index: config.MEILISEARCH_INDEX }),
    fallback: embedded,
    ...(options.log === undefined ? {} : { log: options.log }),
  });
}
