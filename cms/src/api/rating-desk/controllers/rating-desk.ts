import type { RequestContext } from '../../../model/request-context';
import { ratePage } from '../../../services/ratings/page-ratings';

export default {
  async rate(ctx: RequestContext) {
    const result = await ratePage(strapi, ctx.request.body?.data);
    ctx.status = result.counted ? 201 : 200;
    ctx.body = { data: result };
  },
};
