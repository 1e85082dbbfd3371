/**
 * Strapi 5's document-service actions (`context.action` in a document middleware) that change stored content.
 * `clone` is not among them: it makes a new draft nobody sees yet; the change feed adds it itself
 * (services/change-feed/change-log.ts), as a clone is a new entry the admin lists.
 */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);
