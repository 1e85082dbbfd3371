import { consultationPeriodProblem } from '@cong/content';
import { instant } from '../model/rows';

/**
 * What an item needs before the public may see it, as plain rules (no framework): the document middlewares
 * (document-middlewares/consultation.ts, legal-document.ts) read the stored draft and refuse the publish with
 * the message. Each message is the editor's: Vietnamese, naming what is missing and what to do.
 */
export type PublishProblem = { message: string; field?: string };

/** The consultation draft as the rule reads it (stored row merged with the edit being saved). */
export type ConsultationDraft = {
  title?: unknown;
  receivingUnit?: unknown;
  receivingAddress?: unknown;
  receivingEmail?: unknown;
  opensAt?: unknown;
  closesAt?: unknown;
};

/** A draft reaches the public only with a long enough window and the receiving unit the law requires. */
export function consultationPublishProblem(draft: ConsultationDraft, minDays: number): PublishProblem | null {
  const missing = [
    !draft.title && 'tên dự thảo',
    !draft.receivingUnit && 'đơn vị tiếp nhận ý kiến',
    !draft.receivingAddress && 'địa chỉ đơn vị tiếp nhận',
    !draft.receivingEmail && 'thư điện tử đơn vị tiếp nhận',
  ].filter(Boolean);
  if (missing.length) return { message: `Chưa thể xuất bản: dự thảo còn thiếu ${missing.join(', ')}. Bổ sung rồi xuất bản lại.` };
  const problem = consultationPeriodProblem(instant(draft.opensAt), instant(draft.closesAt), minDays);
  return problem ? { message: problem, field: 'closesAt' } : null;
}

/** The legal document's draft as the rule reads it (relations present or not). */
export type LegalDocumentDraft = {
  number?: unknown;
  issuedDate?: unknown;
  title?: unknown;
  documentType?: unknown;
  issuingBody?: unknown;
};

/** A document reaches the public only with the statutory minimum filled in (NĐ 43/2011 Điều 10 e and successors). */
export function legalDocumentPublishProblem(draft: LegalDocumentDraft): PublishProblem | null {
  const missing = [
    !draft.number && 'số ký hiệu',
    !draft.issuedDate && 'ngày ban hành',
    !draft.title && 'trích yếu',
    !draft.documentType && 'loại văn bản',
    !draft.issuingBody && 'cơ quan ban hành',
  ].filter(Boolean);
  return missing.length ? { message: `Chưa thể xuất bản: văn bản còn thiếu ${missing.join(', ')}. Bổ sung rồi xuất bản lại.` } : null;
}
