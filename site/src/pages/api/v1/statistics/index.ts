import { ApiStatisticReportListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, wholeListMeta } from '#lib/api/api-answer.ts';
import { statisticReports } from '#lib/portal/portal.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/** GET /api/v1/statistics: reports with period, unit, method, analysis (Markdown) and figures [{ label, value }]. */
export const GET: APIRoute = async () => {
  const data = (await statisticReports()).map((report) => ({ ...report, url: absoluteUrl(`${paths.statistics}#${report.slug}`) }));
  return apiAnswer(ApiStatisticReportListSchema, { data, meta: wholeListMeta(data.length) });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
