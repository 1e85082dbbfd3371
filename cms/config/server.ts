import type { Core } from '@strapi/strapi';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('CMS_PUBLIC_URL', env('PUBLIC_URL', '')),
    // Behind the reverse proxy (docker-compose), X-Forwarded-Proto/-For come from it: secure cookies and real addresses.
    proxy: { koa: env.bool('CMS_BEHIND_PROXY', false), maxIpsCount: 1 },
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
  };
};

export default config;
