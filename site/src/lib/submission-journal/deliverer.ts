import type { Acknowledgement } from '@cong/content';
import type { JournalEntry, JournalStore } from './store.ts';

/**
 * The background deliverer of one site process: it hands the journal's entries to the CMS in the order they
 * were accepted, each exactly once — an entry leaves the journal only after the CMS answered for it, and a
 * resend carries the same idempotency key and receipt, so the CMS stores it once whatever happened in between.
 *
 * While the CMS does not answer, it retries with a backoff (0.5 s doubling to 5 s: a refused connection costs
 * nothing, and the citizen's item should reach the moderators seconds after the CMS is back), and the site
 * takes new submissions straight into the journal (`cmsAway`) instead of making each citizen wait for a
 * time-out, which also keeps them behind the ones already waiting.
 */

/** What the CMS said about one entry. */
export type DeliveryAnswer =
  /** Stored (2xx), or a repeat of one stored before: out of the journal. */
  | { kind: 'stored'; acknowledgement: Acknowledgement | null }
  /** Refused for good (a 4xx that sending again cannot change: closed consultation, invalid, unknown draft). */
  | { kind: 'rejected'; status: number; reason: string }
  /** Not this one now (429 with its Retry-After, a 500 on this item, a token the CMS refused): again later. */
  | { kind: 'later'; afterMs: number; reason: string };

export type Senders = {
  /** Comments together (one batch request), answered in order. Throws `unreachable` errors as they are. */
  comments: (entries: JournalEntry[]) => Promise<DeliveryAnswer[]>;
  question: (entry: JournalEntry) => Promise<DeliveryAnswer>;
  /** Whether an error means the CMS did not answer (refused, timed out, 502/503/504): back off, keep all. */
  unreachable: (error: unknown) => boolean;
};

export type DelivererOptions = {
  batchSize?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  now?: () => number;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Told after every pass that changed the journal (the backlog log line). */
  onProgress?: () => void;
  /** Told what the CMS said about the acknowledgement of each stored entry (whether mail is configured). */
  onAcknowledgement?: (acknowledgement: Acknowledgement) => void;
};

export class Deliverer {
  readonly #store: JournalStore;
  readonly #send: Senders;
  readonly #batchSize: number;
  readonly #minBackoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #now: () => number;
  readonly #log: NonNullable<DelivererOptions['log']>;
  readonly #options: DelivererOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wakeAt = Infinity;
  #running: Promise<void> | null = null;
  #again = false;
  #backoffMs = 0;
  #awayUntil = 0;
  #stopped = false;

  constructor(store: JournalStore, send: Senders, options: DelivererOptions = {}) {
    this.#store = store;
    this.#send = send;
    this.#options = options;
    this.#batchSize = options.batchSize ?? 50;
    this.#minBackoffMs = options.minBackoffMs ?? 500;
    this.#maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? ((level, message) => console[level](`[journal] ${message}`));
  }

  /** Whether the CMS was found away by the last attempt (and not found back since): new items go to the journal. */
  get cmsAway(): boolean {
    return this.#now() < this.#awayUntil;
  }

  /** A live relay found the CMS away: the next submissions skip it for a moment, and the deliverer probes. */
  markAway(): void {
    this.#awayUntil = Math.max(this.#awayUntil, this.#now() + Math.max(this.#backoffMs, this.#minBackoffMs) + 1_000);
    this.#schedule(this.#backoffMs || this.#minBackoffMs);
  }

  /** Delivers what is due now (a new entry, the process start). */
  kick(): void {
    if (this.#backoffMs === 0) this.#schedule(0);
  }

  /** Runs one pass at once and waits for it (tests, shutdown). */
  async drain(): Promise<void> {
    if (this.#running) await this.#running;
    await this.#pass();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    const at = this.#now() + delayMs;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer && at >= this.#wakeAt) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#wakeAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#wakeAt = Infinity;
      void this.#pass();
    }, delayMs);
    this.#timer.unref?.();
  }

  #pass(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#deliver()
      .catch((error) => this.#log('error', `delivery pass failed: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => {
        this.#running = null;
        const again = this.#again;
        this.#again = false;
        if (this.#stopped) return;
        if (this.#backoffMs > 0) this.#schedule(this.#backoffMs);
        else if (again) this.#schedule(0);
        else {
          const next = this.#store.nextDueAt();
          if (next !== null) this.#schedule(Math.max(0, next - this.#now()));
        }
      });
    return this.#running;
  }

  async #deliver(): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const due = this.#store.due(this.#now(), this.#batchSize);
      if (!due.length) return;
      // The leading run of one kind: comments leave together in one request, a question alone.
      const firstOther = due.findIndex((e) => e.item.kind !== 'comment');
      const run = due[0]!.item.kind === 'comment' ? due.slice(0, firstOther === -1 ? due.length : firstOther) : [due[0]!];
      let answers: DeliveryAnswer[];
      try {
        answers = run[0]!.item.kind === 'comment' ? await this.#send.comments(run) : [await this.#send.question(run[0]!)];
      } catch (error) {
        if (this.#send.unreachable(error)) {
          if (this.#backoffMs === 0) this.#log('warn', `the CMS does not answer (${describe(error)}); ${this.#store.backlog(this.#now()).count} submission(s) wait in the journal.`);
          this.#backoffMs = Math.min(this.#maxBackoffMs, Math.max(this.#minBackoffMs, this.#backoffMs * 2));
          this.#awayUntil = this.#now() + this.#backoffMs + 1_000;
          return;
        }
        // Anything else (a CMS that fails on these items, a bug): those entries wait, the others go on.
        answers = run.map(() => ({ kind: 'later', afterMs: 30_000, reason: describe(error) }));
      }
      if (this.#backoffMs > 0) this.#log('info', 'the CMS answers again; delivering the journal.');
      this.#backoffMs = 0;
      this.#awayUntil = 0;
      run.forEach((entry, i) => this.#settle(entry, answers[i] ?? { kind: 'later', afterMs: 30_000, reason: 'the CMS answered fewer items than it was sent' }));
      this.#options.onProgress?.();
    }
  }

  #settle(entry: JournalEntry, answer: DeliveryAnswer): void {
    switch (answer.kind) {
      case 'stored':
        this.#store.delivered(entry.id);
        if (answer.acknowledgement) this.#options.onAcknowledgement?.(answer.acknowledgement);
        return;
      case 'rejected':
        this.#store.reject(entry.id, answer.status, answer.reason, this.#now());
        this.#log('error', `the CMS refused ${entry.item.kind} ${entry.receipt} (accepted ${entry.receivedAt.toISOString()}) for good: ${answer.status} ${answer.reason}. It is kept in the journal's dead_letters.`);
        return;
      case 'later':
        this.#store.retryLater(entry.id, this.#now() + answer.afterMs, answer.reason);
        if (entry.attempts % 10 === 0) this.#log('warn', `${entry.item.kind} ${entry.receipt} not delivered yet (${answer.reason}); trying again in ${Math.round(answer.afterMs / 1000)} s.`);
        return;
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 300);
  return String(error).slice(0, 300);
}
