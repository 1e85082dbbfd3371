import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from './create-search-engine.ts';
import { EmbeddedSearchEngine } from './engines/embedded.ts';
import { ResilientSearch } from './resilient-search.ts';

const dir = mkdtempSync(join(tmpdir(), 'cong-search-factory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createSearchEngine', () => {
  it('uses the embedded engine, in the data folder, when no Meilisearch is configured', async () => {
    const engine = createSearchEngine({ CONG_DATA_DIR: dir, MEILISEARCH_URL: '' });
    expect(engine).toBeInstanceOf(EmbeddedSearchEngine);
    expect((engine as EmbeddedSearchEngine).path).toBe(join(dir, 'search.db'));
    await engine.close();
  });

  it('uses Meilisearch with the embedded engine as fallback when MEILISEARCH_URL is set', async () => {
    const engine = createSearchEngine({ MEILISEARCH_URL: 'http://localhost:7700', MEILISEARCH_KEY: 'k', SEARCH_DB_PATH: join(dir, 'other.db') });
    expect(engine).toBeInstanceOf(ResilientSearch);
    expect(engine.name).toBe('meilisearch');
    await engine.close();
  });

  it('answers from the embedded engine when Meilisearch cannot be reached', async () => {
    const quiet = { warn: () => {}, error: () => {} };
    // Port 9 (discard) refuses connections: what a stopped Meilisearch looks like to the client.
    const engine = createSearchEngine({ MEILISEARCH_URL: 'http://127.0.0.1:9', SEARCH_DB_PATH: join(dir, 'fallback.db') }, { log: quiet });
    await engine.applySettings();
    const result = await engine.search({ q: 'văn bản' });
    expect(result.total).toBe(0);
    await engine.close();
  });

  it('refuses a malformed configuration with a hint', () => {
    expect(() => createSearchEngine({ MEILISEARCH_URL: 'localhost' })).toThrow(/http:\/\/localhost:7700/);
    expect(() => createSearchEngine({ MEILISEARCH_INDEX: 'có dấu', CONG_DATA_DIR: dir })).toThrow(/MEILISEARCH_INDEX/);
  });
});
