import {
  answerDueDate,
  isPublishedAnswer,
  parseHolidays,
  parseLookupCode,
  PUBLISHED_ANSWER_FILTER,
  type PublicQuestion,
  PublicQuestionSchema,
  QUESTION_STATUS_LABELS,
  type QuestionStatus,
} from '@cong/content';
import { z } from 'zod';
import { cms } from './cms-client.ts';
import { env } from './env.ts';

/**
 * Hỏi đáp, read side: the answers the agency chose to publish, and a question's status by its lookup code.
 * The citizen's name, e-mail and phone are private in the CMS schema, so they never reach the site.
 */
export type { PublicQuestion };
const List = z.object({ data: z.array(PublicQuestionSchema), meta: z.object({ pagination: z.object({ total: z.number(), pageCount: z.number() }) }) });

export async function publishedAnswers(limit = 50): Promise<PublicQuestion[]> {
  const body = await cms().get(
    '/api/questions',
    { filters: PUBLISHED_ANSWER_FILTER, sort: ['answeredAt:desc'], pagination: { page: 1, pageSize: limit } },
    List,
  );
  return body.data;
}

export interface StatusLookup {
  code: string;
  status: QuestionStatus;
  statusLabel: string;
  subject: string;
  submittedAt: string | null;
  dueDate: string | null;
  /** Only when the agency published the question and its answer (search links here for published answers). */
  question: string | null;
  answer: string | null;
  answeredAt: string | null;
}

/** null: the code is malformed or unknown (the page says the same for both, so codes cannot be probed). */
export async function lookupQuestion(raw: string): Promise<StatusLookup | null> {
  const code = parseLookupCode(raw);
  if (!code) return null;
  const body = await cms().get('/api/questions', { filters: { code: { $eq: code } }, pagination: { page: 1, pageSize: 1 } }, List);
  const q = body.data[0];
  if (!q) return null;
  const holidays = parseHolidays(env.PUBLIC_HOLIDAYS);
  return {
    code: q.code,
    status: q.status,
    statusLabel: QUESTION_STATUS_LABELS[q.status],
    subject: q.subject,
    submittedAt: q.submittedAt,
    dueDate: q.dueDate ?? (q.submittedAt ? answerDueDate(q.submittedAt, holidays) : null),
    question: isPublishedAnswer(q) ? q.body : null,
    answer: isPublishedAnswer(q) ? q.answer : null,
    answeredAt: q.answeredAt,
  };
}
