import { z } from 'zod';
import { isCalendarDate, toVietnamDay } from './dates.ts';
import { type ReceivedVia, ReceivedViaSchema, RECEIVED_VIA } from './document-provenance.ts';
import { type DocumentSignatureStatus, DOCUMENT_SIGNATURE_STATUSES, documentSignatureStatus, type SignatureReport, SignatureReportSchema } from './signature-verdict.ts';

/**
 * Thống kê văn bản điện tử (issue 14 §5): the figures the directives on electronic documents ask of a portal,
 * computed from the registry and the drafts as they are published — never typed in. Input rows → figures, pure;
 * the site gathers the rows (site/src/lib/electronic-statistics/) and renders the page, the API and the CSV from
 * one result of `electronicDocumentStatistics`.
 *
 * Definitions (the page and docs/architecture.md say the same):
 * - a document counts in the period of its first publication on the portal (`firstPublishedAt`, set once by the
 *   CMS; a re-publish does not move it), on its Vietnamese day;
 * - "verified": `documentSignatureStatus` of its originals' reports is `verified` (a file without a report counts
 *   as not verified yet: `pending`);
 * - "electronic": received as an edXML package; a document that does not say how it came is an editor's;
 * - signing → publication: from the earliest `signedAt` of a valid signature, else the issued date at 00:00 in
 *   Asia/Ho_Chi_Minh, to the first publication; in days (one decimal), median and 90th percentile by nearest rank
 *   (the smallest observed delay that at least that share of documents did not exceed); a document imported from
 *   files (`receivedVia: 'import'`, an archive loaded at once) is not measured: its delay says nothing of publishing;
 * - a draft counts in the period it opened for comment; its comments are the approved (public) ones; a comment is
 *   "answered" when its draft's response (báo cáo tiếp thu, giải trình) is published.
 */

// ── Rows ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** One published document as the statistics need it. Optional fields are read as absent before their feature. */
export const StatisticsDocumentRowSchema = z.object({
  /** The document type's name ("Quyết định"); null when none is set. */
  type: z.string().nullable(),
  /** 'YYYY-MM-DD'. */
  issuedDate: z.string().nullable(),
  /** ISO instant of the first publication on the portal. */
  firstPublishedAt: z.string(),
  /** Absent before the edXML import exists: an editor's. */
  receivedVia: ReceivedViaSchema.nullish().transform((value): ReceivedVia => value ?? 'editor'),
  /** One per original file; null for a file without a (valid) report. */
  signatureReports: z.array(SignatureReportSchema.nullable()),
});
export type StatisticsDocumentRow = z.input<typeof StatisticsDocumentRowSchema>;

/** One published draft (dự thảo lấy ý kiến). */
export const StatisticsDraftRowSchema = z.object({
  /** ISO instant the comment period opened. */
  opensAt: z.string(),
  /** Approved comments. */
  commentCount: z.number().int().nonnegative(),
  /** The draft's response report is published. */
  responsePublished: z.boolean(),
});
export type StatisticsDraftRow = z.input<typeof StatisticsDraftRowSchema>;

// ── The period ────────────────────────────────────────────────────────────────────────────────────────────────

/** Inclusive Vietnamese days 'YYYY-MM-DD'; null = unbounded. */
export type StatisticsRange = { from: string | null; to: string | null };

export type StatisticsRangeResult = { ok: true; range: StatisticsRange } | { ok: false; field: 'from' | 'to'; message: string };

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** 'dd/mm/yyyy' (typed) or 'yyyy-mm-dd' (a date input) → 'YYYY-MM-DD'; '' → null; anything else → undefined. */
export function parseStatisticsDate(raw: string | null | undefined): string | null | undefined {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
  return isCalendarDate(iso) ? iso : undefined;
}

const FIELD_NAMES = { from: 'Từ ngày', to: 'Đến ngày' } as const;

/** The period asked for (`from`, `to` query parameters), or the Vietnamese message that says what to fix. */
export function parseStatisticsRange(input: { from?: string | null; to?: string | null }): StatisticsRangeResult {
  const range: StatisticsRange = { from: null, to: null };
  for (const field of ['from', 'to'] as const) {
    const raw = input[field];
    if (raw !== undefined && raw !== null && raw.length > 40) return { ok: false, field, message: `"${FIELD_NAMES[field]}" quá dài: nhập ngày dạng dd/mm/yyyy, ví dụ 25/11/2026.` };
    const day = parseStatisticsDate(raw);
    if (day === undefined) return { ok: false, field, message: `"${FIELD_NAMES[field]}" không phải một ngày có thật: nhập dạng dd/mm/yyyy, ví dụ 25/11/2026.` };
    range[field] = day;
  }
  if (range.from && range.to && range.from > range.to) return { ok: false, field: 'to', message: '"Đến ngày" phải cùng ngày hoặc sau "Từ ngày".' };
  return { ok: true, range };
}

function inRange(day: string, range: StatisticsRange): boolean {
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}

// ── The figures ───────────────────────────────────────────────────────────────────────────────────────────────

const Count = z.number().int().nonnegative();
/** 0–100 with one decimal; null when there is nothing to divide by. */
const Percent = z.number().min(0).max(100).nullable();

export const ElectronicDocumentStatisticsSchema = z.object({
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  documents: z.object({
    /** Documents first published in the period. */
    total: Count,
    /** By month of first publication ('YYYY-MM'), oldest first; months without a document are left out. */
    byMonth: z.array(z.object({ month: z.string(), count: Count })),
    /** By document type, most first; "Khác" (null) for documents without a type. */
    byType: z.array(z.object({ type: z.string().nullable(), count: Count })),
    signature: z.object({
      verified: Count,
      problem: Count,
      unsigned: Count,
      /** Some original not verified (yet). */
      pending: Count,
      verifiedPercent: Percent,
    }),
    receivedVia: z.object({ editor: Count, import: Count, edxml: Count, electronicPercent: Percent }),
    publicationDelay: z.object({
      /** Documents with a signing time (a valid signature or an issued date), imported ones left out. */
      measured: Count,
      medianDays: z.number().nonnegative().nullable(),
      p90Days: z.number().nonnegative().nullable(),
    }),
  }),
  drafts: z.object({
    /** Drafts whose comment period opened in the period. */
    opened: Count,
    withResponse: Count,
    /** Approved comments on those drafts. */
    comments: Count,
    /** Of which on a draft whose response is published. */
    answeredComments: Count,
    answeredPercent: Percent,
  }),
});
export type ElectronicDocumentStatistics = z.output<typeof ElectronicDocumentStatisticsSchema>;

/** `part / whole` as a percentage with one decimal; null for an empty whole. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The nearest-rank percentile of sorted values: the smallest value with at least `p` of them at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
}

const DAY_MS = 86_400_000;

/** When the document was signed: its earliest valid signature, else its issued date at 00:00 in Vietnam (UTC+7, no DST). */
export function signingTime(row: Pick<StatisticsDocumentRow, 'issuedDate' | 'signatureReports'>): number | null {
  const signed = row.signatureReports
    .flatMap((report: SignatureReport | null) => report?.signatures ?? [])
    .filter((s) => s.verdict === 'valid' && s.signedAt)
    .map((s) => Date.parse(s.signedAt!))
    .filter(Number.isFinite);
  if (signed.length > 0) return Math.min(...signed);
  return row.issuedDate && isCalendarDate(row.issuedDate) ? Date.parse(`${row.issuedDate}T00:00:00+07:00`) : null;
}

/** Days from signing to first publication, one decimal, never below zero (a document posted before its date). */
export function publicationDelayDays(row: Pick<StatisticsDocumentRow, 'issuedDate' | 'signatureReports' | 'firstPublishedAt'>): number | null {
  const signed = signingTime(row);
  const published = Date.parse(row.firstPublishedAt);
  if (signed === null || !Number.isFinite(published)) return null;
  return Math.round(Math.max(0, (published - signed) / DAY_MS) * 10) / 10;
}

export function electronicDocumentStatistics(
  documentRows: readonly StatisticsDocumentRow[],
  draftRows: readonly StatisticsDraftRow[],
  range: StatisticsRange = { from: null, to: null },
): ElectronicDocumentStatistics {
  const documents = documentRows.map((row) => StatisticsDocumentRowSchema.parse(row)).filter((row) => inRange(toVietnamDay(row.firstPublishedAt), range));
  const byMonth = new Map<string, number>();
  const byType = new Map<string | null, number>();
  const signature = Object.fromEntries(DOCUMENT_SIGNATURE_STATUSES.map((s) => [s, 0])) as Record<DocumentSignatureStatus, number>;
  const via = Object.fromEntries(RECEIVED_VIA.map((v) => [v, 0])) as Record<ReceivedVia, number>;
  const delays: number[] = [];
  for (const row of documents) {
    const month = toVietnamDay(row.firstPublishedAt).slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    byType.set(row.type, (byType.get(row.type) ?? 0) + 1);
    signature[documentSignatureStatus(row.signatureReports)] += 1;
    via[row.receivedVia] += 1;
    const delay = row.receivedVia === 'import' ? null : publicationDelayDays(row);
    if (delay !== null) delays.push(delay);
  }
  delays.sort((a, b) => a - b);

  const drafts = draftRows.map((row) => StatisticsDraftRowSchema.parse(row)).filter((row) => inRange(toVietnamDay(row.opensAt), range));
  const comments = drafts.reduce((sum, d) => sum + d.commentCount, 0);
  const answeredComments = drafts.filter((d) => d.responsePublished).reduce((sum, d) => sum + d.commentCount, 0);

  return ElectronicDocumentStatisticsSchema.parse({
    range,
    documents: {
      total: documents.length,
      byMonth: [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count })),
      byType: [...byType]
        .sort(([a, x], [b, y]) => y - x || (a ?? '\uffff').localeCompare(b ?? '\uffff', 'vi'))
        .map(([type, count]) => ({ type, count })),
      signature: { ...signature, verifiedPercent: percent(signature.verified, documents.length) },
      receivedVia: { ...via, electronicPercent: percent(via.edxml, documents.length) },
      publicationDelay: { measured: delays.length, medianDays: nearestRank(delays, 0.5), p90Days: nearestRank(delays, 0.9) },
    },
    drafts: {
      opened: drafts.length,
      withResponse: drafts.filter((d) => d.responsePublished).length,
      comments,
      answeredComments,
      answeredPercent: percent(answeredComments, comments),
    },
  });
}

/** The API's answer: `{ data: figures }`. */
export const ApiElectronicDocumentStatisticsSchema = z.object({ data: ElectronicDocumentStatisticsSchema });
