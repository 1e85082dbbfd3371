/**
 * The originals' signature reports for the edit view's panel, and verifying them again on demand: an editor's or admin's action from the admin panel (their
 * session token, checked by the controller, as the audit log's routes do), never an API token's.
 */
export default {
  routes: [
    { method: 'GET', path: '/originals/:documentId', handler: 'originals.reports', config: { auth: false } },
    { method: 'POST', path: '/originals/reverify', handler: 'originals.reverify', config: { auth: false } },
  ],
};
