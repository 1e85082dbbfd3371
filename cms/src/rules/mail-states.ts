/**
 * The outbox's vocabulary (services/mail/outbox.ts says what each state means): the kinds of mail and the states a
 * mail goes through, with the words staff read in "Thư gửi đi". Kept apart from the outbox so the admin panel
 * names them without loading the outbox.
 */
export const MAIL_KINDS = ['comment-ack', 'comment-notice', 'question-ack', 'question-answered', 'subscription-confirm', 'subscription-digest'] as const;
export const MAIL_STATES = ['queued', 'sent', 'mail-off', 'retrying', 'failed'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export type MailState = (typeof MAIL_STATES)[number];

export const MAIL_KIND_LABELS: Readonly<Record<MailKind, string>> = {
  'comment-ack': 'Xác nhận góp ý',
  'comment-notice': 'Báo đơn vị tiếp nhận góp ý',
  'question-ack': 'Xác nhận câu hỏi',
  'question-answered': 'Báo câu hỏi đã được trả lời',
  'subscription-confirm': 'Đề nghị xác nhận đăng ký nhận tin',
  'subscription-digest': 'Bản tin hằng ngày gửi người nhận tin',
};

export const MAIL_STATE_LABELS: Readonly<Record<MailState, string>> = {
  queued: 'Chờ gửi',
  sent: 'Đã gửi',
  'mail-off': 'Không gửi: chưa cấu hình thư (SMTP_URL)',
  retrying: 'Gửi lỗi, sẽ thử lại',
  failed: 'Không gửi được',
};
