import type { Core } from '@strapi/strapi';
import { OUTBOUND_MAIL } from '../model/uids';
import { applyEditorView } from './apply-editor-view';

/**
 * "Thư gửi đi" in the admin: every mail and its true state, newest first, searchable by the receipt or lookup
 * code a citizen quotes (`reference`). Read-only: the outbox writes these rows, staff only read them.
 */
const LABELS: Record<string, [string, string?]> = {
  createdAt: ['Thời điểm tạo'],
  kind: ['Loại thư', 'comment-ack: xác nhận góp ý; comment-notice: báo đơn vị tiếp nhận; question-ack: xác nhận câu hỏi; question-answered: báo câu hỏi đã được trả lời; subscription-confirm: đề nghị xác nhận đăng ký nhận tin; subscription-digest: bản tin hằng ngày gửi người nhận tin.'],
  reference: ['Mã biên nhận / mã câu hỏi'],
  recipient: ['Người nhận'],
  subject: ['Tiêu đề'],
  text: ['Nội dung thư'],
  state: ['Tình trạng', 'queued: chờ gửi; sent: đã gửi; mail-off: không gửi vì chưa cấu hình thư (SMTP_URL); retrying: gửi lỗi, sẽ thử lại; failed: không gửi được (máy chủ thư từ chối).'],
  attempts: ['Số lần gửi lỗi'],
  nextAttemptAt: ['Thử lại lúc'],
  lastError: ['Lỗi gần nhất', 'Không ghi địa chỉ người nhận.'],
  sentAt: ['Đã gửi lúc'],
  ackKey: ['Khóa thư xác nhận trong ngày', 'Mỗi hộp thư nhận tối đa một thư xác nhận mỗi ngày.'],
  headers: ['Tiêu đề thư bổ sung', 'Ví dụ List-Unsubscribe của bản tin (liên kết hủy nhận tin).'],
};

export async function configureMailOutboxView(strapi: Core.Strapi): Promise<void> {
  await applyEditorView(strapi, {
    uid: OUTBOUND_MAIL,
    labels: LABELS,
    editable: () => false,
    settings: { mainField: 'reference', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' },
    list: ['createdAt', 'kind', 'reference', 'state', 'attempts', 'sentAt', 'lastError'],
  });
}
