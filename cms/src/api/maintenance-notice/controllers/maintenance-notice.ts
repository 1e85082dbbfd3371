import type { RequestContext } from '../../../model/request-context';
import { factories } from '@strapi/strapi';
import { MAINTENANCE_NOTICE } from '../../../model/uids';

export default factories.createCoreController(MAINTENANCE_NOTICE, ({ strapi }) => ({
  /** The scheduled notice or `null` — always 200, so the site caches "no notice" like any other answer. */
  async current(ctx: RequestContext) {
    const notice = await strapi.documents(MAINTENANCE_NOTICE).findFirst({ fields: ['startsAt', 'endsAt', 'announceFrom', 'message'] });
    ctx.body = { data: notice ? { startsAt: notice.startsAt, endsAt: notice.endsAt, announceFrom: notice.announceFrom ?? null, message: notice.message ?? null } : null };
  },
}));
