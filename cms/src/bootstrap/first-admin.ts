import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { writePrivate } from './private-file';
import { adminRoleService, adminUserService } from '../strapi-internals/admin-services';

/**
 * The first administrator comes from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD; without a password one is generated
 * and written to CMS_ADMIN_PASSWORD_FILE (0600; docker-compose puts it on the CMS's secrets volume) for whoever
 * installs to read once. The password never goes to the log: container logs are read by more people than the
 * secrets volume. Without either, the CMS refuses to create the account and says what to set.
 */
export async function provisionFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const userService = adminUserService(strapi);
  if (await userService.exists()) return;
  const env = cmsEnv();
  const email = env.CMS_ADMIN_EMAIL;
  let password = env.CMS_ADMIN_PASSWORD;
  if (!password) {
    const file = env.CMS_ADMIN_PASSWORD_FILE;
    if (!file) {
      throw new Error('No first administrator yet: set CMS_ADMIN_PASSWORD, or CMS_ADMIN_PASSWORD_FILE (a path the CMS writes a generated password to).');
    }
    password = `Cong-${randomBytes(9).toString('base64url')}1a`;
    writePrivate(file, `${email}\n${password}\n`);
    strapi.log.warn(`First administrator ${email}: the generated password is in ${file} (readable by the CMS's user only).`);
  }
  const superAdmin = await adminRoleService(strapi).getSuperAdmin();
  await userService.create({
    email,
    firstname: 'Quản trị',
    lastname: 'Cổng',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`First administrator created: ${email}`);
}
