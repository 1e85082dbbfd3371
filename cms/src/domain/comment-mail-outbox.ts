import type { Core } from '@strapi/strapi';
import { CONSULTATION, PUBLIC_COMMENT } from './uids';
import { commentMailer, isPermanentMailError, type CommentMailer, type CommentMailKind, type ConsultationForMail, type StoredComment } from './comment-mail';

type Row = Record<string, any>;

/**
 * The comment's mails wait in its own row (`ackPending`, `noticePending`) until they are sent, so:
 * - a CMS restart or an SMTP outage delays an acknowledgement, never loses it (it used to live in memory);
 * - mail yields to intake: while comments keep arriving (one within QUIET_MS) the outbox waits, for at most
 *   MAX_DEFER_MS, then sends BATCH comments' mails per round, SENDERS at a time. Measured under 50 concurrent
 *   submitters, mails sent during the burst doubled the slowest answers; mail a few seconds late harms no one.
 * A mail the server refuses for good (5xx, e.g. an address that does not exist) is logged and not retried; a
 * transient failure (server down, 4xx) is logged and retried with a growing delay.
 */
const BATCH = 20;
/** Comments mailed at the same time (each comment's two mails go one after the other); the SMTP pool holds 5 connections. */
const SENDERS = 4;
const TICK_MS = 300;
const QUIET_MS = 250;
const MAX_DEFER_MS = 30_000;
const MAX_BACKOFF_MS = 5 * 60_000;

const FIELDS = ['id', 'documentId', 'consultationId', 'name', 'anonymous', 'email', 'organization', 'articleLabel', 'content', 'submittedAt', 'ackPending', 'noticePending'];

export class CommentMailOutbox {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** A comment arrived while a batch was being sent: look again when it ends. */
  private kickedWhileRunning = false;
  private failures = 0;
  private stopped = false;
  private lastCommentAt = 0;
  /** When the outbox first held back for intake, since it last sent; null while it is not holding back. */
  private deferringSince: number | null = null;

  constructor(private readonly strapi: Core.Strapi) {}

  /** A comment was stored with its mails pending: send them soon (coalesced with others). */
  kick(): void {
    this.lastCommentAt = Date.now();
    if (this.running) this.kickedWhileRunning = true;
    else this.schedule(this.failures ? this.backoff() : TICK_MS);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Comments are still arriving and the oldest held mail is not overdue: let intake have the CPU. */
  private holdingBack(): boolean {
    const now = Date.now();
    if (now - this.lastCommentAt >= QUIET_MS) {
      this.deferringSince = null;
      return false;
    }
    this.deferringSince ??= now;
    return now - this.deferringSince < MAX_DEFER_MS;
  }

  private backoff(): number {
    return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures - 1, 9));
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.timer || this.running) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, delayMs);
    this.timer.unref();
  }

  /** Sends one batch; schedules the next while rows remain. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.kickedWhileRunning = false;
    let more = false;
    try {
      more = await this.sendBatch();
    } catch (error) {
      this.failures += 1;
      this.strapi.log.error(`[comments] mail outbox: ${(error as Error).message}; retrying in ${this.backoff() / 1000}s`);
      more = true;
    } finally {
      this.running = false;
    }
    if (more || this.kickedWhileRunning) this.schedule(this.failures ? this.backoff() : TICK_MS);
  }

  private async sendBatch(): Promise<boolean> {
    // Decided before reading the rows: while intake is busy the outbox costs nothing but this check.
    if (this.holdingBack()) return true;
    const rows: Row[] = await this.strapi.db.query(PUBLIC_COMMENT).findMany({
      where: { $or: [{ ackPending: true }, { noticePending: true }] },
      select: FIELDS,
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    if (!rows.length) return false;
    const mailer = commentMailer();
    const consultations = await consultationsOf(this.strapi, rows);
    // Rows whose mails all went out are marked together, one write per batch rather than per comment.
    const finished: number[] = [];
    const queue = [...rows];
    let failure: Error | null = null;
    let heldBack = false;
    const worker = async () => {
      for (let row = queue.shift(); row && !failure; row = queue.shift()) {
        if (this.holdingBack()) {
          heldBack = true;
          return;
        }
        try {
          await this.sendRow(mailer, consultations.get(row.consultationId), row);
          finished.push(row.id);
        } catch (error) {
          failure = error as Error;
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: SENDERS }, worker));
    } finally {
      if (finished.length) await this.markSent(finished, ['ack', 'notice']);
    }
    if (failure) throw failure;
    if (heldBack) return true;
    this.failures = 0;
    return rows.length === BATCH;
  }

  /** The comment's pending mails, one after the other; throws (after marking what went out) on a transient failure. */
  private async sendRow(mailer: CommentMailer | null, consultation: ConsultationForMail | undefined, row: Row): Promise<void> {
    const pending: CommentMailKind[] = [...(row.ackPending ? ['ack' as const] : []), ...(row.noticePending ? ['notice' as const] : [])];
    const done: CommentMailKind[] = [];
    for (const kind of pending) {
      if (!mailer) {
        this.strapi.log.warn(`[comments] SMTP_URL is not set: no mail sent for comment ${row.documentId}. Set SMTP_URL to send acknowledgements.`);
        done.push(kind);
        continue;
      }
      if (!consultation) {
        this.strapi.log.error(`[comments] mail for comment ${row.documentId} not sent: its draft ${row.consultationId} is no longer published.`);
        done.push(kind);
        continue;
      }
      try {
        await mailer.send(kind, consultation, storedComment(row));
        done.push(kind);
      } catch (error) {
        if (isPermanentMailError(error)) {
          this.strapi.log.error(`[comments] mail for comment ${row.documentId} failed for good (${String(error)}); not retried. The comment is stored and unaffected.`);
          done.push(kind);
          continue;
        }
        // The half that went out is not sent again.
        if (done.length) await this.markSent([row.id], done);
        throw new Error(`mail for comment ${row.documentId} failed (${String(error)}); the comment is stored and unaffected, the mail waits`);
      }
    }
  }

  private async markSent(ids: number[], kinds: CommentMailKind[]): Promise<void> {
    const data: Row = {};
    if (kinds.includes('ack')) data.ackPending = false;
    if (kinds.includes('notice')) data.noticePending = false;
    await this.strapi.db.query(PUBLIC_COMMENT).updateMany({ where: { id: { $in: ids } }, data });
  }
}

function storedComment(row: Row): StoredComment {
  return {
    documentId: row.documentId,
    name: row.name,
    anonymous: !!row.anonymous,
    email: row.email,
    organization: row.organization ?? null,
    articleLabel: row.articleLabel ?? null,
    content: row.content,
    submittedAt: new Date(row.submittedAt).toISOString(),
  };
}

/** The drafts the batch's comments belong to, by documentId (published version: what the citizen commented on). */
async function consultationsOf(strapi: Core.Strapi, rows: Row[]) {
  const ids = [...new Set(rows.map((r) => r.consultationId as string))];
  const found: Row[] = await strapi.db.query(CONSULTATION).findMany({
    where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
    select: ['documentId', 'slug', 'title', 'receivingUnit', 'receivingEmail'],
  });
  return new Map(found.map((c) => [c.documentId as string, { title: c.title, receivingUnit: c.receivingUnit, receivingEmail: c.receivingEmail, slug: c.slug }]));
}

let outbox: CommentMailOutbox | null = null;

/** The CMS's one outbox; started at bootstrap so mails left from before a restart go out. */
export function commentMailOutbox(strapi: Core.Strapi): CommentMailOutbox {
  outbox ??= new CommentMailOutbox(strapi);
  return outbox;
}
