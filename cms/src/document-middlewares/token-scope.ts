import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Unpublished versions are the editors' work in progress. The content API serves them to anyone whose token may
 * `find` a type and asks `status=draft`; here only full-access tokens (the importer, which updates drafts) may.
 * One document-service middleware, so every type and every route (find, findOne, populate) is covered.
 */
/** Strapi 5.54's content-API token strategy, and ours that remembers its result (strapi-internals/token-auth.ts). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'cong-remembered-api-token']);

export function registerTokenScopeRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.params as { status?: string } | undefined)?.status === 'draft') {
      const auth = strapi.requestContext?.get?.()?.state?.auth;
      if (auth && API_TOKEN_STRATEGIES.has(auth.strategy?.name) && auth.credentials?.type !== 'full-access') {
        throw new errors.ForbiddenError('Mã truy cập này không được đọc bản nháp chưa xuất bản.');
      }
    }
    return next();
  });
}
