/**
 * Reading the audit log. No content-API route writes it, and none reads it with an API token: both routes check
 * the admin panel's session token themselves (super admins and holders of `api::audit-log.read`), as the comment
 * export does.
 */
export default {
  routes: [
    { method: 'GET', path: '/audit-log', handler: 'audit-log.list', config: { auth: false } },
    { method: 'GET', path: '/audit-log/export', handler: 'audit-log.export', config: { auth: false } },
  ],
};
