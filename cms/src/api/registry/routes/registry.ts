/**
 * Bulk import through the CMS (never around it): needs a full-access API token. The statistics rows of the published
 * documents: the site's token (`cong-site`) may read them.
 */
export default {
  routes: [
    { method: 'POST', path: '/registry/import', handler: 'registry.import' },
    { method: 'GET', path: '/registry/statistics', handler: 'registry.statistics' },
  ],
};
