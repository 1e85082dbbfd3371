import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { getConsultation } from '../../../../lib/consultations.ts';
import { toApiDraft } from '../../../../lib/drafts-api.ts';
import { NotFoundError } from '../../../../lib/errors.ts';

/** GET /api/v1/drafts/<slug>: the draft with its text, articles, files, receiving unit and (once out) the response. */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const draft = await getConsultation(slug);
  if (!draft) throw new NotFoundError(vi.consultation.apiNotFound(slug));
  return Response.json({ data: toApiDraft(draft) });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
