import { requestContext } from '../server/request-context.ts';

/**
 * The cache tags of the response being rendered (content/src/cache-tags.ts has the vocabulary). Whatever reads
 * content for a request — the CMS client, the search page — records what it showed here; the rendered-page cache
 * stores the response under those tags, so a change in the CMS invalidates exactly the responses that showed it.
 * Kept in the request's context (request-context.ts) so no page has to pass tags around or can forget one.
 */
export function recordTags(tags: Iterable<string>): void {
  const store = requestContext.getStore();
  if (!store) return;
  store.tags ??= new Set();
  for (const tag of tags) store.tags.add(tag);
}

/** The tags recorded so far for the current request (empty outside a request). */
export function recordedTags(): string[] {
  return [...(requestContext.getStore()?.tags ?? [])];
}
