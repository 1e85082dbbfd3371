import type { RequestContext } from '../../../model/request-context';
import { submitQuestion } from '../../../services/questions/question-desk';
import { publishedAnswers, questionByCode } from '../../../services/questions/public-questions';

export default {
  async submit(ctx: RequestContext) {
    const result = await submitQuestion(strapi, ctx.request.body?.data);
    ctx.status = result.duplicate ? 200 : 201;
    ctx.body = { data: result };
  },

  async answers(ctx: RequestContext) {
    const limit = Number.parseInt(String(ctx.query.limit ?? '50'), 10);
    ctx.body = { data: await publishedAnswers(strapi, Number.isFinite(limit) ? limit : 50) };
  },

  async lookup(ctx: RequestContext) {
    ctx.body = { data: await questionByCode(strapi, String(ctx.params.code)) };
  },
};
