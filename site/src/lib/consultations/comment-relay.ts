import { cms } from '../cms/cms-client.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { requestContext } from '../server/request-context.ts';

/**
 * Comments without files reach the CMS together. While a relay request is on its way, the comments that
 * arrive wait and leave together in the next one (`POST /api/consultations/comments/batch`); the CMS answers
 * each item as its own request would have, after committing it. Under a burst that spares the CMS its HTTP,
 * authentication and middleware work per comment, which was most of its time; a single comment leaves at once.
 * If the relay request fails, every comment in it fails as one request would: the caller keeps it in the
 * submission journal when the CMS is unreachable (src/lib/submission-journal/), else answers 503 and keeps the
 * text; the idempotency key makes the resend safe even if the CMS had stored some of them.
 */
export type RelayAnswer = { status: number; body: Record<string, any>; retryAfter: number | null };

type Waiting = { item: { slug: string; body: Record<string, unknown>; address: string }; requestId?: string | undefined; bytes: number; resolve: (a: RelayAnswer) => void; reject: (e: unknown) => void };

const MAX_BATCH = 50;
/**
 * A batch also stops at 4 MB of JSON, far below the CMS's body limit: the items are validated by the site first
 * (public-input), so each is at most ~130 kB, and no item, however long, can push its neighbours' request over
 * the limit and fail them all.
 */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** Two requests on their way keep the CMS busy without queueing work it cannot start. */
const MAX_IN_FLIGHT = 2;

export class CommentRelay {
  #waiting: Waiting[] = [];
  #inFlight = 0;

  constructor(private readonly send: (items: Waiting['item'][]) => Promise<RelayAnswer[]>) {}

  relay(slug: string, body: Record<string, unknown>, address: string): Promise<RelayAnswer> {
    return new Promise((resolve, reject) => {
      const item = { slug, body, address };
      this.#waiting.push({ item, requestId: requestContext.getStore()?.requestId, bytes: Buffer.byteLength(JSON.stringify(item)), resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#inFlight < MAX_IN_FLIGHT && this.#waiting.length) {
      let count = 0;
      let bytes = 0;
      while (count < Math.min(MAX_BATCH, this.#waiting.length) && (count === 0 || bytes + this.#waiting[count]!.bytes <= MAX_BATCH_BYTES)) {
        bytes += this.#waiting[count]!.bytes;
        count++;
      }
      const batch = this.#waiting.splice(0, count);
      this.#inFlight++;
      // One CMS request for the batch: it carries the id of the first request in it (src/lib/server/request-context.ts).
      requestContext
        .run({ requestId: batch[0]!.requestId ?? '' }, () => this.send(batch.map((w) => w.item)))
        .then(
          (answers) => batch.forEach((w, i) => (answers[i] ? w.resolve(answers[i]) : w.reject(new Error('the CMS answered fewer items than it was sent')))),
          (error) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          this.#inFlight--;
          this.#next();
        });
    }
  }
}

/** The process-wide relay to the CMS, with the comment token. */
let relay: CommentRelay | null = null;
export function commentRelay(token: string | undefined): CommentRelay {
  relay ??= new CommentRelay(async (items) => {
    const answer = await cms().post('/api/consultations/comments/batch', { items }, { token });
    const results = (answer.body as { results?: unknown } | null)?.results;
    if (answer.status !== 200 || !Array.isArray(results)) {
      throw new CmsUnavailableError(`CMS answered ${answer.status} to a batch of comments`, 'Deploy matching versions of the site and the CMS (POST /api/consultations/comments/batch).', { status: answer.status });
    }
    return results.map((r: any) => ({ status: Number(r?.status), body: (r?.body ?? {}) as Record<string, any>, retryAfter: r?.retryAfter ?? null }));
  });
  return relay;
}
