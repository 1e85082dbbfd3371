import { type ConsultationStatus, ConsultationStatusSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { listConsultations } from '../../../../lib/consultations.ts';
import { toApiDraftSummary } from '../../../../lib/drafts-api.ts';
import { InvalidParamError } from '../../../../lib/errors.ts';

/** GET /api/v1/drafts[?status=open|upcoming|closed|response-published]: every published draft for comment. */
export const GET: APIRoute = async ({ url }) => {
  const raw = url.searchParams.get('status');
  let status: ConsultationStatus | undefined;
  if (raw) {
    const parsed = ConsultationStatusSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidParamError('status', 'status phải là upcoming, open, closed hoặc response-published.');
    status = parsed.data;
  }
  const items = await listConsultations(status);
  return Response.json({ data: items.map(toApiDraftSummary), meta: { total: items.length } });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
