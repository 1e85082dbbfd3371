/**
 * The errors search raises, each with the Vietnamese message the site shows as is. The site maps them to HTTP
 * in one place: `InvalidSearchQueryError` → 400 with its message, `SearchUnavailableError` → 503 page.
 */
export class SearchError extends Error {
  override name = 'SearchError';
}

/** The query cannot be run as given (too long, page out of range…); `message` says how to fix it. */
export class InvalidSearchQueryError extends SearchError {
  override name = 'InvalidSearchQueryError';
}

/** No engine can answer right now (Meilisearch down and no embedded copy to fall back on). */
export class SearchUnavailableError extends SearchError {
  override name = 'SearchUnavailableError';
  constructor(cause?: unknown) {
    super('Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút hoặc tra cứu theo danh mục văn bản.', { cause });
  }
}

/** Documents given to `upsert` or `rebuild` that do not match `SearchDocumentSchema`. */
export class InvalidSearchDocumentError extends SearchError {
  override name = 'InvalidSearchDocumentError';
}
