import {
  csvText,
  type ElectronicDocumentStatistics,
  electronicDocumentStatistics,
  ReceivedViaSchema,
  SignatureReportSchema,
  type StatisticsDocumentRow,
  type StatisticsDraftRow,
  type StatisticsRange,
} from '@cong/content';
import { z } from 'zod';
import { vi } from '../../i18n/vi.ts';
import { cms } from '../cms/cms-client.ts';
import { strapiCollection } from '../cms/strapi-schemas.ts';
import { listConsultations } from '../consultations/consultations.ts';

/**
 * The rows behind /thong-ke/van-ban-dien-tu and /api/v1/statistics/electronic-documents: every published document's
 * statistics row (the CMS's /api/registry/statistics, a page at a time) and every published draft as /api/v1/drafts
 * lists it, read through the one CMS client — cached, and tagged with what they read (`kind:legal-documents`,
 * `kind:consultations`, each entry), so a publish makes the page and the API answer again with new figures.
 * The figures themselves are content/src/electronic-document-statistics.ts.
 */

const STATISTICS_ROWS = '/api/registry/statistics' as const;

/**
 * A row as the CMS sends it. `receivedVia` and each file's `signatureReport` come with other features (the edXML
 * import, signature verification): read leniently, a missing or unreadable one is "an editor's" / "not verified".
 */
const StrapiStatisticsRowSchema = z.object({
  documentId: z.string(),
  type: z.string().nullish(),
  issuedDate: z.string().nullish(),
  firstPublishedAt: z.string().nullish(),
  receivedVia: z.unknown().optional(),
  attachments: z.array(z.object({ signatureReport: z.unknown().optional() })).nullish(),
});
const StrapiStatisticsRowListSchema = strapiCollection(StrapiStatisticsRowSchema);
type StrapiStatisticsRow = z.output<typeof StrapiStatisticsRowSchema>;

/** A JSON column may reach us as text from some databases. */
function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

export function toDocumentRow(raw: StrapiStatisticsRow): StatisticsDocumentRow | null {
  if (!raw.firstPublishedAt) return null;
  const via = ReceivedViaSchema.safeParse(raw.receivedVia);
  return {
    type: raw.type ?? null,
    issuedDate: raw.issuedDate ?? null,
    firstPublishedAt: raw.firstPublishedAt,
    receivedVia: via.success ? via.data : 'editor',
    signatureReports: (raw.attachments ?? []).map((file) => {
      const report = SignatureReportSchema.safeParse(json(file.signatureReport));
      return report.success ? report.data : null;
    }),
  };
}

async function documentRows(): Promise<StatisticsDocumentRow[]> {
  const rows: StatisticsDocumentRow[] = [];
  for (let page = 1; ; page += 1) {
    const body = await cms().get(STATISTICS_ROWS, { page }, StrapiStatisticsRowListSchema);
    for (const raw of body.data) {
      const row = toDocumentRow(raw);
      if (row) rows.push(row);
    }
    if (page >= body.meta.pagination.pageCount) return rows;
  }
}

async function draftRows(now: Date): Promise<StatisticsDraftRow[]> {
  return (await listConsultations(undefined, now)).map((draft) => ({
    opensAt: draft.opensAt,
    commentCount: draft.commentCount,
    responsePublished: draft.status === 'response-published',
  }));
}

/** The figures for a period, from what is published now. */
export async function electronicStatistics(range: StatisticsRange, now: Date = new Date()): Promise<ElectronicDocumentStatistics> {
  const [documents, drafts] = await Promise.all([documentRows(), draftRows(now)]);
  return electronicDocumentStatistics(documents, drafts, range);
}

/** 'YYYY-MM' → '11/2026'. */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

const number = (value: number | null): string => (value === null ? '' : String(value));

/** A group of the CSV: one row per key, its label and its figure (an empty cell for what cannot be computed). */
function group<K extends string>(heading: string, labels: Record<K, string>, values: Record<K, number | null>, keys: readonly K[]): string[][] {
  return keys.map((key) => [heading, labels[key], number(values[key])]);
}

/** The figures as one CSV (Excel: BOM, CRLF): indicator, group, value — the same rows as the page's tables. */
export function statisticsCsv(figures: ElectronicDocumentStatistics): string {
  const t = vi.electronicStatistics;
  const { documents: d, drafts } = figures;
  const rows: string[][] = [
    [t.csv.period, t.csv.from, figures.range.from ?? ''],
    [t.csv.period, t.csv.to, figures.range.to ?? ''],
    [t.csv.documents, t.total, String(d.total)],
    ...d.byMonth.map((m) => [t.byMonthHeading, monthLabel(m.month), String(m.count)]),
    ...d.byType.map((x) => [t.byTypeHeading, x.type ?? t.noType, String(x.count)]),
    ...group(t.signatureHeading, t.signature, d.signature, ['verified', 'problem', 'unsigned', 'pending', 'verifiedPercent']),
    ...group(t.receivedHeading, t.received, d.receivedVia, ['edxml', 'import', 'editor', 'electronicPercent']),
    ...group(t.delayHeading, { measured: t.delay.measured, medianDays: t.delay.median, p90Days: t.delay.p90 }, d.publicationDelay, ['measured', 'medianDays', 'p90Days']),
    ...group(t.draftsHeading, t.draftsRows, drafts, ['opened', 'withResponse', 'comments', 'answeredComments', 'answeredPercent']),
  ];
  return csvText([t.csv.indicator, t.csv.group, t.csv.value], rows);
}
