import { processWide } from '../server/process-wide.ts';

/**
 * Where invalidations meet the caches that honour them: the change-feed poller (and the Redis subscriber, with
 * several replicas) calls `invalidateTags`; the rendered-page cache and the CMS data cache each subscribe once.
 * On globalThis under a shared symbol, like request-context.ts: server.mjs is not bundled by Astro.
 */
export type InvalidationListener = (tags: readonly string[] | 'all') => void;

const listeners: Set<InvalidationListener> = processWide('invalidation', () => new Set());

export function onInvalidate(listener: InvalidationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tags from content/src/cache-tags.ts, or 'all' (the CMS restarted, or the feed lost track). */
export function invalidateTags(tags: readonly string[] | 'all'): void {
  for (const listener of listeners) listener(tags);
}
