import type { APIRoute } from 'astro';
import { vi } from '../../../../../i18n/vi.ts';
import { clientAddressOf } from '../../../../../lib/client-address.ts';
import { readCommentRequest } from '../../../../../lib/comment-form.ts';
import { approvedComments, formFiles, getConsultation, submitComment } from '../../../../../lib/consultations.ts';
import { toApiComment } from '../../../../../lib/drafts-api.ts';
import { NotFoundError } from '../../../../../lib/errors.ts';

/** GET /api/v1/drafts/<slug>/comments: approved comments, newest first (no e-mail, no phone). */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const draft = await getConsultation(slug);
  if (!draft) throw new NotFoundError(vi.consultation.apiNotFound(slug));
  const comments = await approvedComments(draft.id);
  return Response.json({ data: comments.map(toApiComment), meta: { total: comments.length } });
};

/**
 * POST /api/v1/drafts/<slug>/comments (JSON or form-encoded): 202 { id, status: "pending" } once the CMS has
 * committed it; 400 { errors: { field: message } }; 404; 409 outside the window; 429 with Retry-After;
 * 503 (from the middleware) when the CMS cannot answer, which means: not stored, send again.
 */
export const POST: APIRoute = async ({ params, request, clientAddress }) => {
  const slug = params.slug ?? '';
  const read = await readCommentRequest(request);
  if (!read) return Response.json({ errors: { form: vi.consultation.apiRequestInvalid } }, { status: 400 });
  const outcome = await submitComment(slug, read.input, clientAddressOf(request, clientAddress), formFiles(read.form));
  switch (outcome.kind) {
    case 'accepted':
      return Response.json({ id: outcome.id, status: 'pending' }, { status: 202, headers: { 'Cache-Control': 'no-store' } });
    case 'invalid':
      return Response.json({ errors: outcome.errors }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
    case 'not-found':
      throw new NotFoundError(vi.consultation.apiNotFound(slug));
    case 'closed':
      return Response.json({ error: { message: outcome.message } }, { status: 409, headers: { 'Cache-Control': 'no-store' } });
    case 'rate-limited':
      return Response.json(
        { error: { message: vi.consultation.rateLimited(outcome.retryAfter) } },
        { status: 429, headers: { 'Retry-After': String(outcome.retryAfter), 'Cache-Control': 'no-store' } },
      );
  }
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204, headers: { 'Access-Control-Allow-Methods': 'GET, POST, OPTIONS' } });
