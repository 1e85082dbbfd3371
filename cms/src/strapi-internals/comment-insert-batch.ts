import type { Core } from '@strapi/strapi';
import { OUTBOUND_MAIL, PUBLIC_COMMENT } from '../model/uids';

type Row = Record<string, unknown>;
/** A comment's row and its outbox rows (services/mail/outbox.ts), committed together: a stored comment always has its mails. */
export type CommentWrite = { row: Row; mails: Row[] };
type Waiting = CommentWrite & { resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit for comments. While one insert is running, the comments that arrive meanwhile wait and are
 * written together by the next one: one transaction with one multi-row INSERT of the comments and one of their
 * mails (the outbox's rows), instead of one each. Under a
 * burst that is most of the database's work per comment; an idle portal still writes each comment at once.
 * Every submitter's promise settles only when its own row is committed, so the 202 still follows the commit.
 * Should a batch fail, its rows are written one by one, so a bad row fails only its own submitter.
 * It writes the row as Strapi stores it (its own documentId, `publishedAt` set: comments have no draft & publish),
 * bypassing the document service and its middlewares; checked against Strapi 5.54.0 (checked-against.ts).
 */
const MAX_BATCH = 100;

export class CommentInsertBatch {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly strapi: Core.Strapi) {}

  insert(write: CommentWrite): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...write, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        try {
          await this.write(batch);
          for (const w of batch) w.resolve();
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const w of batch) await this.write([w]).then(w.resolve, w.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(writes: CommentWrite[]): Promise<void> {
    const mails = writes.flatMap((w) => w.mails);
    // createMany runs Strapi's own per-field conversion; the comments and their mails commit in one transaction.
    await this.strapi.db.transaction(async () => {
      await this.strapi.db.query(PUBLIC_COMMENT).createMany({ data: writes.map((w) => w.row) });
      if (mails.length) await this.strapi.db.query(OUTBOUND_MAIL).createMany({ data: mails });
    });
  }
}

const batches = new WeakMap<Core.Strapi, CommentInsertBatch>();

export function commentInsertBatch(strapi: Core.Strapi): CommentInsertBatch {
  let batch = batches.get(strapi);
  if (!batch) batches.set(strapi, (batch = new CommentInsertBatch(strapi)));
  return batch;
}
