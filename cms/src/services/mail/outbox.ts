import type { Core } from '@strapi/strapi';
import { newDocumentId } from '../../strapi-internals/document-id';
import type { Mail } from '../../rules/mail-messages';
import { afterFailure, IntakeYield } from '../../rules/mail-pacing';
import { describeMailError, isPermanentMailError, mailConfigured, mailSender } from './transport';
import type { MailKind, MailState } from '../../rules/mail-states';
import { OUTBOUND_MAIL } from '../../model/uids';
import { instant, type OutboundMailRow } from '../../model/rows';
import { WakeTimer } from '../wake-timer';

type MailId = OutboundMailRow['id'];

type Row = Record<string, unknown>;

/**
 * One durable outbox for every mail the portal sends (content type "Thư gửi đi", table mail_outbox). Each mail
 * is a row written with what caused it — a comment's in the same transaction as the comment — so a CMS
 * restart or an SMTP outage delays a mail, never loses it. The row tells the truth about its mail:
 * - `queued`: waiting to be sent;
 * - `sent` (with `sentAt`);
 * - `mail-off`: not sent because mail is not configured (SMTP_URL unset when it was written or sent);
 * - `retrying`: the server could not be reached or answered 4xx; `attempts`, `nextAttemptAt` and `lastError`
 *   (never the recipient's address) say how it goes; retried with a growing delay, for up to GIVE_UP_MS;
 * - `failed`: refused for good (SMTP 5xx, e.g. no such mailbox), or still failing after GIVE_UP_MS.
 * Mail yields to intake and failed mails are retried with a growing delay (rules/mail-pacing.ts); the outbox
 * sends BATCH mails per round, SENDERS at a time.
 */
export { MAIL_KINDS, MAIL_STATES, type MailKind, type MailState } from '../../rules/mail-states';
export type OutgoingMail = Mail & {
  kind: MailKind;
  to: string;
  /** The receipt or lookup code the mail is about, so staff find it by the code a citizen quotes. */
  reference: string;
  /** The one-acknowledgement-per-day key (acknowledgement-quota.ts, beside this file) for a mail to a citizen; null otherwise. */
  ackKey?: string | null;
  /** Headers of the mail itself, e.g. a digest's List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC 8058). */
  headers?: Record<string, string>;
};

const BATCH = 20;
/** Mails sent at the same time; the SMTP pool holds 5 connections. */
const SENDERS = 4;
const TICK_MS = 300;
const PENDING: MailState[] = ['queued', 'retrying'];

/** The row of one mail, ready to insert; written `mail-off` at once when mail is not configured. */
export function outboxRow(mail: OutgoingMail, now: Date): Row {
  const on = mailConfigured();
  return {
    documentId: newDocumentId(),
    kind: mail.kind,
    reference: mail.reference,
    recipient: mail.to,
    subject: mail.subject,
    text: mail.text,
    // A mail that is not sent does not use up the day's acknowledgement.
    ackKey: on ? (mail.ackKey ?? null) : null,
    headers: mail.headers ?? null,
    state: on ? 'queued' : 'mail-off',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
}

export class MailOutbox {
  private readonly timer = new WakeTimer(() => void this.tick());
  private running = false;
  /** A mail was queued while a batch was being sent: look again when it ends. */
  private kickedWhileRunning = false;
  private stopped = false;
  private readonly intake = new IntakeYield();
  private warnedMailOff = false;

  constructor(private readonly strapi: Core.Strapi) {}

  /** Writes mails (in the caller's transaction, if any); kick() once that is committed. */
  async write(mails: OutgoingMail[], now = new Date()): Promise<void> {
    if (mails.length) await this.strapi.db.query(OUTBOUND_MAIL).createMany({ data: mails.map((m) => outboxRow(m, now)) });
  }

  /** Writes mails on their own and sends them soon. */
  async enqueue(mails: OutgoingMail[], now = new Date()): Promise<void> {
    await this.write(mails, now);
    this.kick();
  }

  /** At bootstrap: says plainly when mail is off, and sends what waited while the CMS was down. */
  start(): void {
    if (!mailConfigured()) {
      this.strapi.log.warn('[mail] SMTP_URL is not set: submissions are accepted and answer "mail-off"; every mail is recorded as not sent. Set SMTP_URL (and MAIL_FROM) to send them.');
      this.warnedMailOff = true;
    }
    this.kick();
  }

  /** Mails were queued: send them soon (coalesced with others). */
  kick(): void {
    this.intake.noteIntake(Date.now());
    if (this.running) this.kickedWhileRunning = true;
    else this.schedule(TICK_MS);
  }

  stop(): void {
    this.stopped = true;
    this.timer.cancel();
  }

  private holdingBack(): boolean {
    return this.intake.holdingBack(Date.now());
  }

  /** Wakes at most once at a time, at the earliest time asked for. */
  private schedule(delayMs: number): void {
    if (this.stopped || this.running) return;
    this.timer.atLatest(delayMs);
  }

  /** Sends one batch; then wakes again for the next batch, or when the next retry is due. */
  async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    this.kickedWhileRunning = false;
    let wakeIn: number | null = null;
    try {
      wakeIn = await this.sendBatch();
    } catch (error) {
      this.strapi.log.error(`[mail] outbox: ${describeMailError(error)}; trying again in 5 s`);
      wakeIn = 5000;
    } finally {
      this.running = false;
    }
    if (this.kickedWhileRunning) this.schedule(TICK_MS);
    if (wakeIn !== null) this.schedule(wakeIn);
  }

  /** Milliseconds until the outbox should look again, or null when nothing waits. */
  private async sendBatch(): Promise<number | null> {
    // Decided before reading the rows: while intake is busy the outbox costs nothing but this check.
    if (this.holdingBack()) return TICK_MS;
    const now = new Date();
    const rows: OutboundMailRow[] = await this.strapi.db.query(OUTBOUND_MAIL).findMany({
      where: { state: { $in: PENDING }, nextAttemptAt: { $lte: now } },
      select: ['id', 'kind', 'reference', 'recipient', 'subject', 'text', 'headers', 'attempts', 'createdAt'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    if (!rows.length) return this.nextRetryIn();
    const send = mailSender();
    if (!send) {
      await this.mark(rows.map((r) => r.id), { state: 'mail-off' });
      if (!this.warnedMailOff) this.strapi.log.warn('[mail] SMTP_URL is not set: mails are recorded as not sent (outbox state "mail-off"). Set SMTP_URL to send them.');
      this.warnedMailOff = true;
      return rows.length === BATCH ? TICK_MS : null;
    }
    // Mails that went out are marked together, one write per batch rather than per mail.
    const sent: MailId[] = [];
    const queue = [...rows];
    let serverDown = false;
    let heldBack = false;
    const worker = async () => {
      for (let row = queue.shift(); row && !serverDown; row = queue.shift()) {
        if (this.holdingBack()) {
          heldBack = true;
          return;
        }
        try {
          await send(row.recipient ?? '', { subject: row.subject ?? '', text: row.text ?? '' }, mailHeaders(row.headers));
          sent.push(row.id);
        } catch (error) {
          serverDown = !(await this.failed(row, error));
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: SENDERS }, worker));
    } finally {
      if (sent.length) await this.mark(sent, { state: 'sent', sentAt: new Date(), lastError: null });
    }
    // The server is unreachable or busy: the rows not tried wait for the failed one's retry, not hammer it.
    if (serverDown) return this.nextRetryIn();
    if (heldBack || rows.length === BATCH) return TICK_MS;
    return this.nextRetryIn();
  }

  /** Records a failed attempt; true when the mail is done with (failed for good), false when it will be retried. */
  private async failed(row: OutboundMailRow, error: unknown): Promise<boolean> {
    const attempts = Number(row.attempts ?? 0) + 1;
    const lastError = describeMailError(error);
    const where = `${row.kind} ${row.reference ?? ''} (outbox #${row.id})`;
    const outcome = afterFailure({ attempts, createdAt: new Date(instant(row.createdAt) ?? Number.NaN), permanent: isPermanentMailError(error) }, new Date());
    if (outcome.state === 'failed') {
      this.strapi.log.error(`[mail] ${where} failed for good: ${lastError}. Not retried; what caused it is stored and unaffected.`);
      await this.mark([row.id], { state: 'failed', attempts, lastError });
      return true;
    }
    this.strapi.log.error(`[mail] ${where} failed: ${lastError}; retrying in ${outcome.delayMs / 1000} s (attempt ${attempts}).`);
    await this.mark([row.id], { state: 'retrying', attempts, lastError, nextAttemptAt: outcome.nextAttemptAt });
    return false;
  }

  private async nextRetryIn(): Promise<number | null> {
    const next: Pick<OutboundMailRow, 'nextAttemptAt'> | null = await this.strapi.db.query(OUTBOUND_MAIL).findOne({
      where: { state: { $in: PENDING } },
      select: ['nextAttemptAt'],
      orderBy: { nextAttemptAt: 'asc' },
    });
    if (!next) return null;
    return Math.max(TICK_MS, new Date(next.nextAttemptAt ?? 0).getTime() - Date.now());
  }

  private async mark(ids: MailId[], data: Row): Promise<void> {
    await this.strapi.db.query(OUTBOUND_MAIL).updateMany({ where: { id: { $in: ids } }, data: { ...data, updatedAt: new Date() } });
  }
}

/** A row's stored headers: string values only (the column is JSON; anything else was never written by the outbox). */
function mailHeaders(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

let outbox: MailOutbox | null = null;

/** The CMS's one outbox; started at bootstrap so mails left from before a restart go out. */
export function mailOutbox(strapi: Core.Strapi): MailOutbox {
  outbox ??= new MailOutbox(strapi);
  return outbox;
}
