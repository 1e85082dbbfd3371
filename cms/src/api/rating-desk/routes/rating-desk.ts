import { rememberedTokenAuth } from '../../../strapi-internals/token-auth';

/** POST /api/rating-desk/rate: the public site records a page rating (only the `cong-public-input` token may). */
export default {
  routes: [{ method: 'POST', path: '/rating-desk/rate', handler: 'rating-desk.rate', config: { auth: rememberedTokenAuth() } }],
};
