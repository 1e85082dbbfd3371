import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';
import { formatDateTime, publicCommenterName } from '@cong/content';

/**
 * The two mails of a stored comment: an acknowledgement to the commenter and a notification to the receiving
 * unit, through SMTP_URL (smtp://user:pass@host:port). Plain-text mails only, so a comment's text cannot turn
 * into markup. They are sent after the 202 by the outbox (comment-mail-outbox.ts) and never fail the
 * submission: the comment is already safe in the database.
 */
let transport: Transporter | null | undefined;

function transporter(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = process.env.SMTP_URL;
  // Pooled: a burst of comments reuses a few SMTP connections instead of opening two per comment.
  transport = url ? nodemailer.createTransport(/[?&]pool=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}pool=true`) : null;
  return transport;
}

export type StoredComment = {
  documentId: string;
  name: string;
  anonymous: boolean;
  email: string;
  organization: string | null;
  articleLabel: string | null;
  content: string;
  submittedAt: string;
};

export type ConsultationForMail = { title: string; receivingUnit: string; receivingEmail: string; slug: string };

export type CommentMailKind = 'ack' | 'notice';

export type CommentMailer = {
  send(kind: CommentMailKind, consultation: ConsultationForMail, comment: StoredComment): Promise<void>;
};

/** The mailer, or null when SMTP_URL is not set (comments are still accepted; the outbox logs it). */
export function commentMailer(): CommentMailer | null {
  const smtp = transporter();
  if (!smtp) return null;
  return {
    async send(kind, consultation, comment) {
      const from = process.env.MAIL_FROM || 'Cổng thông tin điện tử <no-reply@cong.local>';
      const site = (process.env.PUBLIC_SITE_URL || '').replace(/\/+$/, '');
      const page = site ? `${site}/du-thao/${consultation.slug}` : `/du-thao/${consultation.slug}`;
      const summary = [
        `Dự thảo: ${consultation.title}`,
        `Mã góp ý: ${comment.documentId}`,
        `Thời điểm nhận: ${formatDateTime(comment.submittedAt)}`,
        comment.articleLabel ? `Góp ý về: ${comment.articleLabel}` : 'Góp ý về: toàn bộ dự thảo',
        '',
        'Nội dung góp ý:',
        comment.content,
      ].join('\n');
      if (kind === 'ack') {
        await smtp.sendMail({
          from,
          to: comment.email,
          subject: `Đã nhận góp ý của Quý vị: ${consultation.title}`.slice(0, 200),
          text:
            `Kính gửi ${comment.name},\n\n${consultation.receivingUnit} đã nhận góp ý của Quý vị. ` +
            'Góp ý sẽ được công khai trên Cổng sau khi được kiểm duyệt; thư điện tử và số điện thoại của Quý vị không được công khai.\n\n' +
            `${summary}\n\nXem dự thảo: ${page}\n`,
        });
        return;
      }
      await smtp.sendMail({
        from,
        to: consultation.receivingEmail,
        subject: `Góp ý mới cần kiểm duyệt: ${consultation.title}`.slice(0, 200),
        text:
          `${consultation.receivingUnit} nhận được góp ý mới, chờ kiểm duyệt trong trang quản trị (Góp ý dự thảo).\n\n` +
          `Người góp ý: ${publicCommenterName(comment)}${comment.organization ? ` (${comment.organization})` : ''}\n${summary}\n`,
      });
    },
  };
}

/** The server refused the mail for good (SMTP 5xx: no such mailbox, policy): sending it again cannot help. */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
