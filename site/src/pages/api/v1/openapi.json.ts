import type { APIRoute } from 'astro';
import { openApiDocument } from '#lib/api/openapi.ts';
import { absoluteUrl } from '#lib/render/urls.ts';

/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 document of /api/v1, made from the schemas the routes answer with
 * (src/lib/api/openapi.ts). It reads nothing from the CMS, so the rendered-page cache keeps it with no tags.
 */
export const GET: APIRoute = () => Response.json(openApiDocument(absoluteUrl('/')));
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
