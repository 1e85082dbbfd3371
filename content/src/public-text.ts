import { z } from 'zod';
import { toNfc } from './vietnamese-text.ts';

/**
 * Text typed by the public into any form or the comment API (comments, questions, ratings), before each field's
 * own rules: line breaks made "\n", NFC, trimmed; then refused, with a message that says what to fix, when it
 *  - carries a control character other than line break and tab (NUL above all: PostgreSQL refuses it in a text
 *    column, so the citizen would get "send again" for ever), or a lone surrogate (not text at all);
 *  - carries a bidirectional override or isolate (U+202A–202E, U+2066–2069): Vietnamese never needs them, and
 *    they make a name read backwards in the moderation list and in mails ("‮nimda‬");
 *  - is not empty yet holds no letter or digit (only zero-width or direction marks, say).
 * Both the site (before relaying) and the CMS (before storing) run these schemas, so such text never reaches
 * the database.
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const PUBLIC_TEXT_MESSAGES = {
  notText: 'Giá trị phải là chuỗi ký tự.',
  control: 'Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); hãy gõ lại hoặc dán dưới dạng văn bản thuần.',
  bidi: 'Có ký tự đảo chiều hiển thị (U+202A–U+202E, U+2066–U+2069); hãy xóa các ký tự này rồi gửi lại.',
  invisible: 'Chỉ có ký tự vô hình hoặc ký tự điều khiển hướng chữ; hãy nhập chữ hoặc số.',
} as const;

/** The first problem of a text (already normalised), or null when it is acceptable. */
export function publicTextProblem(value: string): string | null {
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) return PUBLIC_TEXT_MESSAGES.control;
  if (BIDI_OVERRIDE.test(value)) return PUBLIC_TEXT_MESSAGES.bidi;
  if (value !== '' && !LETTER_OR_DIGIT.test(value)) return PUBLIC_TEXT_MESSAGES.invisible;
  return null;
}

/** CRLF (what browsers send for a textarea) and lone CR become LF; NFC; trimmed. */
export function normalizePublicText(value: string): string {
  return toNfc(value.replace(/\r\n?/g, '\n')).trim();
}

/**
 * A public text field: missing (undefined, null) reads as "", a string is normalised, then checked. Chain the
 * field's own rules with `.pipe(z.string().min(…).max(…))`.
 */
export function publicText() {
  return z.preprocess(
    (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? normalizePublicText(v) : v),
    z.string({ error: PUBLIC_TEXT_MESSAGES.notText }).superRefine((value, ctx) => {
      const problem = publicTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    }),
  );
}
