import type { APIRoute } from 'astro';
import { statisticReports } from '../../../../lib/portal.ts';
import { wholeList } from '../../../../lib/section-api.ts';
import { absoluteUrl, paths } from '../../../../lib/urls.ts';

/** GET /api/v1/statistics: reports with period, unit, method, analysis (Markdown) and figures [{ label, value }]. */
export const GET: APIRoute = async () =>
  wholeList((await statisticReports()).map(({ documentId: _id, ...report }) => ({ ...report, url: absoluteUrl(`${paths.statistics}#${report.slug}`) })));
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
