import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;
/** The admin user's row as the checks below read it. */
export type AdminUser = Row & { id: number; isActive?: boolean; blocked?: boolean; roles?: { code?: string }[] };
/** The parts of Strapi's session manager and permission engine used here (internals, see below). */
type SessionManager = (kind: 'admin') => {
  validateAccessToken(token: string): { isValid: boolean; payload: { sessionId: string; userId: string | number } };
  isSessionActive(sessionId: string): Promise<boolean>;
};
type PermissionService = { engine: { generateUserAbility(user: AdminUser): Promise<unknown> } };
/** CASL ability of an admin user, as Strapi's permission engine builds it. */
export type AdminAbility = { can: (action: string, subject?: string) => boolean };

/**
 * The admin user behind an admin panel's own access token (`Authorization: Bearer <admin JWT>`), for the few
 * content-API routes the admin panel calls with the user's session (comment export and attachments, the audit
 * log). Strapi 5 exposes no public helper for this: the session manager (`strapi.sessionManager('admin')`) and the
 * permission engine are internals, checked against @strapi/admin and @strapi/core 5.54.0 (checked-against.ts). Null when the token is
 * missing, invalid, its session ended, or the user is inactive or blocked.
 */
export async function adminSessionUser(strapi: Core.Strapi, authorization: string | undefined): Promise<{ user: AdminUser; ability: AdminAbility } | null> {
  const [scheme, token] = (authorization ?? '').split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token) return null;
  const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
  if (typeof manager !== 'function') throw new Error('strapi.sessionManager is gone: re-check cms/src/strapi-internals/admin-session.ts against the installed Strapi');
  const checked = manager('admin').validateAccessToken(token);
  if (!checked.isValid || !(await manager('admin').isSessionActive(checked.payload.sessionId))) return null;
  const raw = checked.payload.userId;
  const user: AdminUser | null = await strapi.db.query('admin::user').findOne({ where: { id: Number(raw) || raw }, populate: ['roles'] });
  if (!user?.isActive || user.blocked) return null;
  const ability = (await (strapi.service('admin::permission') as unknown as PermissionService).engine.generateUserAbility(user)) as AdminAbility;
  return { user, ability };
}

/** Whether the user holds Strapi's super-admin role (which every permission check passes). */
export function isSuperAdmin(user: AdminUser): boolean {
  return (user.roles ?? []).some((role) => role.code === 'strapi-super-admin');
}
