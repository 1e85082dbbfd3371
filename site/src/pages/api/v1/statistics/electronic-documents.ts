import { ApiElectronicDocumentStatisticsSchema, parseStatisticsRange } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, badParam } from '#lib/api/api-answer.ts';
import { electronicStatistics, statisticsCsv } from '#lib/electronic-statistics/electronic-statistics.ts';

/**
 * GET /api/v1/statistics/electronic-documents?from=&to=&format=json|csv: the figures of /thong-ke/van-ban-dien-tu,
 * as JSON (`{ data }`) or as the same rows in CSV for Excel. A date that is not one: 400 with the Vietnamese message.
 */
export const GET: APIRoute = async ({ url }) => {
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') badParam('format', 'Tham số format chỉ nhận json hoặc csv.');
  const parsed = parseStatisticsRange({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  if (!parsed.ok) badParam(parsed.field, parsed.message);
  const figures = await electronicStatistics(parsed.range);
  if (format === 'csv') {
    const name = ['thong-ke-van-ban-dien-tu', parsed.range.from, parsed.range.to].filter(Boolean).join('_');
    return new Response(statisticsCsv(figures), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
    });
  }
  return apiAnswer(ApiElectronicDocumentStatisticsSchema, { data: figures });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
