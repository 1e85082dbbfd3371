import type { Core } from '@strapi/strapi';
import { ensureSearchOnlyKey } from '@cong/search';
import { cmsEnv } from '../../env';

/**
 * The site only searches, so it never holds the Meilisearch master key (which may write and delete indexes and
 * create keys). The CMS, which holds the master key, looks up or creates a key with one fixed uid that may only
 * `search` the portal's index, and hands its value to the site in the site's token file.
 */
const SEARCH_KEY_UID = '6f1d2c38-7a4b-4c2e-9b0e-2c6a1f0d5e11';

export async function searchOnlyKey(strapi: Core.Strapi): Promise<string | null> {
  const { MEILISEARCH_URL: url, MEILISEARCH_KEY, MEILISEARCH_INDEX } = cmsEnv();
  if (!url) return null;
  try {
    return await ensureSearchOnlyKey({
      url,
      masterKey: MEILISEARCH_KEY,
      index: MEILISEARCH_INDEX,
      uid: SEARCH_KEY_UID,
      name: 'cong-site-search',
      description: 'Trang công khai: chỉ tìm kiếm trong chỉ mục của cổng.',
    });
  } catch (error) {
    // Search still works from the embedded index; the site gets no Meilisearch key rather than the master key.
    strapi.log.error(`Meilisearch search-only key not available (${error instanceof Error ? error.message : String(error)}): the site will search the embedded index.`);
    return null;
  }
}
