import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PUBLIC_COMMENT, SILENT_UIDS } from './uids';

/**
 * One opaque version string that changes whenever published content may have changed.
 * The site polls it (GET /api/site-sync/version) and drops its cache when it moves, so a page view never
 * needs a CMS round-trip yet a publish shows on the site within seconds. The boot id makes a restart count
 * as a change (the counter starts again at 0).
 */
const bootId = randomUUID().slice(0, 8);
let counter = 0;

export function currentVersion(): string {
  return `${bootId}-${counter}`;
}

export function announceChange(): void {
  counter += 1;
}

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export function registerChangeFeed(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    // A new comment is pending moderation: nothing public changed until a moderator decides (an update).
    const silent = (SILENT_UIDS as readonly string[]).includes(context.uid) || (context.uid === PUBLIC_COMMENT && context.action === 'create');
    if (context.uid.startsWith('api::') && !silent && WRITE_ACTIONS.has(context.action)) announceChange();
    return result;
  });
}
