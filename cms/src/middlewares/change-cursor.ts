import type { Core } from '@strapi/strapi';
import { CHANGE_CURSOR_HEADER } from '@cong/content';
import { changeLog } from '../services/change-feed/change-log';

/**
 * Every content-API answer says how far the change feed had counted when it was read (`X-Cong-Change-Cursor`,
 * content/src/change-feed.ts), taken after the route ran so the answer's data is at most that new. The site then
 * applies the feed up to there before it serves the answer (audit D17: a document arriving showed its back-link
 * while the page citing it, still cached, showed the number unlinked until the next poll).
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/api/')) ctx.set(CHANGE_CURSOR_HEADER, changeLog.version());
};
