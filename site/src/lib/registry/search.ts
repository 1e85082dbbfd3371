import {
  createSearchEngine,
  InvalidSearchQueryError,
  SearchQuerySchema,
  SearchUnavailableError,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from '@cong/search';
import { firstIssue } from '@cong/content';
import { vi } from '../../i18n/vi.ts';
import { env } from '../server/env.ts';
import { InvalidParamError } from '../server/errors.ts';

/**
 * The site's side of search: one engine per process, chosen from the environment (Meilisearch when
 * MEILISEARCH_URL is set, with the embedded index as fallback; the embedded index alone otherwise — the file
 * the CMS keeps up to date, SEARCH_DB_PATH). The site only reads; the CMS owns indexing.
 */
let engine: SearchEngine | undefined;

function searchEngine(): SearchEngine {
  try {
    // The key is the search-only one (from the environment or the site's token file), never the master key.
    engine ??= createSearchEngine({ ...process.env, MEILISEARCH_KEY: env.MEILISEARCH_KEY });
  } catch (error) {
    // The embedded index cannot be opened (its folder is missing, the disk refuses it): no engine can answer,
    // which is a 503 (src/middleware.ts), not a 500. Not kept, so the next request tries again.
    throw new SearchUnavailableError(error);
  }
  return engine;
}

/** Validates a public query (URL params) with the shared schema; a bad one is a 400 with the schema's Vietnamese message. */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const input: Record<string, string> = {};
  for (const key of ['q', 'type', 'issuer', 'year', 'status', 'page', 'pageSize']) {
    const values = params.getAll(key);
    if (values.length > 1) throw new InvalidParamError(key, vi.api.repeatedParam(key));
    if (values[0] !== undefined && values[0] !== '') input[key] = values[0];
  }
  const parsed = SearchQuerySchema.safeParse(input);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error, 'q');
    throw new InvalidParamError(field, message);
  }
  return parsed.data;
}

export async function search(query: SearchQuery): Promise<SearchResult> {
  try {
    return await searchEngine().search(query);
  } catch (error) {
    if (error instanceof InvalidSearchQueryError) throw new InvalidParamError('q', error.message);
    throw error;
  }
}

/** The same query with some parameters changed, as a /tim-kiem link (facet links, pagination). */
export function searchHref(query: SearchQuery, changes: Partial<Record<'q' | 'type' | 'issuer' | 'year' | 'status' | 'page', string | number | undefined>>): string {
  const merged: Record<string, string | number | undefined> = {
    q: query.q || undefined,
    type: query.type ?? query.kind,
    issuer: query.issuer,
    year: query.year,
    status: query.status,
    page: undefined,
    ...changes,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== '') params.set(key, String(value));
  if (Number(merged.page ?? 1) <= 1) params.delete('page');
  const qs = params.toString();
  return `/tim-kiem${qs ? `?${qs}` : ''}`;
}

/** For /readyz: the index answers (Meilisearch, or the embedded file the CMS keeps). */
export async function searchAnswers(): Promise<void> {
  await searchEngine().count();
}
