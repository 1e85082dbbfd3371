import type { Core } from '@strapi/strapi';
import { adminOrigins } from '../src/rules/admin-origin';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // One JSON line per request with the site's request id (instead of strapi::logger's text line).
  'global::request-log',
  // /healthz and /readyz, before anything that could refuse, limit or cache them.
  'global::health',
  // Each /api/ answer carries the change feed's cursor, so the site applies the feed before serving newer data.
  'global::change-cursor',
  'strapi::errors',
  'strapi::security',
  // Only the admin panel's own origin is answered, and only it with credentials (the refresh cookie is
  // SameSite=Lax, so a sibling sub-domain could otherwise read a fresh admin token). No X-Powered-By either.
  { name: 'strapi::cors', config: { origin: adminOrigins(env), credentials: true } },
  'strapi::query',
  // No end-user accounts: sign-up, log-in and password routes answer 404.
  'global::no-end-user-auth',
  // A request body the parser cannot read (truncated multipart, bogus Content-Encoding) is the client's error: 400.
  'global::body-errors',
  // Import batches of a few hundred full texts exceed koa-body's 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '32mb', formLimit: '32mb', textLimit: '32mb' } },
  'global::body-parsed',
  'strapi::session',
  'strapi::favicon',
  // Anything under /uploads that is not an image or a PDF downloads, sandboxed, instead of rendering on the admin's origin.
  'global::upload-headers',
  'strapi::public',
];

export default config;
