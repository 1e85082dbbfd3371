import type { Core } from '@strapi/strapi';
/** Marks the request body as parsed, for `global::body-errors` (see there). */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  ctx.state.bodyParsed = true;
  await next();
};
