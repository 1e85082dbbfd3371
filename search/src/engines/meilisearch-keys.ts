import { Meilisearch, MeilisearchApiError } from 'meilisearch';

/**
 * A Meilisearch key that may only `search` one index. Meilisearch derives a key's value from its uid and the
 * master key, so asking again with the same uid finds the same key: the CMS (which holds the master key) calls
 * this at every start and hands the value to the site, which never sees the master key.
 */
export async function ensureSearchOnlyKey(options: { url: string; masterKey: string | undefined; index: string; uid: string; name: string; description: string }): Promise<string> {
  const client = new Meilisearch({ host: options.url, apiKey: options.masterKey, timeout: 5000 });
  try {
    return (await client.getKey(options.uid)).key;
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error;
  }
  const created = await client.createKey({
    uid: options.uid,
    name: options.name,
    description: options.description,
    actions: ['search'],
    indexes: [options.index],
    expiresAt: null,
  });
  return created.key;
}
