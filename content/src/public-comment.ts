import { z } from 'zod';
import { fieldErrors } from './friendly-errors.ts';
import { publicText } from './public-text.ts';

/**
 * Góp ý: what a citizen or business submits on a draft (the public form and POST /api/v1/drafts/<slug>/comments),
 * validated once at each boundary (site and CMS) with Vietnamese messages that say how to fix each field.
 * The text is plain text: it is stored as typed and escaped wherever it is shown.
 */

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export const CommentStatusSchema = z.enum(COMMENT_STATUSES);
export type CommentStatus = z.output<typeof CommentStatusSchema>;
/** How moderators and exports name each status. */
export const COMMENT_STATUS_LABELS: Readonly<Record<CommentStatus, string>> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Từ chối',
  spam: 'Thư rác',
};

/** Reasons a moderator may give when rejecting a comment (the list shown in the admin). */
export const REJECTION_REASONS = ['off-topic', 'offensive', 'personal-data', 'duplicate', 'unlawful', 'other'] as const;
export const REJECTION_REASON_LABELS: Readonly<Record<(typeof REJECTION_REASONS)[number], string>> = {
  'off-topic': 'Không liên quan đến dự thảo',
  offensive: 'Ngôn từ xúc phạm, thiếu văn hóa',
  'personal-data': 'Chứa dữ liệu cá nhân của người khác',
  duplicate: 'Trùng với góp ý đã gửi',
  unlawful: 'Nội dung vi phạm pháp luật',
  other: 'Lý do khác',
};

export const COMMENT_LIMITS = { name: 200, organization: 300, content: 20_000, minContent: 5, attachments: 3 } as const;

/** The keys the form and the API accept, in the order errors are reported. */
export const COMMENT_FIELDS = ['name', 'email', 'phone', 'organization', 'anonymous', 'article', 'content', 'consent', 'idempotencyKey'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

// Every text field goes through the public-text rule first (no NUL or other controls, no bidi overrides, not
// only invisible characters), then its own length.
const text = (max: number, tooLong: string) => publicText().pipe(z.string().max(max, { error: tooLong }));

const optionalText = (max: number, tooLong: string) =>
  text(max, tooLong).transform((v) => (v === '' ? null : v));

/** Checkbox ("on"), JSON boolean, "true"/"1": all mean yes. */
const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1' || v === 'yes', z.boolean());

export const PublicCommentInputSchema = z.object({
  /** Họ và tên: required, shown publicly unless `anonymous`. */
  name: text(COMMENT_LIMITS.name, `Họ và tên dài quá ${COMMENT_LIMITS.name} ký tự.`).refine((v) => v.length > 0, {
    error: 'Vui lòng nhập họ và tên.',
  }),
  /** Thư điện tử: required for the acknowledgement; never public. */
  email: text(254, 'Địa chỉ thư điện tử quá dài.').refine((v) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/.test(v), {
    error: 'Vui lòng nhập địa chỉ thư điện tử hợp lệ, ví dụ: ten@example.vn.',
  }),
  /** Điện thoại: optional; never public. */
  phone: optionalText(20, 'Số điện thoại quá dài.').refine((v) => v === null || /^\+?[\d\s.()-]{8,20}$/.test(v), {
    error: 'Số điện thoại chỉ gồm chữ số (8–15 số), có thể có dấu +, ví dụ: 0912 345 678.',
  }),
  /** Cơ quan, tổ chức: optional; shown publicly. */
  organization: optionalText(COMMENT_LIMITS.organization, `Tên cơ quan, tổ chức dài quá ${COMMENT_LIMITS.organization} ký tự.`),
  /** Show "Ẩn danh" instead of the name. */
  anonymous: flag.default(false),
  /** The article commented on (an anchor such as "dieu-3"), or null for the whole draft. */
  article: optionalText(40, 'Điều được chọn không hợp lệ.').refine((v) => v === null || /^dieu-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), {
    error: 'Điều được chọn không có trong dự thảo. Chọn lại trong danh sách.',
  }),
  /** Nội dung góp ý, plain text. */
  content: text(COMMENT_LIMITS.content, `Nội dung góp ý dài quá ${COMMENT_LIMITS.content.toLocaleString('vi-VN')} ký tự; hãy gửi phần còn lại trong tệp đính kèm.`).refine(
    (v) => v.length >= COMMENT_LIMITS.minContent,
    { error: 'Vui lòng nhập nội dung góp ý (ít nhất 5 ký tự).' },
  ),
  /** Đồng ý xử lý dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân): must be given. */
  consent: flag.refine((v) => v, { error: 'Bạn cần đồng ý cho cơ quan xử lý dữ liệu cá nhân để gửi góp ý.' }),
  /** Sent again on a retry so the comment is stored once. */
  idempotencyKey: optionalText(100, 'Mã gửi (idempotencyKey) quá dài.'),
});
export type PublicCommentInput = z.output<typeof PublicCommentInputSchema>;

export type CommentParseResult =
  | { ok: true; value: PublicCommentInput }
  | { ok: false; errors: Partial<Record<CommentField | 'attachments' | 'form', string>> };

/** Validates raw input (a JSON body or form fields); on failure one Vietnamese message per field. */
export function parsePublicComment(input: unknown, articleAnchors?: readonly string[]): CommentParseResult {
  const result = PublicCommentInputSchema.safeParse(input ?? {});
  if (!result.success) {
    const errors = fieldErrors(result.error, { fields: COMMENT_FIELDS });
    if (Object.keys(errors).length === 0) errors.content = 'Dữ liệu gửi lên không hợp lệ.';
    return { ok: false, errors };
  }
  if (articleAnchors && result.data.article && !articleAnchors.includes(result.data.article)) {
    return { ok: false, errors: { article: 'Điều được chọn không có trong dự thảo. Chọn lại trong danh sách.' } };
  }
  return { ok: true, value: result.data };
}

/** The name shown publicly. */
export function publicCommenterName(comment: { name: string; anonymous: boolean }): string {
  return comment.anonymous ? 'Ẩn danh' : comment.name;
}

/** Attachment formats accepted with a comment, recognised by their first bytes, never by the file name. */
export type CommentFileKind = 'pdf' | 'docx' | 'odt';
export const COMMENT_FILE_MAX_BYTES = 10 * 1024 * 1024;

export const COMMENT_FILE_MIME: Readonly<Record<CommentFileKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/**
 * PDF starts with "%PDF-"; DOCX and ODT are ZIP files ("PK\x03\x04"): ODT stores an uncompressed "mimetype"
 * entry first naming its type, DOCX carries "[Content_Types].xml" and a "word/" part. Anything else is refused.
 */
export function sniffCommentFile(bytes: Uint8Array): CommentFileKind | null {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 8)));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) return null;
  const window = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
  if (window.slice(30, 38) === 'mimetype' && window.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  const all = Buffer.from(bytes).toString('latin1');
  if (all.includes('[Content_Types].xml') && all.includes('word/')) return 'docx';
  return null;
}

/** Vietnamese message when a comment carries more files than it may (the site checks first, the CMS again), else null. */
export function commentFileCountProblem(count: number): string | null {
  return count > COMMENT_LIMITS.attachments ? `Chỉ gửi kèm tối đa ${COMMENT_LIMITS.attachments} tệp.` : null;
}

/** Vietnamese message for a refused attachment, or null when it is acceptable. */
export function commentFileProblem(name: string, bytes: Uint8Array): string | null {
  if (bytes.length > COMMENT_FILE_MAX_BYTES) return `Tệp "${name}" lớn hơn 10 MB; hãy nén hoặc chia nhỏ tệp.`;
  if (bytes.length === 0) return `Tệp "${name}" rỗng.`;
  if (!sniffCommentFile(bytes)) return `Tệp "${name}" không phải PDF, DOCX hay ODT (kiểm tra theo nội dung tệp, không theo tên).`;
  return null;
}
