import type { APIRoute } from 'astro';
import { csvText, formatDateTime } from '@cong/content';
import { vi } from '../../../i18n/vi.ts';
import { approvedComments, getConsultation } from '#lib/consultations/consultations.ts';
import { NotFoundError } from '#lib/server/errors.ts';

/**
 * /du-thao/<slug>/gop-y.csv: the comments made public on a draft, as a spreadsheet anyone may download (what the
 * page shows, no e-mail, no phone; moderators export everything from the admin). Oldest first, as a record reads.
 */
export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug ?? '';
  const draft = await getConsultation(slug);
  if (!draft) throw new NotFoundError(vi.consultation.apiNotFound(slug));
  const comments = (await approvedComments(draft.id)).reverse();
  const csv = csvText(
    vi.consultation.publicExportColumns,
    comments.map((c) => [c.id, c.submittedAt ? formatDateTime(c.submittedAt) : '', c.name, c.organization ?? '', c.articleLabel ?? vi.consultation.commentsGeneral, c.content]),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="gop-y-${draft.slug}.csv"`,
    },
  });
};
