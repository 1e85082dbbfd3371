/**
 * What the rendered-page cache may keep, and what shared caches in front of the site (the agency's reverse proxy,
 * a CDN) are told. Pure rules: src/middleware.ts applies them to each response, the provider (provider.ts) trusts
 * them and checks only what it must (GET, 200, no Set-Cookie).
 */

/**
 * Shared caches may keep a public answer 5 s (an edit shows within 5 s), serve it stale while they fetch a new
 * one, and keep serving it a day if the site fails. Browsers revalidate every time (max-age=0) with the ETag: a 304
 * costs the site a lookup.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400';
/** Personal answers (the Q&A lookup by code): kept nowhere. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * How long the site itself treats a stored page as fresh without an invalidation. Invalidation (the CMS change
 * feed) is what keeps pages current; this bound covers what changes with the clock alone (a consultation closing,
 * this week's schedule, statistics) — seconds.
 */
export const IN_PROCESS_MAX_AGE_SECONDS = 60;

/** Larger answers are not kept (they would evict many pages; none of the site's pages comes near). */
export const MAX_STORED_BYTES = 2 * 1024 * 1024;

/**
 * Paths never kept in memory:
 * - /readyz, /healthz: they report the state now;
 * - /404, /500 and /_image: error pages and Astro's image endpoint;
 * - /tep/: files proxied from the CMS (up to tens of megabytes, streamed with ranges): caching them would evict
 *   hundreds of pages; they carry `max-age=86400` for the proxy or CDN in front, which is where they belong;
 * - /danh-gia: the rating form's target (a POST; its GET only redirects);
 * - /du-lieu-mo: the open-data files (a province's full text is hundreds of MB, streamed from disk) and the page
 *   and manifest that describe them, which must show the generation the files come from (src/lib/open-data/:
 *   regenerated on the change feed, in a cache of its own).
 */
const NEVER = /^\/(readyz|healthz|404|500|_image|danh-gia|du-lieu-mo)(\/|$)|^\/tep\//;

/** A GET whose answer is personal: kept in no cache at all (not here, not in a proxy). */
export function isPersonal(pathname: string, search: URLSearchParams): boolean {
  // /hoi-dap?ma=<code> shows the asker their own question and its status, answered or not: one person's lookup,
  // never spike traffic, so nothing is gained by sharing it and a question not yet answered must not be.
  // /nhan-tin/xac-nhan and /nhan-tin/huy carry a subscription's link secret in ?t=: one person's, kept nowhere.
  return (pathname.startsWith('/hoi-dap') && search.has('ma')) || /^\/nhan-tin\/(xac-nhan|huy)\/?$/.test(pathname);
}

/** Whether the site keeps this GET's answer in its rendered-page cache. */
export function isCacheable(method: string, pathname: string, search: URLSearchParams, status: number): boolean {
  return method === 'GET' && status === 200 && !NEVER.test(pathname) && !isPersonal(pathname, search);
}
