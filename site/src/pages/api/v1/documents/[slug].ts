import { ApiDocumentAnswerSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { apiAnswer } from '#lib/api/api-answer.ts';
import { NotFoundError } from '#lib/server/errors.ts';
import { getDocument } from '#lib/registry/legal-documents.ts';
import { toApiDocument } from '#lib/api/public-api.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/** GET /api/v1/documents/<slug>: the document with its text, attachments and relations (both directions). */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const view = await getDocument(slug);
  if (!view) throw new NotFoundError(vi.api.notFound(slug));
  return apiAnswer(ApiDocumentAnswerSchema, {
    data: toApiDocument(view.document, { absolute: (path) => absoluteUrl(path), document: paths.document }),
  });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
