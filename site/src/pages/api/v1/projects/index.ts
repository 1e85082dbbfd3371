import type { APIRoute } from 'astro';
import { projects } from '../../../../lib/portal.ts';
import { wholeList } from '../../../../lib/section-api.ts';

/** GET /api/v1/projects: projects, investment calls, tenders and public procurement (`kind`). */
export const GET: APIRoute = async () => wholeList((await projects()).map(({ documentId: _id, ...project }) => project));
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
