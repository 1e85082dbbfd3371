import { ApiPublicServiceListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, wholeListMeta } from '#lib/api/api-answer.ts';
import { publicServices } from '#lib/portal/portal.ts';

/** GET /api/v1/services: administrative procedures with level, fees, processing time and the national portal link. */
export const GET: APIRoute = async () => {
  // The schema keeps the contract's fields only (the CMS's documentId stays internal).
  const data = (await publicServices()).map((service) => ({ ...service, level: service.level ?? null }));
  return apiAnswer(ApiPublicServiceListSchema, { data, meta: wholeListMeta(data.length) });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
