import type { APIRoute } from 'astro';
import { publishedAnswers } from '../../../../lib/questions.ts';
import { wholeList } from '../../../../lib/section-api.ts';

/** GET /api/v1/questions: the answers the agency chose to publish (no personal data: it never reaches the site). */
export const GET: APIRoute = async () =>
  wholeList((await publishedAnswers(100)).map((q) => ({ code: q.code, subject: q.subject, question: q.body, answer: q.answer, answeredBy: q.answeredBy, submittedAt: q.submittedAt, answeredAt: q.answeredAt })));
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
