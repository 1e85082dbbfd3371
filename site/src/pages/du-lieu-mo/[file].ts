import type { APIRoute } from 'astro';
import { vi } from '../../i18n/vi.ts';
import { fileResponse, openData } from '#lib/open-data/index.ts';
import { NotFoundError } from '#lib/server/errors.ts';

/** GET /du-lieu-mo/<file> (van-ban.jsonl, van-ban.csv, …): a file of the current generation, streamed from disk. */
export const GET: APIRoute = async ({ params, request }) => {
  const name = params.file ?? '';
  const response = fileResponse(await openData().current(), name, request);
  if (!response) throw new NotFoundError(vi.openData.notFound(name));
  response.headers.set('Access-Control-Allow-Origin', '*');
  return response;
};
