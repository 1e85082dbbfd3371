import type { Core } from '@strapi/strapi';
/**
 * The portal has no end-user accounts, so nothing under /api/auth or /api/connect exists: a clean 404, before the
 * body is parsed. The routes themselves are removed too (cms/src/extensions/users-permissions/strapi-server.ts);
 * without this, a POST there met Strapi's GET-only static route and answered 405.
 */
const CLOSED = /^\/api\/(auth|connect)(\/|$)/;

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (!CLOSED.test(ctx.path)) return next();
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
};
