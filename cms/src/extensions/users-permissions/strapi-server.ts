/**
 * The portal has no end-user accounts (citizens comment and ask without one; staff use the admin panel), so the
 * users-permissions plugin's sign-up, log-in and password routes are not served at all: /api/auth/* answers 404.
 * Its bootstrap settings are closed too (cms/src/bootstrap/public-registration.ts), in case a route comes back.
 * Checked against @strapi/plugin-users-permissions 5.54.0 (content-api routes built by createContentApiRoutesFactory,
 * whose `routes` property is settable for this purpose).
 */
/** The part of the plugin object this touches. */
type Plugin = { routes?: Record<string, { routes?: unknown }> };

export default <P extends Plugin>(plugin: P): P => {
  const contentApi = plugin.routes?.['content-api'];
  if (contentApi && Array.isArray(contentApi.routes)) {
    contentApi.routes = (contentApi.routes as { handler?: unknown }[]).filter((route) => !String(route.handler ?? '').startsWith('auth.'));
  }
  return plugin;
};
