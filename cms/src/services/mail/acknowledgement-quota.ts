import type { Core } from '@strapi/strapi';
import { acknowledgementKey, mailboxKey, type Acknowledgement } from '@cong/content';
import { mailConfigured } from './transport';
import { OUTBOUND_MAIL } from '../../model/uids';

/**
 * At most one acknowledgement per mailbox per day (Asia/Ho_Chi_Minh), whatever was submitted (a comment, a
 * question): whoever types a stranger's address into the portal's forms can make it send that stranger one
 * mail a day, and nothing they wrote is in it (rules/mail-messages.ts). The day's claim is the outbox row of the
 * acknowledgement itself (its `ackKey`, indexed), so the rule holds across restarts; within this process a claim
 * is also remembered from the moment it is decided, before its row is committed, so two submissions at the same
 * instant cannot both claim it. Submissions from one mailbox run one at a time (perMailbox), which is what
 * makes "look, then claim" safe. One CMS process writes the outbox (as for the comment limits).
 */
/**
 * The day's claims, loaded once a day from the outbox (one query) and kept here, so a submission costs no lookup.
 * Bounded: past MAX_REMEMBERED the oldest are forgotten, and from then on a key not found here is looked up in the
 * outbox table.
 */
const claimed = new Map<string, true>();
let claimedDay = '';
let complete = false;
const MAX_REMEMBERED = 100_000;

export type AcknowledgementDecision = { acknowledgement: Acknowledgement; ackKey: string | null };

/** Decides whether a submission from `address` gets an acknowledgement; call inside perMailbox(address). */
export async function claimAcknowledgement(strapi: Core.Strapi, address: string, now: Date = new Date()): Promise<AcknowledgementDecision> {
  if (!mailConfigured()) return { acknowledgement: 'mail-off', ackKey: null };
  const ackKey = acknowledgementKey(address, now);
  const day = ackKey.slice(0, ackKey.indexOf('|'));
  if (day !== claimedDay) await loadDay(strapi, day);
  if (claimed.has(ackKey)) return { acknowledgement: 'limited', ackKey: null };
  if (!complete && (await strapi.db.query(OUTBOUND_MAIL).findOne({ where: { ackKey }, select: ['id'] }))) {
    remember(ackKey);
    return { acknowledgement: 'limited', ackKey: null };
  }
  remember(ackKey);
  return { acknowledgement: 'queued', ackKey };
}

let loading: Promise<void> | null = null;

/** The acknowledgements already written today (before a restart, say); concurrent callers share one load. */
async function loadDay(strapi: Core.Strapi, day: string): Promise<void> {
  loading ??= (async () => {
    // A range on the indexed key ('}' follows '|'), not LIKE, which SQLite cannot answer from the index.
    const rows: Array<{ ackKey: string }> = await strapi.db.query(OUTBOUND_MAIL).findMany({ where: { ackKey: { $gte: `${day}|`, $lt: `${day}}` } }, select: ['ackKey'] });
    claimed.clear();
    complete = true;
    for (const row of rows) remember(row.ackKey);
    claimedDay = day;
  })().finally(() => {
    loading = null;
  });
  await loading;
}

function remember(ackKey: string): void {
  claimed.set(ackKey, true);
  while (claimed.size > MAX_REMEMBERED) {
    claimed.delete(claimed.keys().next().value!);
    complete = false;
  }
}

/** The claimed acknowledgement's row was not written after all (the submission failed): free the day's claim. */
export function releaseAcknowledgement(decision: AcknowledgementDecision): void {
  if (decision.ackKey) claimed.delete(decision.ackKey);
}

const locks = new Map<string, Promise<unknown>>();

/** Runs submissions from one mailbox (mailboxKey) one at a time: a double click is seen as one, and the day's acknowledgement is claimed once. */
export async function perMailbox<T>(address: string, work: () => Promise<T>): Promise<T> {
  const key = mailboxKey(address);
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}
