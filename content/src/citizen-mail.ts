import { z } from 'zod';
import { todayInVietnam } from './dates.ts';
import { mailboxKey } from './email-address.ts';

/**
 * The rules of the mail the portal sends to citizens, shared by the CMS (which sends it) and the site (which
 * promises it): the receipt code a comment gets, what the CMS answers about the acknowledgement, and the
 * one-acknowledgement-per-mailbox-per-day rule.
 */

/**
 * What the CMS answers about a submission's acknowledgement mail:
 * - `queued`: an acknowledgement will be sent (the page may promise an e-mail);
 * - `limited`: this mailbox already got one today (at most one a day, whatever was submitted): no new mail;
 * - `mail-off`: mail is not configured on this portal: no mail will be sent.
 */
export const AcknowledgementSchema = z.enum(['queued', 'limited', 'mail-off']);
export type Acknowledgement = z.output<typeof AcknowledgementSchema>;
/** What the CMS decided about the acknowledgement when it took the comment or question in (the admin's wording). */
export const ACKNOWLEDGEMENT_LABELS: Readonly<Record<Acknowledgement, string>> = {
  queued: 'Sẽ gửi thư xác nhận',
  limited: 'Không gửi: địa chỉ này đã nhận một thư xác nhận trong ngày',
  'mail-off': 'Không gửi: chưa cấu hình thư',
};

// No I and no O, so a code read over the phone is not mistaken for 1 or 0.
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A comment's receipt code: "GY-2026-7K3Q9M", the year it was received (in Vietnam) and six random characters. */
export const ReceiptCodeSchema = z.string().regex(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/, 'Mã biên nhận có dạng GY-2026-7K3Q9M.');
export type ReceiptCode = z.output<typeof ReceiptCodeSchema>;

/** A fresh receipt code for a comment received at `now` (34^6 ≈ 1.5 billion a year; the CMS checks it is unused). */
export function newReceiptCode(now: Date = new Date(), random: (max: number) => number = secureRandom): string {
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += RECEIPT_ALPHABET[random(RECEIPT_ALPHABET.length)];
  return `GY-${todayInVietnam(now).slice(0, 4)}-${tail}`;
}

/** Uniform in [0, max): values of the 32-bit draw above the last whole multiple of max are drawn again. */
function secureRandom(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  for (;;) {
    const [value = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
    if (value < limit) return value % max;
  }
}

/**
 * The key of the one-acknowledgement-per-day rule: the mailbox (mailboxKey: case, +tags and the dots Gmail
 * ignores do not make a new recipient) and the day in Vietnam. Two acknowledgements with the same key are one
 * too many, whichever kind (comment, question) they are.
 */
export function acknowledgementKey(address: string, now: Date = new Date()): string {
  return `${todayInVietnam(now)}|${mailboxKey(address)}`;
}
