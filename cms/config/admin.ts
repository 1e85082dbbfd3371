import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
    // The refresh cookie is always HttpOnly; in production behind HTTPS (CMS_PUBLIC_URL https://…) it is Secure
    // whatever the proxy forwards. Over plain http (npm start, tests) a Secure cookie could not be set at all.
    cookie: {
      secure: env.bool('ADMIN_COOKIE_SECURE', env('NODE_ENV') === 'production' && env('CMS_PUBLIC_URL', '').startsWith('https:')),
      sameSite: 'strict',
    },
  },
  // Strapi's limit on admin log-ins (5 per 5 minutes for one e-mail from one address). The system tests log in
  // as the same administrator from many test files, so their stack raises it; production keeps Strapi's figure.
  rateLimit: { max: env.int('ADMIN_LOGIN_RATE_MAX', 5) },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
