/**
 * The change feed the site reads to invalidate its caches (cms/src/services/change-feed/change-log.ts).
 * `/version` reveals nothing but an opaque counter, so it stays open (older sites poll it). `/changes` names content
 * types and documentIds, including those of entries the public never sees (a rejected comment, an unanswered
 * question): only the site's own token (`cong-site`, SITE_READ_ACTIONS) may read it.
 */
export default {
  routes: [
    { method: 'GET', path: '/site-sync/version', handler: 'site-sync.version', config: { auth: false } },
    { method: 'GET', path: '/site-sync/changes', handler: 'site-sync.changes' },
  ],
};
