/** Bulk import through the CMS (never around it): needs a full-access API token. */
export default {
  routes: [{ method: 'POST', path: '/registry/import', handler: 'registry.import' }],
};
