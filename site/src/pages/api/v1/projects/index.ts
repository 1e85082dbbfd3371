import { ApiProjectListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, wholeListMeta } from '#lib/api/api-answer.ts';
import { projects } from '#lib/portal/portal.ts';

/** GET /api/v1/projects: projects, investment calls, tenders and public procurement (`kind`). */
export const GET: APIRoute = async () => {
  // The schema keeps the contract's fields only (the CMS's documentId stays internal).
  const data = await projects();
  return apiAnswer(ApiProjectListSchema, { data, meta: wholeListMeta(data.length) });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
