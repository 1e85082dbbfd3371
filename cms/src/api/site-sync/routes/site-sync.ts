/** The change feed the site polls to invalidate its cache; it reveals nothing but an opaque counter. */
export default {
  routes: [
    { method: 'GET', path: '/site-sync/version', handler: 'site-sync.version', config: { auth: false } },
  ],
};
