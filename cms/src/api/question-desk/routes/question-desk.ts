import { rememberedTokenAuth } from '../../../strapi-internals/token-auth';

/**
 * POST /api/question-desk/submit: the public site files a citizen's question. Only the `cong-public-input` API
 * token may call it (provisioning gives that token this one action and nothing else).
 * GET …/answers and …/lookup/:code: what the site may read of Hỏi đáp (its `cong-site` token has these two
 * actions, not the question collection): published answers, and a question's status by its lookup code.
 */
export default {
  routes: [
    { method: 'POST', path: '/question-desk/submit', handler: 'question-desk.submit', config: { auth: rememberedTokenAuth() } },
    { method: 'GET', path: '/question-desk/answers', handler: 'question-desk.answers' },
    { method: 'GET', path: '/question-desk/lookup/:code', handler: 'question-desk.lookup' },
  ],
};
