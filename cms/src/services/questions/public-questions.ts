import type { Core } from '@strapi/strapi';
import { isPublishedAnswer, parseLookupCode, PUBLISHED_ANSWER_FILTER } from '@cong/content';
import { QUESTION } from '../../model/uids';
import { instant, type QuestionRow } from '../../model/rows';

type Row = Record<string, unknown>;

/**
 * Hỏi đáp as the public site may read it. The site's token has no access to the question collection (citizens'
 * questions, even their subjects, are not public data); these two reads apply the publication rule themselves:
 * the published answers, and one question's status by its lookup code, its text only once published.
 */
const PUBLIC_FIELDS = ['documentId', 'code', 'subject', 'body', 'submittedAt', 'answerStatus', 'answer', 'answeredAt', 'answeredBy', 'showPublicly', 'dueDate', 'updatedAt'];

function toPublic(row: QuestionRow): Row {
  const published = row.answerStatus != null && isPublishedAnswer({ answerStatus: row.answerStatus, showPublicly: row.showPublicly ?? false });
  const iso = instant;
  return {
    documentId: row.documentId,
    code: row.code,
    subject: row.subject,
    body: published ? row.body : '',
    submittedAt: iso(row.submittedAt),
    answerStatus: row.answerStatus,
    answer: published ? (row.answer ?? null) : null,
    answeredAt: published ? iso(row.answeredAt) : null,
    answeredBy: published ? (row.answeredBy ?? null) : null,
    showPublicly: row.showPublicly ?? false,
    dueDate: iso(row.dueDate),
    updatedAt: iso(row.updatedAt),
  };
}

/** The latest published answers. */
export async function publishedAnswers(strapi: Core.Strapi, limit: number): Promise<Row[]> {
  const rows: QuestionRow[] = await strapi.db.query(QUESTION).findMany({
    where: PUBLISHED_ANSWER_FILTER,
    select: PUBLIC_FIELDS,
    orderBy: [{ answeredAt: 'desc' }, { id: 'desc' }],
    limit: Math.min(Math.max(1, limit), 100),
  });
  return rows.map(toPublic);
}

/** One question by its lookup code, or null (malformed and unknown codes look the same). */
export async function questionByCode(strapi: Core.Strapi, raw: string): Promise<Row | null> {
  const code = parseLookupCode(raw);
  if (!code) return null;
  const row: QuestionRow | null = await strapi.db.query(QUESTION).findOne({ where: { code }, select: PUBLIC_FIELDS });
  return row ? toPublic(row) : null;
}
