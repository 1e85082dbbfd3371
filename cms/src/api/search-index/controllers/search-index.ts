import { reindexStatus, startReindex } from '../../../services/search/search-reindex';

export default {
  async rebuild(ctx: any) {
    ctx.status = 202;
    ctx.body = await startReindex(strapi);
  },
  status(ctx: any) {
    ctx.body = reindexStatus();
  },
};
