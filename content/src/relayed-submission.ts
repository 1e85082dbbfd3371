import { z } from 'zod';

/**
 * What the site stamps on a comment or a question before its first attempt to hand it to the CMS (the site is
 * the trusted relay: only its tokens reach the intake routes):
 * - the receipt code it issued (`GY-…` for a comment, `HD-…` for a question), which the CMS stores as the
 *   item's code. The site issues it before the first attempt, not only when it keeps an item in its journal
 *   (site/src/lib/submission-journal/): a relay that timed out may still have been stored, and the journal's
 *   resend, a repeat with the same idempotency key, must find the code the citizen was given;
 * - when the site received it: the consultation window and a question's due date count from then, not from
 *   the moment a journal delivered it after an outage.
 */
export const RelayStampSchema = z.object({
  /** The code the citizen was shown; the CMS keeps it unless another item already has it. */
  receipt: z.string(),
  /** ISO 8601 instant the site accepted the submission. */
  receivedAt: z.iso.datetime(),
});
export type RelayStamp = z.output<typeof RelayStampSchema>;

/** How old a relayed submission may be and still count from when the site received it (a week-long outage). */
export const RELAYED_MAX_AGE_MS = 7 * 24 * 3600_000;
/** Clocks of the site and the CMS may disagree a little; more than this in the future is not believed. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The instant a submission counts from: the site's `receivedAt` when it is a plausible past instant (at most a
 * week old, not in the future beyond clock skew), else `now`. Never later than `now`.
 */
export function relayedReceivedAt(value: unknown, now: Date): Date {
  const parsed = z.iso.datetime().safeParse(value);
  if (!parsed.success) return now;
  const at = new Date(parsed.data);
  const age = now.getTime() - at.getTime();
  if (age > RELAYED_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return now;
  return age < 0 ? now : at;
}
