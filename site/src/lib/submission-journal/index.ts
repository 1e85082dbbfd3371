import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Acknowledgement, AcknowledgementSchema } from '@cong/content';
import { cms } from '../cms/cms-client.ts';
import { env, siteDataDir } from '../server/env.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { processWide } from '../server/process-wide.ts';
import { postPublicInput } from '../portal/question-relay.ts';
import { Deliverer, type DeliveryAnswer } from './deliverer.ts';
import { type Backlog, type JournalItem, JournalStore } from './store.ts';

/**
 * The site's submission journal (issue 11): comments and questions the site validated fully and accepted while
 * the CMS could not take them are committed here, on disk, before the citizen gets the usual confirmation, and
 * a deliverer in this process hands them to the CMS in order once it answers again. One journal per site
 * process (SITE_JOURNAL_DIR): replicas each have their own folder, and the processes of one site (SITE_PROCESSES)
 * each their own subfolder of it (`processJournalDir`).
 *
 * "The CMS could not take it" is narrow: no answer at all (refused connection, reset, no answer within
 * CMS_TIMEOUT_MS — a hung CMS) or 502/503/504. A 4xx is the citizen's and is answered as before; a 500 or a
 * refused token is a fault to fix, answered 503 as before, never buried in a queue.
 */
export type { Backlog } from './store.ts';

/** SITE_JOURNAL_DIR, else `journal/` in the site's data folder (the folder of SEARCH_DB_PATH, CONG_DATA_DIR, .data). */
export function journalDir(source: Record<string, string | undefined> = process.env): string {
  if (source.SITE_JOURNAL_DIR) return source.SITE_JOURNAL_DIR;
  return join(siteDataDir(source), 'journal');
}

/**
 * The journal folder of process `index` of a site: process 0's is the folder itself (one process, the default, reads
 * what it always read), process i's the subfolder `process-<i>`. Never one SQLite journal for two processes: their
 * deliverers would each send the same rows (the CMS would store them once, by key, but twice the work and the log).
 */
export function processJournalDir(root: string, index: number): string {
  return index === 0 ? root : join(root, `process-${index}`);
}

/**
 * Journals left by process slots the site no longer runs (`process-<i>` with i ≥ count: SITE_PROCESSES lowered, or
 * unset again, after a run with more): process 0 delivers what they hold, so no accepted submission waits forever.
 */
export function orphanJournalDirs(root: string, count: number): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names.filter((name) => Number(/^process-(\d+)$/.exec(name)?.[1] ?? -1) >= count).map((name) => join(root, name));
}

/** Whether a relay's failure means the CMS is unreachable (no answer, or 502/503/504), not that it refused. */
export function cmsUnreachable(error: unknown): boolean {
  if (!(error instanceof CmsUnavailableError)) return false;
  if (error.status !== undefined) return error.status === 502 || error.status === 503 || error.status === 504;
  return error.cause !== undefined;
}

/** One CMS answer to one item (the batch's per-item answer, or a question's response), for the deliverer. */
export function deliveryAnswer(status: number, body: Record<string, any>, retryAfter: number | null): DeliveryAnswer {
  if (status >= 200 && status < 300) {
    const acknowledgement = AcknowledgementSchema.safeParse(body.acknowledgement ?? body.data?.acknowledgement).data ?? null;
    return { kind: 'stored', acknowledgement };
  }
  if (status === 429) return { kind: 'later', afterMs: Math.max(1, Number(retryAfter ?? body.error?.retryAfter ?? 60) || 60) * 1000, reason: 'rate-limited by the CMS' };
  // A refused token, a time-out or a failure on this item: the site's or the CMS's to fix, not the citizen's.
  if (status === 401 || status === 403 || status === 408 || status >= 500) return { kind: 'later', afterMs: 30_000, reason: `CMS answered ${status}` };
  const reason = body.error?.message ?? (body.errors ? JSON.stringify(body.errors) : `HTTP ${status}`);
  return { kind: 'rejected', status, reason: String(reason) };
}

const senders = {
  async comments(entries: { item: JournalItem }[]): Promise<DeliveryAnswer[]> {
    const items = entries.map(({ item }) => (item.kind === 'comment' ? { slug: item.slug, body: item.body, address: item.address } : null));
    const answer = await cms().post('/api/consultations/comments/batch', { items }, { token: env.CMS_COMMENT_TOKEN });
    const results = (answer.body as { results?: unknown } | null)?.results;
    if (answer.status !== 200 || !Array.isArray(results)) {
      throw new CmsUnavailableError(`CMS answered ${answer.status} to a batch of journaled comments`, 'Deploy matching versions of the site and the CMS.', { status: answer.status });
    }
    return results.map((r: any) => deliveryAnswer(Number(r?.status), (r?.body ?? {}) as Record<string, any>, r?.retryAfter ?? null));
  },
  async question(entry: { item: JournalItem }): Promise<DeliveryAnswer> {
    if (entry.item.kind !== 'question') return { kind: 'rejected', status: 400, reason: 'not a question' };
    const answer = await postPublicInput('/api/question-desk/submit', entry.item.data);
    if (answer.status === 502 || answer.status === 503 || answer.status === 504) {
      throw new CmsUnavailableError(`CMS answered ${answer.status} to a journaled question`, 'See the CMS.', { status: answer.status });
    }
    const body = (answer.body ?? {}) as Record<string, any>;
    return deliveryAnswer(answer.status, body, Number(answer.headers.get('retry-after')) || null);
  },
  unreachable: cmsUnreachable,
};

/** Whether the CMS sends acknowledgement mail, as its last answer said ('queued' or 'limited': yes). */
const MAIL_KEY = 'mail';

class SubmissionJournal {
  readonly store: JournalStore;
  readonly deliverer: Deliverer;
  #mail: 'on' | 'off' | null;
  #lastReport = 0;
  #reported = -1;

  constructor(dir: string) {
    this.store = new JournalStore(dir);
    this.#mail = (this.store.meta(MAIL_KEY) as 'on' | 'off' | null) ?? null;
    this.deliverer = new Deliverer(this.store, senders, {
      onProgress: () => this.reportBacklog(),
      onAcknowledgement: (acknowledgement) => this.learnMail(acknowledgement),
    });
  }

  /**
   * Commits an accepted submission (fsynced) and wakes the deliverer; resolves once it is on disk. A double
   * submit answers the first one's receipt. The receipt and `receivedAt` are already in the item
   * (content/src/relayed-submission.ts). Submissions arriving together are committed together, one fsync for
   * all (group commit): the fsync blocks the site's one thread, and meanwhile the next ones arrive.
   */
  append(key: string, receipt: string, receivedAt: Date, item: JournalItem): Promise<{ receipt: string; repeat: boolean }> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ entry: { key, receipt, receivedAt, item }, resolve, reject });
      if (this.#waiting.length === 1) setImmediate(() => this.#commit());
    });
  }

  #waiting: { entry: Parameters<JournalStore['appendMany']>[0][number]; resolve: (kept: { receipt: string; repeat: boolean }) => void; reject: (error: unknown) => void }[] = [];

  #commit(): void {
    const batch = this.#waiting.splice(0);
    try {
      const kept = this.store.appendMany(batch.map((w) => w.entry));
      batch.forEach((w, i) => w.resolve(kept[i]!));
    } catch (error) {
      batch.forEach((w) => w.reject(error));
    }
    this.deliverer.markAway();
    this.reportBacklog();
  }

  /** Whether the CMS is known to send acknowledgement mail (what a journaled submission's page may promise). */
  get mailOn(): boolean {
    return this.#mail === 'on';
  }

  /** What the CMS said about a stored submission's acknowledgement tells whether it sends mail. */
  learnMail(acknowledgement: Acknowledgement | null): void {
    if (!acknowledgement) return;
    const mail = acknowledgement === 'mail-off' ? 'off' : 'on';
    if (mail === this.#mail) return;
    this.#mail = mail;
    this.store.setMeta(MAIL_KEY, mail);
  }

  backlog(): Backlog {
    return this.store.backlog();
  }

  /**
   * One JSON line on stdout for the agency's IT while submissions wait (at most every 10 s), and one when the
   * journal is empty again: `{"service":"site","event":"submission-journal","backlog":3,"oldestAgeSeconds":12,…}`.
   */
  reportBacklog(): void {
    const now = Date.now();
    const backlog = this.store.backlog(now);
    const emptied = backlog.count === 0 && this.#reported > 0;
    if (!emptied && (backlog.count === 0 || now - this.#lastReport < 10_000)) return;
    this.#lastReport = now;
    this.#reported = backlog.count;
    const level = backlog.count > 0 || backlog.rejected > 0 ? 'warn' : 'info';
    console.log(JSON.stringify({ time: new Date(now).toISOString(), level, service: 'site', event: 'submission-journal', ...backlog }));
  }
}

/** The process-wide journal; opened, and its deliverer started, at the site's start-up (src/lib/server/startup.ts). */
export function submissionJournal(): SubmissionJournal {
  return processWide('submissionJournal', () => {
    const root = env.SITE_JOURNAL_DIR ?? journalDir();
    const journal = openJournal(processJournalDir(root, env.SITE_PROCESS_INDEX));
    if (env.SITE_PROCESS_INDEX === 0) {
      // Not kept: each deliverer's timer holds its journal while anything in it is due; an empty one is done.
      for (const dir of orphanJournalDirs(root, env.SITE_PROCESS_COUNT)) {
        const orphan = openJournal(dir);
        if (orphan.backlog().count > 0) console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', service: 'site', event: 'submission-journal', message: `delivering the journal ${dir}, left by a run with more site processes`, ...orphan.backlog() }));
      }
    }
    return journal;
  });
}

/** Opens a journal; whatever a previous run left in it is delivered as soon as the CMS answers. */
function openJournal(dir: string): SubmissionJournal {
  const journal = new SubmissionJournal(dir);
  journal.deliverer.kick();
  journal.reportBacklog();
  return journal;
}
