import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // One JSON line per request with the site's request id (instead of strapi::logger's text line).
  'global::request-log',
  // /healthz and /readyz, before anything that could refuse, limit or cache them.
  'global::health',
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
