import { ApiScheduleListSchema, weekFromKey, weekOf } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { apiAnswer, badParam, wholeListMeta } from '#lib/api/api-answer.ts';
import { scheduleBetween } from '#lib/portal/portal.ts';

/** GET /api/v1/schedule?week=2026-W48: the leaders' week (Monday 00:00 to Monday 00:00, Asia/Ho_Chi_Minh); this week by default. */
export const GET: APIRoute = async ({ url }) => {
  const raw = url.searchParams.get('week');
  const week = raw ? weekFromKey(raw) : weekOf(new Date());
  if (!week) badParam('week', vi.api.badWeek(raw ?? ''));
  // The schema keeps the contract's fields only (not the CMS's documentId and updatedAt).
  const data = (await scheduleBetween(week.start, week.end)).map((entry) => ({ week: week.key, ...entry }));
  return apiAnswer(ApiScheduleListSchema, { data, meta: wholeListMeta(data.length) });
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
