import { factories } from '@strapi/strapi';
import {
  CommentInvalidError,
  CommentRateLimitedError,
  ConsultationClosedError,
  ConsultationNotFoundError,
  submitComment,
} from '../../../domain/public-comments';
import { adminUserAbleToModerate, commentSummary, exportComments, NotModeratorError } from '../../../domain/moderation';

/** The submission errors become HTTP here, once: 400 per-field messages, 404, 409, 429 with Retry-After. */
function answerError(ctx: any, error: unknown): void {
  if (error instanceof CommentInvalidError) {
    ctx.status = 400;
    ctx.body = { errors: error.errors };
  } else if (error instanceof ConsultationNotFoundError) {
    ctx.status = 404;
    ctx.body = { error: { message: 'Không tìm thấy dự thảo này.' } };
  } else if (error instanceof ConsultationClosedError) {
    ctx.status = 409;
    ctx.body = { error: { message: error.message, status: error.status } };
  } else if (error instanceof CommentRateLimitedError) {
    ctx.status = 429;
    ctx.set('Retry-After', String(error.retryAfterSeconds));
    ctx.body = { error: { message: error.message, retryAfter: error.retryAfterSeconds } };
  } else if (error instanceof NotModeratorError) {
    ctx.status = 401;
    ctx.body = { error: { message: 'Cần đăng nhập trang quản trị với quyền kiểm duyệt góp ý.' } };
  } else {
    throw error;
  }
}

export default factories.createCoreController('api::consultation.consultation', ({ strapi }) => ({
  async submitComment(ctx: any) {
    try {
      const address = String(ctx.get('x-cong-client-address') || ctx.request.ip || '');
      const raw = ctx.request.files?.attachments;
      const files = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f: any) => f && f.size > 0);
      const result = await submitComment(strapi, String(ctx.params.slug), ctx.request.body, address, new Date(), files);
      ctx.status = 202;
      ctx.body = result;
    } catch (error) {
      answerError(ctx, error);
    }
  },

  async commentSummary(ctx: any) {
    try {
      await adminUserAbleToModerate(strapi, ctx.get('authorization'));
      const summary = await commentSummary(strapi, String(ctx.params.ref));
      if (!summary) throw new ConsultationNotFoundError(String(ctx.params.ref));
      ctx.set('Cache-Control', 'no-store');
      ctx.body = summary;
    } catch (error) {
      answerError(ctx, error);
    }
  },

  async exportComments(ctx: any) {
    try {
      await adminUserAbleToModerate(strapi, ctx.get('authorization'));
      const format = ctx.query.format === 'xlsx' ? 'xlsx' : 'csv';
      const file = await exportComments(strapi, String(ctx.params.ref), format, ctx.query.status === 'approved');
      if (!file) throw new ConsultationNotFoundError(String(ctx.params.ref));
      ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = file.type;
      ctx.body = file.body;
    } catch (error) {
      answerError(ctx, error);
    }
  },
}));
