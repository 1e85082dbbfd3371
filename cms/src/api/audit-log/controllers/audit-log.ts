import type { RequestContext } from '../../../model/request-context';
import { parseAuditQuery } from '../../../rules/audit-entry';
import { assertAuditReader, exportAudit, listAudit, NotAuditorError } from '../../../services/audit/audit-log';
import { todayInVietnam } from '@cong/content';

/** Who may read, and what the filters say, are answered here once: 401 and 400 with a Vietnamese message. */
async function readable(ctx: RequestContext): Promise<ReturnType<typeof parseAuditQuery> | null> {
  try {
    await assertAuditReader(strapi, ctx.get('authorization'));
  } catch (error) {
    if (!(error instanceof NotAuditorError)) throw error;
    ctx.status = 401;
    ctx.body = { error: { message: 'Cần đăng nhập trang quản trị với quyền "Xem và xuất nhật ký thao tác".' } };
    return null;
  }
  const parsed = parseAuditQuery(ctx.query ?? {});
  if (!parsed.ok) {
    ctx.status = 400;
    ctx.body = { error: { message: parsed.error } };
    return null;
  }
  ctx.set('Cache-Control', 'no-store');
  return parsed;
}

export default {
  async list(ctx: RequestContext) {
    const parsed = await readable(ctx);
    if (parsed?.ok) ctx.body = await listAudit(strapi, parsed.value);
  },

  async export(ctx: RequestContext) {
    const parsed = await readable(ctx);
    if (!parsed?.ok) return;
    ctx.set('Content-Disposition', `attachment; filename="nhat-ky-thao-tac-${todayInVietnam()}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = await exportAudit(strapi, { ...parsed.value, page: 1 });
  },
};
