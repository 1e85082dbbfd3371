import { statisticReportAnchor, StatisticFiguresSchema, type StatisticReport } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { labelled, listRowRecord, plainText } from './page-parts.ts';

// Figures read as the page's table shows them ("18.450").
const VIETNAMESE_NUMBER = new Intl.NumberFormat('vi-VN');

export function statisticReportSlug(slug: string): string {
  return `thong-ke-${slug}`;
}

export function statisticReportSearchId(slug: string): string {
  return `page:${statisticReportSlug(slug)}`;
}

/**
 * A báo cáo thống kê as a search record of kind `page`, linking to its section on `/thong-ke`. The figures' labels
 * are searchable ("Thu nội địa"), with their values as the table shows them; a table that does not parse is left
 * out, as the page leaves it out.
 */
export function statisticReportToSearchDocument(report: StatisticReport): SearchDocument {
  const figures = StatisticFiguresSchema.safeParse(report.figures).data ?? [];
  const text = plainText(
    labelled('Kỳ báo cáo', report.period),
    labelled('Đơn vị tính', report.unitOfMeasure),
    labelled('Nguồn số liệu', report.source),
    figures.map((figure) => `${figure.label}: ${VIETNAMESE_NUMBER.format(figure.value)}`).join('\n'),
    report.method,
    report.analysis,
  );
  return listRowRecord({ section: 'statistics', slug: statisticReportSlug(report.slug), anchor: statisticReportAnchor(report.slug), title: report.title, text });
}
