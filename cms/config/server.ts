import type { Core } from '@strapi/strapi';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Uploads live with the rest of the agency's data (CMS_PUBLIC_DIR, e.g. .data/public), not in the code tree.
  dirs: { public: env('CMS_PUBLIC_DIR', './public') },
  cron: { enabled: true, tasks: cronTasks },
  // No "new Strapi version" check against the npm registry at start (versions are pinned; it would only warn).
  logger: { updates: { enabled: false } },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
