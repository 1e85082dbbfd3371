import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';
import { formatDateTime, publicCommenterName } from '@cong/content';

/**
 * Mail after a comment is stored: an acknowledgement to the commenter and a notification to the receiving
 * unit, through SMTP_URL (smtp://user:pass@host:port). Plain-text mails only, so a comment's text cannot turn
 * into markup. Sending happens after the 202 and never fails the submission: a failure is logged for the
 * operator, the comment is already safe in the database.
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

export async function sendCommentMails(strapi: Core.Strapi, consultation: ConsultationForMail, comment: StoredComment): Promise<void> {
  const smtp = transporter();
  if (!smtp) {
    strapi.log.warn(`[comments] SMTP_URL is not set: no mail sent for comment ${comment.documentId}. Set SMTP_URL to send acknowledgements.`);
    return;
  }
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
  const results = await Promise.allSettled([
    smtp.sendMail({
      from,
      to: comment.email,
      subject: `Đã nhận góp ý của Quý vị: ${consultation.title}`.slice(0, 200),
      text:
        `Kính gửi ${comment.name},\n\n${consultation.receivingUnit} đã nhận góp ý của Quý vị. ` +
        'Góp ý sẽ được công khai trên Cổng sau khi được kiểm duyệt; thư điện tử và số điện thoại của Quý vị không được công khai.\n\n' +
        `${summary}\n\nXem dự thảo: ${page}\n`,
    }),
    smtp.sendMail({
      from,
      to: consultation.receivingEmail,
      subject: `Góp ý mới cần kiểm duyệt: ${consultation.title}`.slice(0, 200),
      text:
        `${consultation.receivingUnit} nhận được góp ý mới, chờ kiểm duyệt trong trang quản trị (Góp ý dự thảo).\n\n` +
        `Người góp ý: ${publicCommenterName(comment)}${comment.organization ? ` (${comment.organization})` : ''}\n${summary}\n`,
    }),
  ]);
  for (const result of results) {
    if (result.status === 'rejected') {
      strapi.log.error(`[comments] mail for comment ${comment.documentId} failed (${String(result.reason)}); the comment is stored and unaffected.`);
    }
  }
}
