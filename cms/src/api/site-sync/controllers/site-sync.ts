import type { RequestContext } from '../../../model/request-context';
import { changeLog, currentVersion } from '../../../services/change-feed/change-log';

export default {
  version(ctx: RequestContext) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { version: currentVersion() };
  },

  changes(ctx: RequestContext) {
    ctx.set('Cache-Control', 'no-store');
    const since = typeof ctx.query.since === 'string' ? ctx.query.since : undefined;
    ctx.body = changeLog.since(since);
  },
};
