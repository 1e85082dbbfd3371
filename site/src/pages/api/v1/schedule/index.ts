import type { APIRoute } from 'astro';
import { weekFromKey, weekOf } from '@cong/content';
import { scheduleBetween } from '../../../../lib/portal.ts';
import { badParam, wholeList } from '../../../../lib/section-api.ts';

/** GET /api/v1/schedule?week=2026-W48: the leaders' week (Monday 00:00 to Monday 00:00, Asia/Ho_Chi_Minh); this week by default. */
export const GET: APIRoute = async ({ url }) => {
  const raw = url.searchParams.get('week');
  const week = raw ? weekFromKey(raw) : weekOf(new Date());
  if (!week) badParam('week', `Tuần “${raw}” không hợp lệ: hãy dùng dạng 2026-W48.`);
  const entries = await scheduleBetween(week.start, week.end);
  return wholeList(entries.map(({ documentId: _id, updatedAt: _u, ...entry }) => ({ week: week.key, ...entry })));
};
export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
