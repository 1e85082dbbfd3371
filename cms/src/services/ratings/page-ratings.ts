import type { Core } from '@strapi/strapi';
import { firstIssue, RatingInputSchema, todayInVietnam } from '@cong/content';
import { RuleViolationError } from '../../errors';
import { PAGE_RATING, PAGE_RATING_TOTAL } from '../../model/uids';

/**
 * Online satisfaction rating (NĐ 224/2026 Điều 10): anonymous, one vote per visitor per page per Vietnamese day.
 * The site sends a key derived (HMAC, daily) from the visitor's address and browser, never the address itself;
 * a repeat with the same key on the same day is not counted. Editors read the running totals per page in
 * "Tổng hợp đánh giá mức độ hài lòng".
 */
export async function ratePage(strapi: Core.Strapi, input: unknown): Promise<{ counted: boolean }> {
  const parsed = RatingInputSchema.safeParse(input);
  if (!parsed.success) {
    const { message, field } = firstIssue(parsed.error, '');
    throw new RuleViolationError(message, field);
  }
  const { path, score, visitorKey } = parsed.data;
  const day = todayInVietnam();
  const seen = await strapi.db.query(PAGE_RATING).findOne({ where: { path, day, visitorKey }, select: ['id'] });
  if (seen) return { counted: false };
  await strapi.documents(PAGE_RATING).create({ data: { path, day, score, visitorKey } });
  const field = ({ 'hai-long': 'satisfied', 'binh-thuong': 'neutral', 'chua-hai-long': 'unsatisfied' } as const)[score];
  await addToTotal(strapi, path, field);
  return { counted: true };
}

/**
 * Adds one vote to the page's running total. Two first votes for a page may race to create its row (`path` is
 * unique): the loser then increments the winner's row.
 */
async function addToTotal(strapi: Core.Strapi, path: string, field: 'satisfied' | 'neutral' | 'unsatisfied', retry = true): Promise<void> {
  const now = new Date().toISOString();
  // An atomic increment in the database: concurrent votes for the same page are all counted.
  const updated = await strapi.db
    .connection('page_rating_totals')
    .where({ path })
    .update({ [field]: strapi.db.connection.raw('?? + 1', [field]), total: strapi.db.connection.raw('?? + 1', ['total']), last_rated_at: new Date(now) });
  if (updated > 0) return;
  try {
    await strapi.documents(PAGE_RATING_TOTAL).create({
      data: { path, satisfied: 0, neutral: 0, unsatisfied: 0, total: 1, lastRatedAt: now, [field]: 1 },
    });
  } catch (error) {
    if (!retry) throw error;
    await addToTotal(strapi, path, field, false);
  }
}
