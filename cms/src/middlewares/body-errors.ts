import type { Core } from '@strapi/strapi';
/**
 * koa-body's failures (a truncated multipart body, `Content-Encoding: gzip` on a plain body, an unreadable
 * charset) carry no status and became 500s. They are the client's fault: answered 400 with Strapi's JSON error
 * shape. Only errors thrown before `global::body-parsed` marks the body as read are mapped, so an error of
 * a controller further down is never disguised as a bad request. Checked against Strapi 5.54's `strapi::body`.
 */
const MESSAGE = 'Nội dung yêu cầu không đọc được (dữ liệu bị cắt ngang hoặc mã hoá sai).';

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  try {
    await next();
  } catch (caught: unknown) {
    if (ctx.state.bodyParsed) throw caught;
    const error = (caught ?? {}) as { status?: unknown; statusCode?: unknown; message?: unknown };
    const status = Number(error.status ?? error.statusCode);
    // 413 (too large) and 415 (unsupported) are already right; everything else the parser throws is a 400.
    const answer = status === 413 || status === 415 ? status : 400;
    ctx.status = answer;
    ctx.body = { data: null, error: { status: answer, name: answer === 400 ? 'BadRequestError' : 'PayloadError', message: answer === 400 ? MESSAGE : String(error.message ?? MESSAGE), details: {} } };
  }
};
