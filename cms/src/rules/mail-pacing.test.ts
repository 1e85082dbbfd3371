import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { afterFailure, backoffMs, GIVE_UP_MS, IntakeYield, MAX_BACKOFF_MS, MAX_DEFER_MS, QUIET_MS } from './mail-pacing';

describe('a failed mail is retried with a doubling delay', () => {
  eachCase(backoffMs, [
    [0, 1000],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [9, 256_000],
    [10, MAX_BACKOFF_MS],
    [50, MAX_BACKOFF_MS],
  ], 'attempt %i waits %i ms');

  const now = new Date('2026-11-25T03:00:00Z');

  it('is retried while the server is only unavailable', () => {
    expect(afterFailure({ attempts: 3, createdAt: new Date(now.getTime() - 60_000), permanent: false }, now)).toEqual({
      state: 'retrying',
      delayMs: 4000,
      nextAttemptAt: new Date(now.getTime() + 4000),
    });
  });

  it('fails for good when refused for good (SMTP 5xx)', () => {
    expect(afterFailure({ attempts: 1, createdAt: now, permanent: true }, now)).toEqual({ state: 'failed' });
  });

  it('fails for good when still failing three days after it was written', () => {
    expect(afterFailure({ attempts: 40, createdAt: new Date(now.getTime() - GIVE_UP_MS - 1), permanent: false }, now)).toEqual({ state: 'failed' });
    expect(afterFailure({ attempts: 40, createdAt: new Date(now.getTime() - GIVE_UP_MS), permanent: false }, now).state).toBe('retrying');
  });
});

describe('mail yields to intake', () => {
  it('does not hold back when no submission arrived lately', () => {
    const intake = new IntakeYield();
    expect(intake.holdingBack(1_000_000)).toBe(false);
    intake.noteIntake(1_000_000);
    expect(intake.holdingBack(1_000_000 + QUIET_MS)).toBe(false);
  });

  it('holds back while submissions keep arriving, but never longer than MAX_DEFER_MS in a row', () => {
    const intake = new IntakeYield();
    const start = 1_000_000;
    let t = start;
    for (; t < start + MAX_DEFER_MS; t += 100) {
      intake.noteIntake(t);
      expect(intake.holdingBack(t)).toBe(true);
    }
    intake.noteIntake(t);
    expect(intake.holdingBack(t)).toBe(false);
  });

  it('starts counting the deferral again after a quiet moment', () => {
    const intake = new IntakeYield();
    intake.noteIntake(0);
    expect(intake.holdingBack(10)).toBe(true);
    expect(intake.holdingBack(10 + QUIET_MS)).toBe(false);
    intake.noteIntake(MAX_DEFER_MS + 1000);
    expect(intake.holdingBack(MAX_DEFER_MS + 1000)).toBe(true);
  });
});
