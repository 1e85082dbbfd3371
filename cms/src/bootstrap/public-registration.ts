import type { Core } from '@strapi/strapi';

/**
 * The portal has no end-user accounts: citizens comment and ask without one, staff use the admin panel. So the
 * users-permissions plugin's public routes are closed: sign-up is off in its advanced settings, and the Public
 * role holds no action at all (register, forgot-password, connect… answer 403). Idempotent, at every start.
 */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (publicRole) await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { role: publicRole.id } });
}
