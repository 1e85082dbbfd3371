// The public API of @cong/search: one interface (`SearchEngine`), its two adapters, the factory that picks
// one from the environment, and the shapes that cross its boundaries.
export * from './search-document.ts';
export * from './search-query.ts';
export * from './errors.ts';
export type { SearchEngine, RebuildOptions, RebuildProgress, RebuildReport } from './engine.ts';
export { parseQuery, termPairs, type ParsedQuery, type QueryNumber, type QueryTerm } from './query/parse-query.ts';
export { syllableKeys, syllables, type Syllable, type SyllableKeys } from './text/syllables.ts';
export { findDocumentNumbers, citedNumberKeys } from './text/document-numbers.ts';
export { splitArticles, documentSections, type ArticleSection } from './text/articles.ts';
export { escapeHtml } from './hits/snippet.ts';
export { searchMappers, toSearchDocument, searchIdOf, isSearchableType, legalDocumentToSearchDocument, legalDocumentUrl, LegalDocumentSearchSourceSchema, type LegalDocumentSearchSource, type SearchMapper, type SearchableType } from './mappers/index.ts';
export { EmbeddedSearchEngine, createEmbeddedSearchEngine, type EmbeddedEngineOptions } from './engines/embedded.ts';
export { MeilisearchEngine, createMeilisearchEngine, type MeilisearchEngineOptions } from './engines/meilisearch.ts';
export { MEILISEARCH_SETTINGS, settingsToApply } from './engines/meilisearch-settings.ts';
export { ensureSearchOnlyKey } from './engines/meilisearch-keys.ts';
export { ResilientSearch, consoleLogger, type ResilientSearchOptions, type SearchLogger } from './resilient-search.ts';
export { createSearchEngine, SearchEnvSchema, type SearchEnv, type CreateSearchEngineOptions } from './create-search-engine.ts';
