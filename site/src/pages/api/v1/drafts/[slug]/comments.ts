import { ApiDraftCommentListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../../i18n/vi.ts';
import { apiAnswer } from '#lib/api/api-answer.ts';
import { approvedComments, getConsultation } from '#lib/consultations/consultations.ts';
import { toApiComment } from '#lib/api/drafts-api.ts';
import { NotFoundError } from '#lib/server/errors.ts';
import { jsonAnswer, submitComment } from '#lib/public-input/index.ts';

/** GET /api/v1/drafts/<slug>/comments: approved comments, newest first (no e-mail, no phone). */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const draft = await getConsultation(slug);
  if (!draft) throw new NotFoundError(vi.consultation.apiNotFound(slug));
  const comments = await approvedComments(draft.id);
  return apiAnswer(ApiDraftCommentListSchema, { data: comments.map(toApiComment), meta: { total: comments.length } });
};

/**
 * POST /api/v1/drafts/<slug>/comments (JSON, url-encoded or multipart with attachments), with the `commentToken`
 * of GET /api/v1/drafts/<slug>: everything is the public-input pipeline's, and its outcome is answered as JSON
 * (202 { id, receipt, status: "pending", acknowledgement } once the CMS has committed it; see the README).
 */
export const POST: APIRoute = async (context) => jsonAnswer((await submitComment(context, context.params.slug ?? '', 'api')).outcome);
