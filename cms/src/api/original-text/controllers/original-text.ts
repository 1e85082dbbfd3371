import type { RequestContext } from '../../../model/request-context';
import { documentOriginals, mayReadDocuments } from '../../../services/original-text/original-text-report';
import { originalTextQueue } from '../../../services/original-text/text-extraction';

export default {
  async progress(ctx: RequestContext) {
    ctx.body = await originalTextQueue(strapi).progress();
  },
  async document(ctx: RequestContext) {
    if (!(await mayReadDocuments(strapi, ctx.request.header.authorization))) return ctx.unauthorized('Chỉ người biên tập văn bản xem được trạng thái trích xuất nội dung tệp.');
    ctx.body = await documentOriginals(strapi, String(ctx.params.documentId));
  },
};
