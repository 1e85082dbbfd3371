import type { APIRoute } from 'astro';
import { openData } from '#lib/open-data/index.ts';

/**
 * GET /du-lieu-mo/danh-muc.json: the open-data catalogue for programs (OpenDataManifestSchema): each file's
 * address, size, SHA-256, records, generation time and the licence — the generation whose files /du-lieu-mo/<file>
 * serves. Open to every site (CORS), as the read API.
 */
export const GET: APIRoute = async () => {
  const generation = await openData().current();
  return Response.json(generation.result, { headers: { 'Access-Control-Allow-Origin': '*' } });
};
