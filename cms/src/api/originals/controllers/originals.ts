import { z } from 'zod';
import type { RequestContext } from '../../../model/request-context';
import { LEGAL_DOCUMENT } from '../../../model/uids';
import { originals } from '../../../services/originals/originals';
import { adminSessionUser, isSuperAdmin } from '../../../strapi-internals/admin-session';

const Body = z.object({ documentId: z.string().min(1).max(64).optional() }).strict();

/** The admin session of someone who may read (or edit) legal documents; else the answer is already a 401. */
async function editor(ctx: RequestContext, action: 'read' | 'update'): Promise<boolean> {
  const session = await adminSessionUser(strapi, ctx.get('authorization'));
  if (session && (isSuperAdmin(session.user) || session.ability.can(`plugin::content-manager.explorer.${action}`, LEGAL_DOCUMENT))) return true;
  ctx.status = 401;
  ctx.body = {
    error: { message: action === 'update' ? 'Cần đăng nhập trang quản trị với quyền sửa văn bản để kiểm tra lại chữ ký số.' : 'Cần đăng nhập trang quản trị với quyền xem văn bản.' },
  };
  return false;
}

export default {
  /** One document's originals with their signature reports (the edit view's panel). */
  async reports(ctx: RequestContext) {
    if (!(await editor(ctx, 'read'))) return;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await originals(strapi).reportsOf(String(ctx.params.documentId).slice(0, 64));
  },

  /** Re-verifies one document's originals (`{ documentId }`) or every original; answers when done, with the count. */
  async reverify(ctx: RequestContext) {
    if (!(await editor(ctx, 'update'))) return;
    const body = Body.safeParse(ctx.request.body ?? {});
    if (!body.success) {
      ctx.status = 400;
      ctx.body = { error: { message: 'Yêu cầu chỉ nhận "documentId" (mã văn bản) hoặc không gì cả (kiểm tra lại mọi tệp gốc).' } };
      return;
    }
    const verified = await originals(strapi).reverify(body.data.documentId ? [body.data.documentId] : null);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { verified, trustList: await originals(strapi).fingerprint() };
  },
};
