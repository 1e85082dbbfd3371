import { z } from 'zod';
import { AcknowledgementSchema } from './citizen-mail.ts';
import { COMMENT_FILE_MAX_BYTES, COMMENT_LIMITS } from './public-comment.ts';

/**
 * The one outcome of every public write (a comment through the API or the form, a question, a rating, any later
 * form), Decidim-style: the site's public-input pipeline (site/src/lib/public-input/) produces it once, and it is
 * rendered once as HTTP status + JSON (the /api routes) and once as the form page. Nothing between the CMS and
 * the citizen translates an outcome again.
 */

// What the CMS did about the acknowledgement mail (AcknowledgementSchema, content/src/citizen-mail.ts): will be
// sent, one already went to this mailbox today, or no mail is configured.

/** A receipt code as the CMS issues it ("GY-2026-7K3Q9M" for a comment): read leniently, shown as is. */
export const ReceiptSchema = z.string().regex(/^[A-Z]{2}-\d{4}-[0-9A-Z]{4,12}$/);

/** Why a submission was refused before anything was validated or relayed. */
export const REFUSAL_REASONS = [
  /** The body is not JSON / form data, or not an object. */
  'malformed',
  /** A content type the route does not read. */
  'unsupported-type',
  /** The body is larger than the route's limit. */
  'too-large',
  /** A browser posted from another site (Origin / Sec-Fetch-Site). */
  'cross-origin',
  /** The API's comment token (or the form's token) is absent. */
  'token-missing',
  /** The token was not signed by this site, or was for another draft or page. */
  'token-invalid',
  /** The token is too old: fetch a new one (API) or send the form again (400: ask again, nothing forged). */
  'token-expired',
  /** The form came back sooner than a person could have filled it. */
  'too-fast',
] as const;
export const RefusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.output<typeof RefusalReasonSchema>;

const message = z.string().min(1);

export const PublicSubmissionOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accepted'),
    /** The stored item's id (a comment's documentId), or its lookup code (a question); null for a rating. */
    id: z.string().nullable(),
    /** Human-readable receipt ("GY-2026-…", "HD-2026-…"), when the CMS issued one. */
    receipt: ReceiptSchema.nullable(),
    /** Whether an acknowledgement mail will go out; null when the CMS did not say (promise nothing then). */
    acknowledgement: AcknowledgementSchema.nullable(),
    /** The same submission was already stored (same key, same vote today): nothing new was kept. */
    repeat: z.boolean(),
    /**
     * Kept in the site's submission journal because the CMS was unavailable: the CMS stores it (with this
     * receipt) and decides about the acknowledgement when it is back. `mailLater`: the CMS is known to send
     * acknowledgement mail, so the page may say one will follow. Absent when the CMS stored it at once.
     */
    journaled: z.object({ mailLater: z.boolean() }).optional(),
  }),
  /** One Vietnamese message per field (`form` for the request as a whole). */
  z.object({ kind: z.literal('invalid'), errors: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal('refused'), reason: RefusalReasonSchema, message }),
  z.object({ kind: z.literal('not-found'), message }),
  /** Outside the consultation window. */
  z.object({ kind: z.literal('closed'), message }),
  z.object({ kind: z.literal('rate-limited'), retryAfter: z.number().int().positive(), message }),
  /** The honeypot was filled: answered like an accepted submission, nothing kept. */
  z.object({ kind: z.literal('spam') }),
  /**
   * The CMS could not answer and the site could not keep it (not fully validated here, files, or the CMS
   * answered with a fault): nothing stored, send again (the idempotency key makes that safe).
   */
  z.object({ kind: z.literal('unavailable'), retryAfter: z.number().int().positive(), message }),
]);
export type PublicSubmissionOutcome = z.output<typeof PublicSubmissionOutcomeSchema>;

const REFUSAL_STATUS: Readonly<Record<RefusalReason, number>> = {
  malformed: 400,
  'unsupported-type': 415,
  'too-large': 413,
  'cross-origin': 403,
  'token-missing': 400,
  'token-invalid': 403,
  'token-expired': 400,
  'too-fast': 400,
};

/** The HTTP status of an outcome, the same for the JSON API and the form pages. */
export function submissionStatus(outcome: PublicSubmissionOutcome): number {
  switch (outcome.kind) {
    case 'accepted':
      return outcome.repeat ? 200 : 202;
    case 'spam':
      return 202;
    case 'invalid':
      return 400;
    case 'refused':
      return REFUSAL_STATUS[outcome.reason];
    case 'not-found':
      return 404;
    case 'closed':
      return 409;
    case 'rate-limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}

/** Seconds to put in Retry-After, for the outcomes that have one. */
export function submissionRetryAfter(outcome: PublicSubmissionOutcome): number | null {
  return outcome.kind === 'rate-limited' || outcome.kind === 'unavailable' ? outcome.retryAfter : null;
}

/**
 * Body limits, enforced before the body is buffered (by Content-Length, then while it streams). JSON and
 * url-encoded bodies hold text only: the longest field, a comment's 20,000 characters, is at most 180 kB
 * url-encoded (a Vietnamese letter is 3 bytes of UTF-8, 9 once percent-encoded), so 256 kB fits any valid
 * submission and nothing much bigger. Multipart carries the attachments: their limit plus 1 MB for the fields
 * and the part headers, and only where a route takes files.
 */
export const PUBLIC_BODY_LIMITS = {
  text: 256 * 1024,
  multipart: COMMENT_LIMITS.attachments * COMMENT_FILE_MAX_BYTES + 1024 * 1024,
} as const;

/** The largest body a public write may have, by its content type and whether the route takes files. */
export function bodyLimit(contentType: string | null | undefined, takesFiles: boolean): number {
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  return takesFiles && type === 'multipart/form-data' ? PUBLIC_BODY_LIMITS.multipart : PUBLIC_BODY_LIMITS.text;
}
