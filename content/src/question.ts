import { z } from 'zod';
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
  question: { submittedAt: string; status: QuestionStatus },
  now: Date,
  holidays: ReadonlySet<string>,
): boolean {
  if (question.status === 'answered' || question.status === 'rejected') return false;
  return workingDaysSince(question.submittedAt, now, holidays) > ANSWER_WORKING_DAYS;
}

export function answerDueDate(submittedAt: string, holidays: ReadonlySet<string>): string {
  return workingDayDeadline(submittedAt, ANSWER_WORKING_DAYS, holidays);
}
