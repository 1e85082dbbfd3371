import type { Core } from '@strapi/strapi';
import { acceptRequestId, loggablePath, newRequestId, REQUEST_ID_HEADER } from '@cong/content';

/**
 * Replaces `strapi::logger` (checked against Strapi 5.54): one JSON line per request on stdout — time, level,
 * method, path (secret-looking query values hidden), status, duration and the request id — written in one call,
 * so a log collector can parse it and a request can be followed from the site's line to this one.
 *
 * The id is the caller's `X-Request-Id` when it is a short safe token (the site sends its own request's id with
 * every CMS call), a fresh one otherwise; it is answered back in the same header and kept in
 * `ctx.state.requestId` for anything else that logs.
 */
export default () => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<void>) => {
    const started = performance.now();
    const requestId = acceptRequestId(ctx.get(REQUEST_ID_HEADER)) ?? newRequestId();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const status = failed ? 500 : ctx.status;
      process.stdout.write(
        `${JSON.stringify({
          time: new Date().toISOString(),
          level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
          service: 'cms',
          method: ctx.method,
          path: loggablePath(ctx.originalUrl),
          status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          requestId,
        })}\n`,
      );
    }
  };
};
