import type { Core } from '@strapi/strapi';

/*
 * The admin plugin's services the CMS calls at start and around the audit log: roles, users and content-API
 * tokens. Strapi 5 publishes no types for them (`strapi.service('admin::…')` is `any`), so their parts used here
 * are typed once, in this folder, checked against @strapi/admin 5.54.0 (checked-against.ts).
 */

/** One admin permission as the role service takes and the `admin::permission` rows hold it. */
export type AdminPermission = { action: string; subject: string | null; properties: Record<string, unknown>; conditions: string[] };
export type AdminRoleInput = { code: string; name: string; description: string };

export type AdminRoleService = {
  create(role: AdminRoleInput): Promise<{ id: number }>;
  getSuperAdmin(): Promise<{ id: number } | null>;
  /** Replaces the role's permissions with these (the admin's "Save" on a role). */
  assignPermissions(roleId: unknown, permissions: readonly AdminPermission[]): Promise<unknown>;
};

export type AdminUserService = {
  exists(): Promise<boolean>;
  create(user: { email: string; firstname: string; lastname: string; password: string; isActive: boolean; registrationToken: null; roles: number[] }): Promise<unknown>;
};

export type ApiTokenType = 'read-only' | 'full-access' | 'custom';
export type ApiToken = { id: number; type: ApiTokenType; accessKey?: string; permissions?: (string | { action: string })[] };
export type ApiTokenService = {
  getByName(name: string, options: { includeDecryptedKey: true }): Promise<ApiToken | null>;
  create(token: { name: string; type: ApiTokenType; description: string; lifespan: null; permissions?: string[] }): Promise<ApiToken & { accessKey: string }>;
  update(id: number, changes: { type: ApiTokenType; permissions?: string[] }): Promise<unknown>;
  revoke(id: number): Promise<unknown>;
};

export const adminRoleService = (strapi: Core.Strapi) => strapi.service('admin::role') as unknown as AdminRoleService;
export const adminUserService = (strapi: Core.Strapi) => strapi.service('admin::user') as unknown as AdminUserService;
export const apiTokenService = (strapi: Core.Strapi) => strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;
