import { changeLog, currentVersion } from '../../../services/change-feed/change-log';

export default {
  version(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { version: currentVersion() };
  },

  changes(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    const since = typeof ctx.query.since === 'string' ? ctx.query.since : undefined;
    ctx.body = changeLog.since(since);
  },
};
