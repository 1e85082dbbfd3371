import { rememberedTokenAuth } from '../../../domain/token-auth';

/**
 * POST /api/question-desk/submit: the public site files a citizen's question. Only the `cong-public-input` API
 * token may call it (provisioning gives that token this one action and nothing else).
 */
export default {
  routes: [{ method: 'POST', path: '/question-desk/submit', handler: 'question-desk.submit', config: { auth: rememberedTokenAuth() } }],
};
