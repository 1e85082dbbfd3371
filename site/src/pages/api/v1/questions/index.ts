import { ApiAnswerListSchema } from '@cong/content';
import type { APIRoute } from 'astro';
import { apiAnswer, wholeListMeta } from '#lib/api/api-answer.ts';
import { publishedAnswers } from '#lib/portal/questions.ts';

/** GET /api/v1/questions: the answers the agency chose to publish (no personal data: it never reaches the site). */
export const GET: APIRoute = async () => {
  const data = (await publishedAnswers(100)).map((q) => ({ code: q.code, subject: q.subject, question: q.body, answer: q.answer, answeredBy: q.answeredBy, submittedAt: q.submittedAt, answeredAt: q.answeredAt }));
  return apiAnswer(ApiAnswerListSchema, { data, meta: wholeListMeta(data.length) });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
