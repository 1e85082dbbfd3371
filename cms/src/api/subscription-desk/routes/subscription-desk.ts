import { rememberedTokenAuth } from '../../../strapi-internals/token-auth';

/**
 * Nhận tin qua thư điện tử. subscribe / confirm / unsubscribe: the public site relays a citizen's request with the
 * `cong-public-input` token (these three actions are in its list). digest: sends the daily digest now — for an
 * operator (and the tests) with a full-access token; the cron sends it every day anyway.
 */
export default {
  routes: [
    { method: 'POST', path: '/subscription-desk/subscribe', handler: 'subscription-desk.subscribe', config: { auth: rememberedTokenAuth() } },
    { method: 'POST', path: '/subscription-desk/confirm', handler: 'subscription-desk.confirm', config: { auth: rememberedTokenAuth() } },
    { method: 'POST', path: '/subscription-desk/unsubscribe', handler: 'subscription-desk.unsubscribe', config: { auth: rememberedTokenAuth() } },
    { method: 'POST', path: '/subscription-desk/digest', handler: 'subscription-desk.digest' },
  ],
};
