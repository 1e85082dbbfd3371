import { ApiDirectoryListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, wholeListMeta } from '#lib/api/api-answer.ts';
import { directory, readDirectoryQuery, toApiEntries } from '#lib/portal/directory.ts';

/**
 * GET /api/v1/directory?q=&unit=<unit slug>: the official e-mail directory, units' mailboxes first (when no
 * person filter is given), then people. Same envelope as /api/v1/documents; the whole list fits one page.
 */
export const GET: APIRoute = async ({ url }) => {
  const query = readDirectoryQuery(url.searchParams, { q: 'q', unit: 'unit' });
  const dir = await directory(query, 'unit');
  const data = toApiEntries(dir, !query.q && !query.unit);
  return apiAnswer(ApiDirectoryListSchema, { data, meta: wholeListMeta(data.length) });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
