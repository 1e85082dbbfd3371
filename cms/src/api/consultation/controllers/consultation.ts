import type { RequestContext } from '../../../model/request-context';
import { type Core, factories } from '@strapi/strapi';
import {
  CommentInvalidError,
  CommentRateLimitedError,
  ConsultationClosedError,
  ConsultationNotFoundError,
  submitComment,
} from '../../../services/comments/intake';
import { adminUserAbleToModerate, approvedComments, commentAttachment, commentAttachments, commentSummary, exportComments, NotModeratorError } from '../../../services/comments/moderation';

type Answer = { status: number; body: unknown; retryAfter?: number };

/** The submission errors become HTTP answers here, once: 400 per-field messages, 404, 409, 429 with Retry-After. */
function errorAnswer(error: unknown): Answer {
  if (error instanceof CommentInvalidError) return { status: 400, body: { errors: error.errors } };
  if (error instanceof ConsultationNotFoundError) return { status: 404, body: { error: { message: 'Không tìm thấy dự thảo này.' } } };
  if (error instanceof ConsultationClosedError) return { status: 409, body: { error: { message: error.message, status: error.status } } };
  if (error instanceof CommentRateLimitedError) {
    return { status: 429, body: { error: { message: error.message, retryAfter: error.retryAfterSeconds } }, retryAfter: error.retryAfterSeconds };
  }
  if (error instanceof NotModeratorError) return { status: 401, body: { error: { message: 'Cần đăng nhập trang quản trị với quyền kiểm duyệt góp ý.' } } };
  throw error;
}

function answerError(ctx: RequestContext, error: unknown): void {
  const answer = errorAnswer(error);
  ctx.status = answer.status;
  if (answer.retryAfter !== undefined) ctx.set('Retry-After', String(answer.retryAfter));
  ctx.body = answer.body;
}

/**
 * Comments relayed by the site together (site/src/lib/consultations/comment-relay.ts): `{ items: [{ slug, body, address }] }`
 * → `{ results: [{ status, body, retryAfter? }] }` in the same order, each exactly what its own request would
 * have answered. Each item is committed before the answer, as for one comment. One request for many comments
 * saves the HTTP, authentication and middleware work per comment that dominated the CMS under a burst.
 */
const MAX_ITEMS = 100;

async function submitMany(strapi: Core.Strapi, items: unknown): Promise<Answer> {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
    return { status: 400, body: { error: { message: `items: từ 1 đến ${MAX_ITEMS} góp ý.` } } };
  }
  const now = new Date();
  const results = await Promise.all(
    items.map(async (item: { slug?: unknown; body?: unknown; address?: unknown } | null): Promise<Answer> => {
      try {
        const result = await submitComment(strapi, String(item?.slug ?? ''), item?.body, String(item?.address ?? ''), now);
        return { status: 202, body: result };
      } catch (error) {
        return errorAnswer(error);
      }
    }),
  );
  return { status: 200, body: { results } };
}

export default factories.createCoreController('api::consultation.consultation', ({ strapi }) => ({
  async submitComment(ctx: RequestContext) {
    // The batch route shares this action (and so the `cong-site-comments` token's one permission).
    if (ctx.params.slug === undefined) {
      const answer = await submitMany(strapi, ctx.request.body?.items);
      ctx.status = answer.status;
      ctx.body = answer.body;
      return;
    }
    try {
      const address = String(ctx.get('x-cong-client-address') || ctx.request.ip || '');
      const raw = ctx.request.files?.attachments;
      const files = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f) => f && f.size > 0);
      const result = await submitComment(strapi, String(ctx.params.slug), ctx.request.body, address, new Date(), files);
      ctx.status = 202;
      ctx.body = result;
    } catch (error) {
      answerError(ctx, error);
    }
  },

  async commentSummary(ctx: RequestContext) {
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

  async exportComments(ctx: RequestContext) {
    try {
      // The export carries e-mail and phone: moderators only, not every reader of comments.
      await adminUserAbleToModerate(strapi, ctx.get('authorization'), { decide: true });
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

  /** The public site's one door to comments: approved ones only, anonymous names masked, all of them (I2). */
  async approvedComments(ctx: RequestContext) {
    const data = await approvedComments(strapi, String(ctx.params.ref));
    if (!data) {
      ctx.status = 404;
      ctx.body = { error: { message: 'Không tìm thấy dự thảo này.' } };
      return;
    }
    ctx.body = { data, meta: { total: data.length } };
  },

  /** A comment's private attachments (names, sizes), for the moderation view; moderators only. */
  async commentAttachments(ctx: RequestContext) {
    try {
      await adminUserAbleToModerate(strapi, ctx.get('authorization'), { decide: true });
      const list = await commentAttachments(strapi, String(ctx.params.id));
      if (!list) {
        ctx.status = 404;
        ctx.body = { error: { message: 'Không tìm thấy góp ý này.' } };
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: list };
    } catch (error) {
      answerError(ctx, error);
    }
  },

  /** One attachment, as a download that no browser renders inline on the admin's origin; moderators only. */
  async commentAttachment(ctx: RequestContext) {
    try {
      await adminUserAbleToModerate(strapi, ctx.get('authorization'), { decide: true });
      const index = /^\d{1,2}$/.test(String(ctx.params.index)) ? Number(ctx.params.index) : -1;
      const file = await commentAttachment(strapi, String(ctx.params.id), index);
      if (!file) {
        ctx.status = 404;
        ctx.body = { error: { message: 'Không tìm thấy tệp đính kèm này.' } };
        return;
      }
      ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
      ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'no-store');
      ctx.type = file.type;
      ctx.body = file.body;
    } catch (error) {
      answerError(ctx, error);
    }
  },
}));
