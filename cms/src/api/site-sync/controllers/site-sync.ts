import { currentVersion } from '../../../domain/change-feed';

export default {
  version(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { version: currentVersion() };
  },
};
