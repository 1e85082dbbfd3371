import type { APIRoute } from 'astro';
import { publicServices } from '../../../../lib/portal.ts';
import { wholeList } from '../../../../lib/section-api.ts';

/** GET /api/v1/services: administrative procedures with level, fees, processing time and the national portal link. */
export const GET: APIRoute = async () => wholeList((await publicServices()).map(({ documentId: _id, ...service }) => service));
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
