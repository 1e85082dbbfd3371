import { z } from 'zod';

/**
 * The text layer of an original file (PDF, DOCX, ODT) attached to a document, extracted by the CMS in a queue so
 * that a search matching only an attachment finds the document, names the file and the page. A PDF without a
 * text layer (a scan) is flagged for the editor: it needs digitising.
 */
export const ORIGINAL_TEXT_STATUSES = ['pending', 'extracted', 'needs-digitising', 'failed', 'unsupported'] as const;
export const OriginalTextStatusSchema = z.enum(ORIGINAL_TEXT_STATUSES);
export type OriginalTextStatus = z.output<typeof OriginalTextStatusSchema>;

export const ORIGINAL_TEXT_STATUS_LABELS: Readonly<Record<OriginalTextStatus, string>> = {
  pending: 'Đang trích xuất nội dung',
  extracted: 'Đã trích xuất nội dung',
  'needs-digitising': 'Cần số hóa (tệp quét, không có lớp văn bản)',
  failed: 'Không trích xuất được nội dung',
  unsupported: 'Định dạng không hỗ trợ trích xuất',
};
