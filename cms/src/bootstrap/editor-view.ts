import { QUESTION_STATUS_LABELS, RATING_LABELS } from '@cong/content';
import { LEGAL_DOCUMENT, PAGE_RATING_TOTAL, QUESTION } from '../model/uids';
import { derivedReadOnly, type EditorView } from './apply-editor-view';

/**
 * The admin panel speaks the editor's language and protects derived fields: number key, slug and validity
 * are computed by the registry rules, so the edit view shows them read-only with a note saying why.
 */
const LABELS: Record<string, [label: string, description?: string]> = {
  number: ['Số ký hiệu', 'Ví dụ: 15/CT-TTg, 43/2011/NĐ-CP, 1950/TTg-KGVX'],
  numberKey: ['Khóa số ký hiệu', 'Tự tính từ số ký hiệu, dùng để liên kết các văn bản.'],
  slug: ['Đường dẫn', 'Tự tính từ số ký hiệu: /van-ban/<đường dẫn>.'],
  title: ['Trích yếu'],
  documentType: ['Loại văn bản'],
  issuingBody: ['Cơ quan ban hành'],
  signer: ['Người ký'],
  signerTitle: ['Chức danh người ký'],
  issuedDate: ['Ngày ban hành'],
  effectiveDate: ['Ngày có hiệu lực', 'Để trống nếu có hiệu lực từ ngày ban hành.'],
  expiryDate: ['Ngày hết hiệu lực'],
  gazetteNumber: ['Số công báo'],
  gazetteDate: ['Ngày đăng công báo'],
  fields: ['Lĩnh vực'],
  body: ['Toàn văn', 'Mỗi điều là một tiêu đề "## Điều N. Tên điều" để có liên kết tới từng điều.'],
  attachments: ['Tệp đính kèm', 'PDF, DOC, DOCX hoặc ODT.'],
  relations: ['Quan hệ với văn bản khác', 'Chỉ nhập ở văn bản tác động; văn bản bị tác động tự hiển thị chiều ngược lại.'],
  validityStatus: ['Tình trạng hiệu lực', 'Tự tính từ các ngày và quan hệ văn bản; không nhập tay.'],
  validityHistory: ['Lịch sử hiệu lực', 'Tự tính.'],
  needsReview: ['Cần biên tập viên xem lại'],
  reviewNote: ['Ghi chú cần xem lại'],
  sourceKey: ['Mã nguồn nhập', 'Tên tệp khi văn bản được nhập bằng công cụ nhập.'],
  receivedVia: ['Nguồn tiếp nhận', 'Tự ghi khi văn bản vào hệ thống (biên tập viên nhập, nhập từ tệp, nhận qua trục liên thông edXML); không sửa được.'],
  exchangeSender: ['Cơ quan gửi (liên thông)', 'Tự ghi từ gói edXML nhận được.'],
  exchangeReceivedAt: ['Thời điểm nhận (liên thông)', 'Tự ghi khi nhận gói edXML.'],
  firstPublishedAt: ['Đăng lần đầu lúc', 'Tự ghi khi văn bản được xuất bản lần đầu; không đổi khi xuất bản lại.'],
};
const DERIVED = new Set(['numberKey', 'slug', 'validityStatus', 'validityHistory', 'sourceKey', 'receivedVia', 'exchangeSender', 'exchangeReceivedAt', 'firstPublishedAt']);

export const LEGAL_DOCUMENT_VIEW: EditorView = {
  uid: LEGAL_DOCUMENT,
  labels: LABELS,
  editable: derivedReadOnly(DERIVED),
  settings: { mainField: 'number', defaultSortBy: 'issuedDate', defaultSortOrder: 'DESC' },
  list: ['number', 'title', 'issuedDate', 'validityStatus', 'needsReview'],
};

/** Hỏi đáp staff see the late questions first: code, subject, status, due date and the overdue flag in the list. */
const QUESTION_LABELS: Record<string, [label: string, description?: string]> = {
  code: ['Mã tra cứu', 'Tự tạo khi nhận câu hỏi; người hỏi dùng mã này để tra cứu.'],
  name: ['Người hỏi'],
  email: ['Thư điện tử người hỏi', 'Không công khai.'],
  phone: ['Điện thoại người hỏi', 'Không công khai.'],
  subject: ['Tiêu đề'],
  body: ['Câu hỏi'],
  submittedAt: ['Thời điểm gửi'],
  answerStatus: ['Tình trạng', `Câu trả lời hiện trên cổng khi "${QUESTION_STATUS_LABELS.answered}" và "Công khai câu hỏi và trả lời" được chọn.`],
  answer: ['Trả lời'],
  answeredAt: ['Thời điểm trả lời', `Tự điền khi chuyển sang "${QUESTION_STATUS_LABELS.answered}".`],
  answeredBy: ['Đơn vị trả lời'],
  showPublicly: ['Công khai câu hỏi và trả lời', 'Họ tên, thư điện tử, điện thoại không bao giờ được công khai.'],
  overdue: ['Quá hạn (15 ngày làm việc)', 'Tự tính hằng ngày, trừ ngày nghỉ lễ trong PUBLIC_HOLIDAYS.'],
  archived: ['Đã lưu trữ', 'Câu hỏi đã xử lý xong được lưu trữ, không xoá: câu hỏi của người dân là hồ sơ của cơ quan.'],
  dueDate: ['Hạn trả lời', 'Tự tính: 15 ngày làm việc sau ngày gửi.'],
  acknowledgement: ['Thư xác nhận', 'Khi nhận câu hỏi: sẽ gửi mã tra cứu qua thư, không gửi (địa chỉ này đã nhận một thư xác nhận trong ngày) hoặc chưa cấu hình thư.'],
  answerNotifiedAt: ['Đã báo người hỏi lúc', 'Tự điền khi câu trả lời được công khai lần đầu và thư báo được đưa vào Thư gửi đi.'],
};
const QUESTION_DERIVED = new Set(['code', 'overdue', 'dueDate', 'idempotencyKey', 'fingerprint', 'senderKey', 'acknowledgement', 'answerNotifiedAt']);

/** Q&A staff see late questions first, with the overdue flag; rating totals sorted by votes. */
export const QUESTION_DESK_VIEWS: EditorView[] = [
  {
    uid: QUESTION,
    labels: QUESTION_LABELS,
    editable: derivedReadOnly(QUESTION_DERIVED),
    settings: { mainField: 'subject', defaultSortBy: 'submittedAt', defaultSortOrder: 'ASC' },
    list: ['code', 'subject', 'answerStatus', 'overdue', 'dueDate'],
  },
  {
    uid: PAGE_RATING_TOTAL,
    labels: {
      path: ['Trang'],
      satisfied: [RATING_LABELS['hai-long']],
      neutral: [RATING_LABELS['binh-thuong']],
      unsatisfied: [RATING_LABELS['chua-hai-long']],
      total: ['Tổng số lượt'],
      lastRatedAt: ['Lượt gần nhất'],
    },
    editable: () => false,
    settings: { mainField: 'path', defaultSortBy: 'total', defaultSortOrder: 'DESC' },
    list: ['path', 'satisfied', 'neutral', 'unsatisfied', 'total'],
  },
];
