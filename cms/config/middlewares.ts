import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Import batches of a few hundred full texts exceed koa-body's 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '32mb', formLimit: '32mb', textLimit: '32mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
