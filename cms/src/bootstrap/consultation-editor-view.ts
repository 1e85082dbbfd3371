import { CONSULTATION, PUBLIC_COMMENT } from '../model/uids';
import { derivedReadOnly, type EditorView } from './apply-editor-view';

/**
 * Vietnamese labels for consultations and comments in the admin panel. Derived fields are read-only; a comment's
 * own words are read-only for everyone (moderators decide, they do not edit what a citizen wrote). The comment
 * list is the moderation queue: newest first, with status and consultation, filterable in the content manager.
 */
const CONSULTATION_LABELS: Record<string, [string, string?]> = {
  title: ['Tên dự thảo'],
  slug: ['Đường dẫn', 'Chữ thường không dấu, nối bằng dấu gạch ngang: /du-thao/<đường dẫn>.'],
  draftingAgency: ['Cơ quan chủ trì soạn thảo'],
  draftingUnit: ['Đơn vị soạn thảo'],
  summary: ['Tóm tắt'],
  body: ['Toàn văn dự thảo', 'Chia "## Chương I. …" và "### Điều N. Tên điều"; mỗi điều có liên kết và nút góp ý riêng.'],
  attachments: ['Hồ sơ dự thảo', 'Dự thảo, tờ trình, báo cáo đánh giá tác động (PDF, DOCX, ODT).'],
  opensAt: ['Bắt đầu lấy ý kiến'],
  closesAt: ['Kết thúc lấy ý kiến', 'Thời gian lấy ý kiến phải đủ tối thiểu theo quy định (CONSULTATION_MIN_DAYS).'],
  receivingUnit: ['Đơn vị tiếp nhận ý kiến'],
  receivingAddress: ['Địa chỉ đơn vị tiếp nhận'],
  receivingEmail: ['Thư điện tử đơn vị tiếp nhận'],
  nationalPortalUrl: ['Liên kết Cổng Pháp luật quốc gia'],
  versionLabel: ['Phiên bản', 'Ví dụ: Dự thảo lần 2.'],
  previousVersions: ['Các phiên bản trước', 'Mỗi phiên bản giữ nguyên văn đã đăng.'],
  responseReport: ['Báo cáo tổng hợp, tiếp thu, giải trình'],
  responseReportFile: ['Tệp báo cáo tiếp thu, giải trình'],
  revisedDraft: ['Dự thảo đã chỉnh lý'],
  responsePublishedAt: ['Ngày công bố báo cáo tiếp thu'],
  consultationStatus: ['Trạng thái', 'Tự tính từ thời gian lấy ý kiến và báo cáo tiếp thu; không nhập tay.'],
  commentCount: ['Số góp ý đã duyệt', 'Tự tính.'],
};
const COMMENT_LABELS: Record<string, [string, string?]> = {
  consultationTitle: ['Dự thảo'],
  consultationId: ['Mã dự thảo'],
  moderationStatus: ['Trạng thái kiểm duyệt', 'Chờ duyệt → Đã duyệt (công khai), Từ chối (chọn lý do) hoặc Thư rác.'],
  rejectionReason: ['Lý do từ chối'],
  name: ['Họ và tên'],
  anonymous: ['Đề nghị ẩn danh'],
  organization: ['Cơ quan, tổ chức'],
  email: ['Thư điện tử (không công khai)'],
  phone: ['Điện thoại (không công khai)'],
  article: ['Điều góp ý (mã)'],
  articleLabel: ['Điều góp ý'],
  content: ['Nội dung góp ý'],
  attachments: ['Tệp đính kèm (lưu trước 12/2026)'],
  attachmentFiles: ['Tệp đính kèm', 'Tệp riêng tư của người gửi: người kiểm duyệt tải về ở khung “Tệp đính kèm của góp ý” bên phải.'],
  submittedAt: ['Thời điểm gửi'],
  moderatedAt: ['Thời điểm kiểm duyệt'],
  moderatedBy: ['Người kiểm duyệt'],
  idempotencyKey: ['Mã gửi'],
  contentHash: ['Dấu vân tay nội dung'],
  ipHash: ['Dấu vân tay địa chỉ'],
  receipt: ['Mã biên nhận', 'Mã GY-… gửi cho người góp ý; tìm góp ý theo mã người dân cung cấp.'],
  acknowledgement: ['Thư xác nhận', 'Khi nhận góp ý: sẽ gửi thư xác nhận, không gửi (địa chỉ này đã nhận một thư trong ngày) hoặc chưa cấu hình thư. Tình trạng gửi thật: mục Thư gửi đi.'],
};
const CONSULTATION_DERIVED = new Set(['consultationStatus', 'commentCount']);
const COMMENT_EDITABLE = new Set(['moderationStatus', 'rejectionReason']);

export const CONSULTATION_VIEWS: EditorView[] = [
  {
    uid: CONSULTATION,
    labels: CONSULTATION_LABELS,
    editable: derivedReadOnly(CONSULTATION_DERIVED),
    settings: { mainField: 'title', defaultSortBy: 'opensAt', defaultSortOrder: 'DESC' },
    list: ['title', 'opensAt', 'closesAt', 'consultationStatus', 'commentCount'],
  },
  {
    uid: PUBLIC_COMMENT,
    labels: COMMENT_LABELS,
    editable: (field) => COMMENT_EDITABLE.has(field),
    settings: { mainField: 'name', defaultSortBy: 'submittedAt', defaultSortOrder: 'DESC' },
    list: ['submittedAt', 'receipt', 'moderationStatus', 'consultationTitle', 'name', 'articleLabel', 'content'],
  },
];
