import nodemailer, { type Transporter } from 'nodemailer';
import type { Mail } from '../../rules/mail-messages';
import { cmsEnv } from '../../env';

/**
 * SMTP through SMTP_URL (smtp://user:pass@host:587), pooled: a burst of mails reuses a few connections. Unset
 * means mail is not configured: submissions are still accepted, their answer says `mail-off`, and the outbox
 * records each mail as not sent for that reason. `npm start` points SMTP_URL at a local mail catcher.
 */
let transport: Transporter | null | undefined;

export function mailConfigured(): boolean {
  return cmsEnv().SMTP_URL !== undefined;
}

function transporter(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = cmsEnv().SMTP_URL;
  transport = url ? nodemailer.createTransport(/[?&]pool=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}pool=true`) : null;
  return transport;
}

export type MailSender = (to: string, mail: Mail, headers?: Record<string, string>) => Promise<void>;

/** Sends one plain-text mail from MAIL_FROM, or null when mail is not configured. */
export function mailSender(): MailSender | null {
  const smtp = transporter();
  if (!smtp) return null;
  const from = cmsEnv().MAIL_FROM?.trim() || 'Cổng thông tin điện tử <no-reply@cong.local>';
  return async (to, mail, headers = {}) => {
    await smtp.sendMail({
      from,
      to,
      subject: mail.subject,
      text: mail.text,
      // RFC 3834: an automatic mail; well-behaved auto-responders do not answer it (no reply loops).
      headers: { ...headers, 'Auto-Submitted': 'auto-generated' },
    });
  };
}

/** The server refused the mail for good (SMTP 5xx: no such mailbox, policy): sending it again cannot help. */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * What went wrong, for the log and the outbox row, without the recipient's address (review I6): nodemailer's
 * messages and the server's replies often quote it ("550 5.1.1 <a@b.vn>: Recipient address rejected").
 */
export function describeMailError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
  const text = typeof e.response === 'string' && e.response ? e.response : typeof e.message === 'string' ? e.message : String(error);
  const parts = [typeof e.code === 'string' ? e.code : null, typeof e.responseCode === 'number' && !text.startsWith(String(e.responseCode)) ? String(e.responseCode) : null, withoutAddresses(text)];
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim().slice(0, 250);
}

function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g, '[địa chỉ]');
}
