import { submitQuestion } from '../../../domain/question-desk';

export default {
  async submit(ctx: any) {
    const result = await submitQuestion(strapi, ctx.request.body?.data);
    ctx.status = result.duplicate ? 200 : 201;
    ctx.body = { data: result };
  },
};
