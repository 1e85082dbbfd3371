/**
 * Verifying the originals' signatures again, on demand: an editor's or admin's action from the admin panel (their
 * session token, checked by the controller, as the audit log's routes do), never an API token's.
 */
export default {
  routes: [{ method: 'POST', path: '/originals/reverify', handler: 'originals.reverify', config: { auth: false } }],
};
