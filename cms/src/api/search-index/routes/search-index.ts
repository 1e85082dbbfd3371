/** Rebuilding the search index is an operator's action: it needs a full-access API token. */
export default {
  routes: [
    { method: 'POST', path: '/search-index/rebuild', handler: 'search-index.rebuild' },
    { method: 'GET', path: '/search-index/rebuild', handler: 'search-index.status' },
  ],
};
