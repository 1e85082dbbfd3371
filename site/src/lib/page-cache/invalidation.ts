/**
 * Where invalidations meet the caches that honour them: the change-feed poller (and the Redis subscriber, with
 * several replicas) calls `invalidateTags`; the rendered-page cache and the CMS data cache each subscribe once.
 * On globalThis under a shared symbol, like request-context.ts: server.mjs is not bundled by Astro.
 */
export type InvalidationListener = (tags: readonly string[] | 'all') => void;

const KEY = Symbol.for('cong.site.invalidation');
type Holder = typeof globalThis & { [KEY]?: Set<InvalidationListener> };
const listeners: Set<InvalidationListener> = ((globalThis as Holder)[KEY] ??= new Set());

export function onInvalidate(listener: InvalidationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tags from content/src/cache-tags.ts, or 'all' (the CMS restarted, or the feed lost track). */
export function invalidateTags(tags: readonly string[] | 'all'): void {
  for (const listener of listeners) listener(tags);
}
