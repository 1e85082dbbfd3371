/**
 * The planned-maintenance notice is public by nature (every page shows it), so the site reads it without a
 * token; editors write it in the admin. No REST write route exists.
 */
export default {
  routes: [{ method: 'GET', path: '/maintenance-notice/current', handler: 'maintenance-notice.current', config: { auth: false } }],
};
