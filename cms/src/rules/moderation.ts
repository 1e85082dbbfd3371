import { type CommentStatus, REJECTION_REASONS } from '@cong/content';

/**
 * What a moderator's save may change on a stored comment, as plain rules (the public-comment document middleware
 * applies them to whatever the admin, REST or a script sends):
 * - the receipt code names the comment for good and the acknowledgement is what the citizen was told, so an edit
 *   form sent back never changes them;
 * - a decision (any `moderationStatus` in the edit) is stamped with its time and, when known, the moderator;
 * - a rejection reason belongs to a rejection only: any other decision clears it;
 * - a rejection needs its reason from the list (`rejectionProblem`; audit D8: a comment could be rejected without one).
 */
export function moderatedEdit(data: Record<string, unknown>, now: Date, moderatorEmail: string | undefined): Record<string, unknown> {
  const { receipt: _receipt, acknowledgement: _acknowledgement, ...edit } = data;
  if (!('moderationStatus' in edit)) return edit;
  edit.moderatedAt = now.toISOString();
  if (moderatorEmail) edit.moderatedBy = moderatorEmail;
  if ((edit.moderationStatus as CommentStatus) !== 'rejected') edit.rejectionReason = null;
  return edit;
}

/**
 * Whether a write to a comment may change its consultation's public count of approved comments. A citizen's new
 * comment is pending, so it does not; decisions, deletions and a comment created already approved (the demo's
 * samples, a comment entered from a paper letter) do.
 */
export function movesApprovedCount(action: string, storedStatus: unknown): boolean {
  return action === 'update' || action === 'delete' || (action === 'create' && storedStatus === 'approved');
}

/**
 * Why a moderator's save cannot be stored, or null: rejecting a comment takes a reason from the list
 * (REJECTION_REASONS), so the citizen and the report on received comments can say why it was not published.
 * `stored` is the reason already on the comment, when the save does not send one.
 */
export function rejectionProblem(edit: Record<string, unknown>, stored: unknown): { message: string; field: string } | null {
  if (edit.moderationStatus !== 'rejected') return null;
  const reason = 'rejectionReason' in edit ? edit.rejectionReason : stored;
  if (typeof reason === 'string' && (REJECTION_REASONS as readonly string[]).includes(reason)) return null;
  return { message: 'Hãy chọn lý do từ chối trong danh sách (Lý do từ chối) trước khi lưu quyết định từ chối góp ý.', field: 'rejectionReason' };
}
