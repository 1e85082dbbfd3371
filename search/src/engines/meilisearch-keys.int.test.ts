import { randomUUID } from 'node:crypto';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureSearchOnlyKey } from './meilisearch-keys.ts';

/**
 * The site's Meilisearch key may search and do nothing else (review M4). Needs a real Meilisearch with its master
 * key: `MEILISEARCH_URL=http://localhost:7700 MEILISEARCH_KEY=… npx vitest run --config search/vitest.contract.config.ts`.
 */
const url = process.env.MEILISEARCH_URL;
if (!url) console.warn('\n⚠ MEILISEARCH_URL is not set: the search-only key test was NOT run.\n');

describe.runIf(url)('ensureSearchOnlyKey', () => {
  const uid = randomUUID();
  const index = `cong_keys_${Date.now()}`;
  // Created in the hooks, not while collecting: without MEILISEARCH_URL the suite is skipped but still collected.
  const master = () => new Meilisearch({ host: url!, apiKey: process.env.MEILISEARCH_KEY });
  afterAll(async () => {
    if (!url) return;
    await master().deleteKey(uid).catch(() => undefined);
    await master().deleteIndex(index).waitTask().catch(() => undefined);
  });

  it('creates a key that may only search the one index, and finds the same key the next time', async () => {
    await master().createIndex(index).waitTask();
    const options = { url: url!, masterKey: process.env.MEILISEARCH_KEY, index, uid, name: 'test-site-search', description: 'test' };
    const key = await ensureSearchOnlyKey(options);
    expect(await ensureSearchOnlyKey(options)).toBe(key);
    const described = await master().getKey(uid);
    expect(described.actions).toEqual(['search']);
    expect(described.indexes).toEqual([index]);

    const site = new Meilisearch({ host: url!, apiKey: key });
    await expect(site.index(index).search('nghị định')).resolves.toMatchObject({ hits: [] });
    await expect(site.index(index).addDocuments([{ id: 1 }])).rejects.toBeInstanceOf(MeilisearchApiError);
    await expect(site.getKeys()).rejects.toBeInstanceOf(MeilisearchApiError);
  });
});
