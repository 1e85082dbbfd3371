import { createHash } from 'node:crypto';
import { foldedKey } from '@cong/content';

/**
 * How intake recognises a repeat: a citizen who presses "Gửi" twice, or a browser that resends, gets the first
 * submission's answer (receipt or lookup code) instead of filing twice. Besides the form's idempotency key, the
 * same text from the same mailbox within a window is a repeat: ten minutes for a comment (a second, different
 * comment on the same article soon after is legitimate), a day for a question (the desk answers each once).
 */
export const COMMENT_REPEAT_WINDOW_MS = 10 * 60 * 1000;
export const QUESTION_REPEAT_WINDOW_MS = 24 * 3600_000;

/** A comment's text fingerprint: the draft, the sender's address (case-insensitive), the article and the exact text. */
export function commentContentHash(comment: { consultationId: string; email: string; article?: string | null; content: string }): string {
  return createHash('sha256')
    .update([comment.consultationId, comment.email.toLowerCase(), comment.article ?? '', comment.content].join('\u0000'))
    .digest('hex');
}

/** A question's fingerprint: the sender's address and the subject and body folded (case, diacritics). */
export function questionFingerprint(question: { email: string; subject: string; body: string }): string {
  return createHash('sha256')
    .update([question.email.toLowerCase(), foldedKey(question.subject), foldedKey(question.body)].join('\n'))
    .digest('hex');
}

/** The earliest submission time a repeat may have (ISO, as stored). */
export function repeatWindowStart(now: Date, windowMs: number): string {
  return new Date(now.getTime() - windowMs).toISOString();
}
