import { OUTBOUND_MAIL } from '../model/uids';
import type { EditorView } from './apply-editor-view';

/**
 * "Thư gửi đi" in the admin: every mail and its true state, newest first, searchable by the receipt or lookup
 * code a citizen quotes (`reference`). Read-only: the outbox writes these rows, staff only read them.
 */
const LABELS: Record<string, [string, string?]> = {
  createdAt: ['Thời điểm tạo'],
  kind: ['Loại thư'],
  reference: ['Mã biên nhận / mã câu hỏi'],
  recipient: ['Người nhận'],
  subject: ['Tiêu đề'],
  text: ['Nội dung thư'],
  state: ['Tình trạng', 'Tình trạng gửi thật. "Gửi lỗi, sẽ thử lại": máy chủ thư chưa nhận, thử lại giãn dần; "Không gửi được": máy chủ thư từ chối hẳn, hoặc vẫn lỗi sau nhiều lần thử.'],
  attempts: ['Số lần gửi lỗi'],
  nextAttemptAt: ['Thử lại lúc'],
  lastError: ['Lỗi gần nhất', 'Không ghi địa chỉ người nhận.'],
  sentAt: ['Đã gửi lúc'],
  ackKey: ['Khóa thư xác nhận trong ngày', 'Mỗi hộp thư nhận tối đa một thư xác nhận mỗi ngày.'],
  headers: ['Tiêu đề thư bổ sung', 'Ví dụ List-Unsubscribe của bản tin (liên kết hủy nhận tin).'],
};

export const MAIL_OUTBOX_VIEW: EditorView = {
  uid: OUTBOUND_MAIL,
  labels: LABELS,
  editable: () => false,
  settings: { mainField: 'reference', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' },
  list: ['createdAt', 'kind', 'reference', 'state', 'attempts', 'sentAt', 'lastError'],
};
