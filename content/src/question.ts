import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';
import { publicText } from './public-text.ts';
import { sectionByKey } from './portal-sections.ts';
import { workingDayDeadline, workingDaysSince } from './working-days.ts';

/**
 * Hỏi đáp (NĐ 43/2011 Điều 15 k2, Điều 17 k1đ): a citizen's question, answered by staff within 15 working
 * days; the citizen follows it with a lookup code; the agency chooses which answers to publish.
 */
export const ANSWER_WORKING_DAYS = 15;

export const QuestionStatusSchema = z.enum(['received', 'in-progress', 'answered', 'rejected']);
export type QuestionStatus = z.output<typeof QuestionStatusSchema>;
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  received: 'Đã tiếp nhận',
  'in-progress': 'Đang xử lý',
  answered: 'Đã trả lời',
  rejected: 'Không tiếp nhận',
};

// Crockford-style alphabet: no I, L, O, U, so a code read over the phone is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = /^HD-(\d{4})-([0-9A-HJKMNP-TV-Z]{6})$/;

/** "HD-2026-7K3Q9M": the year the question was sent and six random characters (2^30 codes a year). */
export function newLookupCode(year: number, random: (max: number) => number = secureRandom): string {
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += ALPHABET[random(ALPHABET.length)];
  return `HD-${year}-${tail}`;
}

function secureRandom(max: number): number {
  const [value] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return (value ?? 0) % max; // 32 divides 2^32: no bias
}

/** Normalises what a citizen typed ("hd 2026 7k3q9m", "HD-2026-7K3Q9O") to the code, or null. */
export function parseLookupCode(raw: string): string | null {
  const compact = raw.trim().toUpperCase().replace(/[\s_–-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const match = /^HD(\d{4})([0-9A-Z]{6})$/.exec(compact);
  if (!match) return null;
  const code = `HD-${match[1]}-${match[2]}`;
  return CODE.test(code) ? code : null;
}

/** Open and older than 15 working days: flagged to the staff. */
export function isOverdue(
  question: { submittedAt: string; answerStatus: QuestionStatus },
  now: Date,
  holidays: ReadonlySet<string>,
): boolean {
  if (question.answerStatus === 'answered' || question.answerStatus === 'rejected') return false;
  return workingDaysSince(question.submittedAt, now, holidays) > ANSWER_WORKING_DAYS;
}

export function answerDueDate(submittedAt: string, holidays: ReadonlySet<string>): string {
  return workingDayDeadline(submittedAt, ANSWER_WORKING_DAYS, holidays);
}

/**
 * What a citizen sends (the no-JS form on /hoi-dap), validated by the site before sending and by the CMS
 * before storing. Messages are Vietnamese and say how to fix the field; they are shown next to it.
 */
export const QUESTION_LIMITS = { name: 120, email: 254, phone: 20, subject: 200, body: 5000, bodyMin: 20 } as const;
export const QuestionSubmissionSchema = z.object({
  // Each field passes the public-text rule first (public-text.ts: no NUL or controls, not only invisible text).
  name: publicText().pipe(z.string().min(1, 'Hãy nhập họ và tên.').max(QUESTION_LIMITS.name, `Họ và tên dài quá ${QUESTION_LIMITS.name} ký tự.`)),
  email: publicText().pipe(z.string().max(QUESTION_LIMITS.email).pipe(z.email('Địa chỉ thư điện tử chưa đúng; hãy nhập dạng ten@vidu.vn để nhận trả lời.'))),
  phone: publicText()
    .pipe(z.string().max(QUESTION_LIMITS.phone).regex(/^$|^[+\d][\d .-]{7,}$/, 'Số điện thoại chưa đúng; hãy nhập chữ số, ví dụ 0912 345 678, hoặc để trống.'))
    .default(''),
  subject: publicText().pipe(
    z.string().min(1, 'Hãy nhập tiêu đề câu hỏi.').max(QUESTION_LIMITS.subject, `Tiêu đề dài quá ${QUESTION_LIMITS.subject} ký tự; hãy rút gọn.`),
  ),
  body: publicText().pipe(
    z
      .string()
      .min(QUESTION_LIMITS.bodyMin, `Nội dung câu hỏi cần ít nhất ${QUESTION_LIMITS.bodyMin} ký tự để cơ quan hiểu và trả lời được.`)
      .max(QUESTION_LIMITS.body, `Nội dung dài quá ${QUESTION_LIMITS.body} ký tự; hãy rút gọn hoặc gửi làm nhiều câu hỏi.`),
  ),
  consent: z.literal(true, 'Hãy đồng ý để cơ quan dùng thông tin liên hệ của bạn cho việc trả lời câu hỏi.'),
});
export type QuestionSubmission = z.output<typeof QuestionSubmissionSchema>;

/**
 * A question as the CMS lets the site and search read it: the asker's name, e-mail and phone are private fields
 * of the CMS schema and are not part of this shape, so they cannot leak through it.
 */
export const PublicQuestionSchema = z.object({
  documentId: z.string(),
  code: z.string(),
  subject: z.string(),
  body: z.string(),
  submittedAt: OptionalTextSchema,
  /**
   * Where the desk is with the question. Not `status`: Strapi 5's content manager reads a body field of that name
   * as its draft/published status and refuses any other value (400 "Invalid status"), so staff could not save.
   */
  answerStatus: QuestionStatusSchema,
  /** Markdown. */
  answer: OptionalTextSchema,
  answeredAt: OptionalTextSchema,
  answeredBy: OptionalTextSchema,
  showPublicly: z.boolean().nullish(),
  dueDate: OptionalTextSchema,
  updatedAt: z.string(),
});
export type PublicQuestion = z.output<typeof PublicQuestionSchema>;

/** Whether the agency has published this question and its answer (the list on /hoi-dap, the API, search). */
export function isPublishedAnswer(question: Pick<PublicQuestion, 'answerStatus' | 'showPublicly'>): boolean {
  return question.answerStatus === 'answered' && question.showPublicly === true;
}

/** The same rule as a CMS filter: Strapi's REST `filters` and its query engine's `where` both read this shape. */
export const PUBLISHED_ANSWER_FILTER = { answerStatus: { $eq: 'answered' }, showPublicly: { $eq: true } } as const;

/**
 * Where a question is read on the site: the lookup by its code on /hoi-dap, which shows any question's status and,
 * once published, its answer. The list of published answers only holds the latest ones, so it is not a stable link.
 */
export function questionLookupPath(code: string): string {
  return `${sectionByKey('questions').path}?ma=${encodeURIComponent(code)}#tra-cuu`;
}
