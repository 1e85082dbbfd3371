import type { RequestContext } from '../../../model/request-context';
import { confirm, subscribe, unsubscribe } from '../../../services/subscriptions/subscription-desk';
import { runDigest } from '../../../services/subscriptions/digest';

export default {
  async subscribe(ctx: RequestContext) {
    ctx.status = 202;
    ctx.body = { data: await subscribe(strapi, ctx.request.body?.data) };
  },

  async confirm(ctx: RequestContext) {
    ctx.body = { data: await confirm(strapi, ctx.request.body?.data?.token) };
  },

  async unsubscribe(ctx: RequestContext) {
    ctx.body = { data: await unsubscribe(strapi, ctx.request.body?.data?.token) };
  },

  async digest(ctx: RequestContext) {
    ctx.body = { data: await runDigest(strapi) };
  },
};
