import ExcelJS from 'exceljs';
import { COMMENT_STATUS_LABELS, csvText, formatDateTime, publicCommenterName, REJECTION_REASON_LABELS } from '@cong/content';

/**
 * A consultation's comments for the synthesis report (báo cáo tổng hợp): CSV (UTF-8 with a BOM, so Excel reads
 * Vietnamese correctly; content/src/csv.ts) and XLSX. Comment text is data, never a formula: a cell starting
 * with = + - @ is prefixed with an apostrophe in CSV and written as a plain string in XLSX.
 */
export type ExportRow = {
  documentId: string;
  receipt: string | null;
  submittedAt: string | null;
  moderationStatus: string;
  rejectionReason: string | null;
  name: string;
  anonymous: boolean;
  organization: string | null;
  email: string | null;
  phone: string | null;
  article: string | null;
  articleLabel: string | null;
  content: string;
};

export const EXPORT_COLUMNS = ['Mã', 'Mã biên nhận', 'Thời điểm gửi', 'Trạng thái', 'Lý do từ chối', 'Người góp ý', 'Cơ quan, tổ chức', 'Thư điện tử', 'Điện thoại', 'Điều', 'Nội dung'] as const;

export function exportCells(row: ExportRow): string[] {
  return [
    row.documentId,
    row.receipt ?? '',
    row.submittedAt ? formatDateTime(row.submittedAt) : '',
    (COMMENT_STATUS_LABELS as Record<string, string>)[row.moderationStatus] ?? row.moderationStatus,
    row.rejectionReason ? (REJECTION_REASON_LABELS as Record<string, string>)[row.rejectionReason] ?? row.rejectionReason : '',
    row.anonymous ? `${publicCommenterName(row)} (${row.name})` : row.name,
    row.organization ?? '',
    row.email ?? '',
    row.phone ?? '',
    row.articleLabel ?? row.article ?? 'Toàn bộ dự thảo',
    row.content,
  ];
}

export function commentsCsv(rows: ExportRow[]): Buffer {
  return Buffer.from(csvText(EXPORT_COLUMNS, rows.map(exportCells)), 'utf8');
}

export async function commentsXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng';
  const sheet = workbook.addWorksheet('Góp ý');
  sheet.addRow([title]);
  sheet.addRow([...EXPORT_COLUMNS]).font = { bold: true };
  for (const row of rows) sheet.addRow(exportCells(row));
  sheet.columns.forEach((column, index) => {
    column.width = index === EXPORT_COLUMNS.length - 1 ? 80 : 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
