import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';

/**
 * Thống kê (NĐ 43/2011 Điều 12): a report's figures are entered as a small table (label, value) and shown both
 * as an accessible HTML table (the source of truth for screen readers) and as an SVG bar chart that only
 * repeats it. The chart geometry is computed here so the site's template draws rectangles and nothing else.
 */
export const StatisticFigureSchema = z.object({
  /** Row label, e.g. "Quý I/2026". */
  label: z.string().min(1),
  value: z.number().finite(),
});
export type StatisticFigure = z.output<typeof StatisticFigureSchema>;
export const StatisticFiguresSchema = z.array(StatisticFigureSchema);

/**
 * A report as the CMS delivers it, to the site and to search. `figures` is checked by its readers with
 * `StatisticFiguresSchema` (the CMS refuses malformed tables on write; an older row that does not parse shows no table).
 */
export const StatisticReportSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  /** Kỳ báo cáo ("Quý I–III năm 2026"). */
  period: OptionalTextSchema,
  unitOfMeasure: OptionalTextSchema,
  method: OptionalTextSchema,
  /** Markdown. */
  analysis: OptionalTextSchema,
  source: OptionalTextSchema,
  figures: z.unknown(),
  updatedAt: z.string(),
});
export type StatisticReport = z.output<typeof StatisticReportSchema>;

/** Fragment id of a report's section on `/thong-ke`: its slug, as the page has always rendered it. */
export function statisticReportAnchor(slug: string): string {
  return slug;
}

export interface BarChart {
  width: number;
  height: number;
  bars: Array<{ label: string; value: number; x: number; y: number; width: number; height: number; labelY: number }>;
  /** y of the zero line. */
  baseline: number;
}

/** Horizontal bars, one row per figure, scaled to the largest absolute value. Negative values draw nothing. */
export function barChart(figures: readonly StatisticFigure[], options: { width?: number; rowHeight?: number; labelWidth?: number } = {}): BarChart {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 36;
  const labelWidth = options.labelWidth ?? 200;
  const plot = width - labelWidth - 80; // room for the value after the bar
  const max = Math.max(0, ...figures.map((f) => f.value));
  const bars = figures.map((f, i) => {
    const w = max > 0 && f.value > 0 ? Math.max(1, Math.round((f.value / max) * plot)) : 0;
    return { label: f.label, value: f.value, x: labelWidth, y: i * rowHeight + 6, width: w, height: rowHeight - 12, labelY: i * rowHeight + rowHeight / 2 + 5 };
  });
  return { width, height: Math.max(rowHeight, figures.length * rowHeight), bars, baseline: labelWidth };
}
