import { ApiDocumentListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer } from '#lib/api/api-answer.ts';
import { apiListQuery } from '#lib/api/api-query.ts';
import { listDocuments } from '#lib/registry/legal-documents.ts';
import { toApiSummary } from '#lib/api/public-api.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/** GET /api/v1/documents?type=&issuer=&field=&year=&status=&sort=&page=&pageSize= (pageSize ≤ 100). */
export const GET: APIRoute = async ({ url }) => {
  const query = await apiListQuery(url.searchParams);
  const page = await listDocuments(query);
  const urls = { absolute: (path: string) => absoluteUrl(path), document: paths.document };
  return apiAnswer(ApiDocumentListSchema, {
    data: page.items.map((item) => toApiSummary(item, urls)),
    meta: { total: page.total, page: page.page, pageSize: page.pageSize, pageCount: page.pageCount },
  });
};

/** CORS preflight; the headers themselves are added by src/middleware.ts. */
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
