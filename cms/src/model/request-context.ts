import type { Core } from '@strapi/strapi';

/** The Koa context a custom controller or middleware receives: the first parameter of Strapi's own middleware type. */
export type RequestContext = Parameters<Core.MiddlewareHandler>[0];
