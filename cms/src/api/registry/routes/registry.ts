/**
 * Bulk import through the CMS (never around it): needs a full-access API token. The statistics rows of the published
 * documents: the site's token (`cong-site`) may read them.
 */
export default {
  routes: [
    { method: 'POST', path: '/registry/import', handler: 'registry.import' },
    // One edXML package (multipart field `package`): read, mapped and written by the CMS (services/exchange/).
    { method: 'POST', path: '/registry/import-edxml', handler: 'registry.importEdxml' },
    // Documents' originals (the importer's: an import batch's files in one request, or one document's): each
    // multipart field is named by a documentId and carries that document's files, each attached once by its SHA-256.
    // The one way in for originals from outside the admin, and audited like an import batch.
    { method: 'POST', path: '/registry/originals', handler: 'registry.attachOriginalsBatch' },
    { method: 'GET', path: '/registry/statistics', handler: 'registry.statistics' },
  ],
};
