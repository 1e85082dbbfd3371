import { ApiDraftListSchema, type ConsultationStatus, ConsultationStatusSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { apiAnswer, badParam } from '#lib/api/api-answer.ts';
import { listConsultations } from '#lib/consultations/consultations.ts';
import { toApiDraftSummary } from '#lib/api/drafts-api.ts';

/** GET /api/v1/drafts[?status=open|upcoming|closed|response-published]: every published draft for comment. */
export const GET: APIRoute = async ({ url }) => {
  const raw = url.searchParams.get('status');
  let status: ConsultationStatus | undefined;
  if (raw) {
    const parsed = ConsultationStatusSchema.safeParse(raw);
    if (!parsed.success) badParam('status', vi.api.badDraftStatus);
    status = parsed.data;
  }
  const items = await listConsultations(status);
  return apiAnswer(ApiDraftListSchema, { data: items.map(toApiDraftSummary), meta: { total: items.length } });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
