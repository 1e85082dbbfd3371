import type { RequestContext } from '../../../model/request-context';
import { reindexStatus, startReindex } from '../../../services/search/search-reindex';

export default {
  async rebuild(ctx: RequestContext) {
    ctx.status = 202;
    ctx.body = await startReindex(strapi);
  },
  status(ctx: RequestContext) {
    ctx.body = reindexStatus();
  },
};
