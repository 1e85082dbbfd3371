import {
  answerDueDate,
  isOverdue,
  isPublishedAnswer,
  parseHolidays,
  parseLookupCode,
  type PublicQuestion,
  PublicQuestionSchema,
  QUESTION_STATUS_LABELS,
  type QuestionStatus,
} from '@cong/content';
import { z } from 'zod';
import { cms } from '../cms/cms-client.ts';
import { env } from '../server/env.ts';

/**
 * Hỏi đáp, read side: the answers the agency chose to publish, and a question's status by its lookup code.
 * The site's token cannot read the question collection: the CMS's question-desk routes apply the publication
 * rule themselves (cms/src/services/questions/public-questions.ts), and the citizen's name, e-mail and phone never leave it.
 */
export type { PublicQuestion };
const List = z.object({ data: z.array(PublicQuestionSchema) });
const One = z.object({ data: PublicQuestionSchema.nullable() });

export async function publishedAnswers(limit = 50): Promise<PublicQuestion[]> {
  const body = await cms().get(`/api/question-desk/answers?limit=${Math.trunc(limit)}`, {}, List);
  return body.data;
}

export interface StatusLookup {
  code: string;
  status: QuestionStatus;
  statusLabel: string;
  subject: string;
  submittedAt: string | null;
  dueDate: string | null;
  /** Still open after the 15 working days (content/src/question.ts `isOverdue`, the rule the CMS flags for staff). */
  overdue: boolean;
  /** Only when the agency published the question and its answer (search links here for published answers). */
  question: string | null;
  answer: string | null;
  answeredAt: string | null;
}

/** null: the code is malformed or unknown (the page says the same for both, so codes cannot be probed). */
export async function lookupQuestion(raw: string): Promise<StatusLookup | null> {
  const code = parseLookupCode(raw);
  if (!code) return null;
  const body = await cms().get(`/api/question-desk/lookup/${encodeURIComponent(code)}`, {}, One);
  const q = body.data;
  if (!q) return null;
  const holidays = parseHolidays(env.PUBLIC_HOLIDAYS);
  return {
    code: q.code,
    status: q.answerStatus,
    statusLabel: QUESTION_STATUS_LABELS[q.answerStatus],
    subject: q.subject,
    submittedAt: q.submittedAt,
    dueDate: q.dueDate ?? (q.submittedAt ? answerDueDate(q.submittedAt, holidays) : null),
    overdue: q.submittedAt ? isOverdue({ submittedAt: q.submittedAt, answerStatus: q.answerStatus }, new Date(), holidays) : false,
    question: isPublishedAnswer(q) ? q.body : null,
    answer: isPublishedAnswer(q) ? q.answer : null,
    answeredAt: q.answeredAt,
  };
}
