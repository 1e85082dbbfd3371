import { ApiDraftAnswerSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { apiAnswer } from '#lib/api/api-answer.ts';
import { commentApiTokens } from '#lib/consultations/comment-form.ts';
import { getConsultation } from '#lib/consultations/consultations.ts';
import { toApiDraft } from '#lib/api/drafts-api.ts';
import { NotFoundError } from '#lib/server/errors.ts';

/**
 * GET /api/v1/drafts/<slug>: the draft with its text, articles, files, receiving unit and (once out) the response,
 * and `commentToken`, which a POST of a comment on it must send back (public-input/api-token.ts: the same for
 * everyone for 15 minutes, valid 24 hours, so this answer may be cached).
 */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const draft = await getConsultation(slug);
  if (!draft) throw new NotFoundError(vi.consultation.apiNotFound(slug));
  return apiAnswer(ApiDraftAnswerSchema, { data: { ...toApiDraft(draft), commentToken: commentApiTokens.issue(draft.slug) } });
};
